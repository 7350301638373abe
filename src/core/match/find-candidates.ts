import { docOf, type MatchIndex, termFrequency } from "./index-structure.js";
import type { QueryWords } from "./query-words.js";
import { type VoteList, VoteStream } from "./vote-stream.js";
import type { WorkBudget } from "./work-budget.js";

/** A stretch of one article (global positions start..end) worth aligning the query against. */
export interface CandidateWindow {
  doc: number;
  start: number;
  end: number;
}

/**
 * Seeds are the query's rarest words: their postings are short, so the work done grows with the query, not the
 * corpus. Seeds are added rarest first while their postings stay within the budget. The three rarest are used
 * within a larger budget, so that one misremembered word (which then seeds nothing useful) still leaves two that
 * meet at the quotation; the rarest is always used, so a query of common words still finds something.
 */
const POSTINGS_BUDGET = 10_000;
const MIN_SEEDS_BUDGET = 80_000;
const MIN_SEEDS = 3;
const MAX_SEEDS = 12;
/** A word found only through a typo correction may be the wrong word: it is ranked as if this much commoner. */
const CORRECTED_PENALTY = 4;
/**
 * Votes gathered at most. Only a query made entirely of the commonest words ("it is the") reaches it; it is then
 * answered from the first articles that have its words rather than from every one of them.
 */
const MAX_VOTES = 250_000;
/** Windows aligned per query: enough for a quotation carried by hundreds of articles. */
const MAX_WINDOWS = 256;

interface Seed {
  position: number;
  terms: number[];
}

function chooseSeeds(index: MatchIndex, words: QueryWords, from: number, to: number): Seed[] {
  const options: { position: number; terms: number[]; frequency: number; rank: number }[] = [];
  const seen = new Set<number>();
  for (let i = from; i < to; i++) {
    const terms = words.lookup[i]!;
    if (terms.length === 0 || seen.has(terms[0]!)) continue;
    seen.add(terms[0]!);
    let frequency = 0;
    for (const t of terms) frequency += termFrequency(index, t);
    const rank = words.ids[i]! < 0 ? frequency * CORRECTED_PENALTY : frequency;
    if (frequency > 0) options.push({ position: i, terms, frequency, rank });
  }
  options.sort((a, b) => a.rank - b.rank || a.position - b.position);
  const limit = Math.min(MAX_SEEDS, Math.max(MIN_SEEDS, Math.ceil((to - from) / 3)));
  const seeds: Seed[] = [];
  let spent = 0;
  for (const option of options) {
    const cost = spent + option.frequency;
    const affordable = cost <= POSTINGS_BUDGET || (seeds.length < MIN_SEEDS && cost <= MIN_SEEDS_BUDGET);
    if (seeds.length >= limit || (seeds.length > 0 && !affordable)) break;
    seeds.push(option);
    spent = cost;
  }
  return seeds;
}

/**
 * Every posting of every seed votes for a diagonal (corpus position minus query position, i.e. where the query
 * would start), in diagonal order.
 */
function voteStream(
  index: MatchIndex,
  seeds: readonly Seed[],
  from: number,
  offset: number,
  limit: number,
): VoteStream {
  const lists: VoteList[] = [];
  seeds.forEach((seed, s) => {
    for (const t of seed.terms) {
      lists.push({
        start: index.postingStarts[t]!,
        end: index.postingStarts[t + 1]!,
        shift: seed.position - from,
        seed: s,
      });
    }
  });
  return new VoteStream(index.postings, lists, offset, limit);
}

interface ScoredWindow {
  window: CandidateWindow;
  score: number;
}

function seedCount(mask: number): number {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n++;
  return n;
}

/**
 * Chains votes whose diagonals lie within `tolerance` of each other (dropped or inserted words shift the diagonal)
 * and turns each chain that `minSeeds` different seeds voted for into a window around it. Most votes are lone
 * hits of a single word, so chains are tracked in plain variables and only kept chains cost anything more.
 */
function windowsFromVotes(
  index: MatchIndex,
  votes: VoteStream,
  shape: { offset: number; tolerance: number; length: number; pad: number },
  seedWeights: readonly number[],
  minSeeds: number,
): ScoredWindow[] {
  const out: ScoredWindow[] = [];
  const lastPosition = index.tokens.length - 1;
  let low = 0;
  let high = Number.NEGATIVE_INFINITY;
  let mask = 0;
  let score = 0;
  const flush = () => {
    if (mask === 0 || seedCount(mask) < minSeeds) return;
    const first = docOf(index, Math.max(0, low));
    const last = docOf(index, Math.min(lastPosition, Math.max(0, high + shape.length - 1)));
    for (let doc = first; doc <= last; doc++) {
      const start = Math.max(index.docStarts[doc]!, low - shape.pad);
      const end = Math.min(index.docStarts[doc + 1]!, high + shape.length + shape.pad);
      if (end > start) out.push({ window: { doc, start, end }, score });
    }
  };
  for (let vote = votes.next(); vote >= 0; vote = votes.next()) {
    const seed = vote % 64;
    const diagonal = (vote - seed) / 64 - shape.offset;
    // A chain also ends once it spans more than an occurrence can drift, so runs of a common word do not merge
    // into one article-long window.
    if (diagonal - high > shape.tolerance || diagonal - low > 2 * shape.tolerance) {
      flush();
      low = diagonal;
      mask = 0;
      score = 0;
    }
    high = diagonal;
    const bit = 1 << seed;
    if ((mask & bit) === 0) {
      mask |= bit;
      score += seedWeights[seed]!;
    }
  }
  flush();
  return out;
}

/** Per index, a term -> query-slot table reused by every query (cleared after each use). */
const slotTables = new WeakMap<MatchIndex, Int32Array>();

/**
 * Ranks windows by the weight of the distinct query words present anywhere in them: a cheap bag-of-words check
 * for when there are more windows than are worth aligning (a query of common words votes for thousands).
 */
function rankByBag(
  index: MatchIndex,
  words: QueryWords,
  from: number,
  to: number,
  windows: ScoredWindow[],
  budget: WorkBudget,
): ScoredWindow[] {
  let slots = slotTables.get(index);
  if (!slots) {
    slots = new Int32Array(index.vocab.length);
    slotTables.set(index, slots);
  }
  const slotWeights: number[] = [];
  const used: number[] = [];
  for (let i = from; i < to; i++) {
    for (const t of words.lookup[i]!) {
      if (slots[t] === 0) {
        slotWeights.push(words.weights[i]!);
        slots[t] = slotWeights.length;
        used.push(t);
      }
    }
  }
  const stamp = new Uint32Array(slotWeights.length + 1);
  let best = 0;
  windows.forEach((w, n) => {
    let score = 0;
    // Windows past the budget keep score 0 and are dropped below.
    if (!budget.spend(w.window.end - w.window.start)) return;
    for (let p = w.window.start; p < w.window.end; p++) {
      const slot = slots[index.tokens[p]!]!;
      if (slot === 0 || stamp[slot] === n + 1) continue;
      stamp[slot] = n + 1;
      score += slotWeights[slot - 1]!;
    }
    w.score = score;
    if (score > best) best = score;
  });
  for (const t of used) slots[t] = 0;
  return windows.filter((w) => w.score >= BAG_SHARE * best).sort((a, b) => b.score - a.score);
}

/** Below this many windows, all are aligned without ranking. */
const FEW_WINDOWS = 24;
/** Windows whose bag-of-words weight is under this share of the best window's are not worth aligning. */
const BAG_SHARE = 0.4;

export function findCandidates(
  index: MatchIndex,
  words: QueryWords,
  from: number,
  to: number,
  budget: WorkBudget,
): CandidateWindow[] {
  const length = to - from;
  const seeds = chooseSeeds(index, words, from, to);
  if (seeds.length === 0) return [];
  const shape = {
    offset: length + 1,
    tolerance: Math.min(30, 3 + (length >> 2)),
    length,
    pad: Math.min(40, 3 + Math.ceil(length / 4)),
  };
  const seedWeights = seeds.map((s) => words.weights[s.position]!);
  const windowsOf = (minSeeds: number) => {
    const limit = Math.min(MAX_VOTES, budget.remaining);
    const votes = voteStream(index, seeds, from, shape.offset, limit);
    const found = windowsFromVotes(index, votes, shape, seedWeights, minSeeds);
    budget.charge(votes.read, votes.cut && limit < MAX_VOTES);
    return found;
  };
  // A real occurrence meets at least two seeds, even with a typo or a changed word; only when no place does (a
  // short query, or one whose rare words were all misremembered) does a single seed make a window.
  let windows = seeds.length >= 2 ? windowsOf(2) : [];
  if (windows.length === 0 && !budget.exhausted) windows = windowsOf(1);
  if (windows.length > FEW_WINDOWS) windows = rankByBag(index, words, from, to, windows, budget);
  return windows.slice(0, MAX_WINDOWS).map((w) => w.window);
}
