import { type Change, type ChangeKind, MEANINGFUL_CHANGES } from "../types.js";
import type { WordPair } from "./align-words.js";
import { corpusSide, neighbours, type Side, userSide, written } from "./compared-sides.js";
import type { MatchIndex } from "./index-structure.js";
import { sameIrregularWord } from "./irregular-forms.js";
import type { QueryWords } from "./query-words.js";
import { EQUIVALENT, editDistance, lightStem, SAME_STEM, typoBudget } from "./token-similarity.js";
import type { Tokens } from "./tokenise.js";
import { isNegation, isNumber, numberValues, wordClass } from "./word-classes.js";

/**
 * How the user's words differ from a passage, change by change. The alignment pairs say which words correspond;
 * what lies between pairs (and just outside the passage) is read as a replaced, added or dropped stretch. A change
 * is *meaningful* when it alters what the quotation says: a figure, a negation, a name, a content word replaced.
 */

export const isMeaningful = (change: Change): boolean => MEANINGFUL_CHANGES.has(change.kind);

const ORDER: readonly ChangeKind[] = [
  "negation",
  "number",
  "name",
  "word",
  "added",
  "dropped",
  "typo",
  "spelling",
  "function-word",
];

function sameValues(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const sorted = [...b].sort();
  return [...a].sort().every((v, i) => v === sorted[i]);
}

const range = (from: number, to: number) =>
  Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);

/** A replaced, added or dropped stretch: user words ys, source words ss (token indices on each side). */
interface Stretch {
  ys: number[];
  ss: number[];
  /** Words of context (a matched word either side) for showing a stretch with nothing on one side. */
  context: { y: [number, number]; s: [number, number] };
  /**
   * At the edge of a passage in narration, the source words are only its neighbours, not words the user
   * replaced: only a negation or a figure among them counts.
   */
  edge: boolean;
  /** Between two matched words: whatever the user has here that the source lacks, they put in the speaker's mouth. */
  inside: boolean;
}

function stretchChanges(user: Side, corpus: Side, stretch: Stretch): Change[] {
  const { ys, ss, edge } = stretch;
  const uw = ys.map((i) => user.tokens.surface[i]!);
  const cw = ss.map((i) => corpus.tokens.surface[i]!);
  const yours = () => (ys.length > 0 ? written(user, ys[0]!, ys.at(-1)! + 1) : "");
  const source = () => (ss.length > 0 ? written(corpus, ss[0]!, ss.at(-1)! + 1) : "");
  const around = (side: Side, words: readonly number[], [a, b]: [number, number]) =>
    written(side, Math.min(a, words[0] ?? a), Math.max(b, (words.at(-1) ?? b - 1) + 1));
  const withContext = () => ({
    yours: around(user, ys, stretch.context.y),
    source: around(corpus, ss, stretch.context.s),
  });
  /** Only the figures on each side: "the source says 20%, not 30%". */
  const figures = () => {
    const span = (side: Side, words: readonly number[]) => {
      const found = words.filter((i) => isNumber(side.tokens.surface[i]!));
      return found.length > 0 ? written(side, found[0]!, found.at(-1)! + 1) : "";
    };
    return { yours: span(user, ys), source: span(corpus, ss) };
  };
  const changes: Change[] = [];
  const add = (kind: ChangeKind, shown = { yours: yours(), source: source() }) =>
    changes.push({ kind, ...shown });
  // The same letters split differently: "U.S." (u s) for "US", "e-mail" for "email".
  if (!edge && uw.length > 0 && cw.length > 0 && uw.join("") === cw.join("")) {
    add("spelling");
    return changes;
  }

  if (uw.filter(isNegation).length !== cw.filter(isNegation).length) add("negation", withContext());
  const userFigures = numberValues(uw);
  const sourceFigures = numberValues(cw);
  const userContent = ys.filter((i) => wordClass(user.tokens.surface[i]!) === "content");
  const sourceContent = ss.filter((i) => wordClass(corpus.tokens.surface[i]!) === "content");
  if (userFigures.length > 0 && sameValues(userFigures, sourceFigures)) {
    // "four thousand" for "4,000": the same figure written another way.
    if (!edge) add("spelling", figures());
  } else if (!sameValues(userFigures, sourceFigures)) {
    if (userFigures.length > 0) add("number", sourceFigures.length > 0 ? figures() : withContext());
    else if (!edge && userContent.length > 0) add("number", { yours: yours(), source: figures().source });
    else if (!edge) add("dropped");
  }
  if (edge) {
    // The source words here are the passage's neighbours, not words the user replaced.
    if (userContent.length > 0) add("added");
    else if (changes.length === 0 && ys.length > 0) add("function-word");
    return changes;
  }
  // Content words the alignment left unpaired may still be a misspelling of each other ("licece", "licence").
  const small = pairUp(user, corpus, userContent, sourceContent);
  changes.push(...small.changes);
  const yc = userContent.filter((i) => !small.paired.has(`y${i}`));
  const sc = sourceContent.filter((i) => !small.paired.has(`s${i}`));
  const named = yc.some((i) => user.named(i)) || sc.some((i) => corpus.named(i));
  // A content word replaced by any other word ("audiences" → "themselves", "understand" → "literally") is
  // replaced all the same.
  const replacing = ys.some((i) => !small.paired.has(`y${i}`));
  // So is any word of the quotation replaced by a content word ("working" for "She simply").
  if ((sc.length > 0 && (yc.length > 0 || replacing)) || (yc.length > 0 && ss.length > 0))
    add(named ? "name" : "word");
  // A content word inserted into the quotation ("a new Republican era" for "a new era") changes what it says;
  // words before or after it are the user's framing ("Trump said …").
  else if (yc.length > 0) add(!stretch.inside ? "added" : named ? "name" : "word");
  else if (sc.length > 0) add("dropped");
  const swapped = (kind: "pronoun" | "modal") => {
    const a = uw.filter((w) => wordClass(w) === kind);
    const b = cw.filter((w) => wordClass(w) === kind);
    return a.length > 0 && b.length > 0 && !sameValues(a, b);
  };
  if (!changes.some((c) => c.kind === "word") && (swapped("pronoun") || swapped("modal"))) add("word");
  if (changes.length === 0) add("function-word");
  return changes;
}

/** The light stem taken to a fixed point: "meetings" → "meeting" → "meet". */
const stem = (word: string) => lightStem(lightStem(word));

/** Whether two different words are a misspelling or another form of one another. */
function sameWordOf(user: Side, corpus: Side, q: number, c: number): ChangeKind | null {
  const surfaces = [user.tokens.surface[q]!, corpus.tokens.surface[c]!] as const;
  const matches = [user.tokens.match[q]!, corpus.tokens.match[c]!] as const;
  if (matches[0] === matches[1]) return "spelling";
  if (stem(matches[0]) === stem(matches[1])) return "spelling";
  if (sameIrregularWord(surfaces[0], surfaces[1])) return "spelling";
  const shorter = Math.min(surfaces[0].length, surfaces[1].length);
  // Retrieval allows no typo in a short word (one letter makes another word); a three-letter word that is no
  // word at all ("teh", "cta") is still a typo.
  const budget = typoBudget(shorter) || (shorter === 3 && !user.known(q) ? 1 : 0);
  const close =
    budget > 0 &&
    (editDistance(surfaces[0], surfaces[1], budget) <= budget ||
      editDistance(matches[0], matches[1], budget) <= budget);
  if (!close) return null;
  // One or two letters apart: a typo, unless both are words in their own right ("tight" for "light").
  return user.known(q) && corpus.known(c) ? null : "typo";
}

/** Unpaired content words of a stretch, matched in order where one is a misspelling or form of the other. */
function pairUp(
  user: Side,
  corpus: Side,
  ys: readonly number[],
  ss: readonly number[],
): { changes: Change[]; paired: Set<string> } {
  const changes: Change[] = [];
  const paired = new Set<string>();
  let from = 0;
  for (const q of ys) {
    for (let k = from; k < ss.length; k++) {
      const c = ss[k]!;
      const kind = sameWordOf(user, corpus, q, c);
      if (!kind) continue;
      changes.push({ kind, yours: written(user, q, q + 1), source: written(corpus, c, c + 1) });
      paired.add(`y${q}`).add(`s${c}`);
      from = k + 1;
      break;
    }
  }
  return { changes, paired };
}

/** A matched pair of different words: another spelling or form, a typo, or another word one letter away. */
function pairChange(user: Side, corpus: Side, pair: WordPair, q: number, c: number): Change | null {
  const y = user.tokens.surface[q]!;
  const s = corpus.tokens.surface[c]!;
  if (y === s) return null;
  const shown = { yours: written(user, q, q + 1), source: written(corpus, c, c + 1) };
  // A misspelt word that is no word at all is a typo, even of "never".
  if (pair.s < EQUIVALENT && pair.s > SAME_STEM && !user.known(q)) return { kind: "typo", ...shown };
  if (isNegation(y) !== isNegation(s)) return { kind: "negation", ...shown };
  if (isNumber(y) || isNumber(s)) {
    return sameValues(numberValues([y]), numberValues([s])) ? null : { kind: "number", ...shown };
  }
  if (user.tokens.match[q] === corpus.tokens.match[c]) return { kind: "spelling", ...shown };
  if (pair.s >= EQUIVALENT) {
    return { kind: wordClass(y) === "function" ? "function-word" : "spelling", ...shown };
  }
  if (pair.s <= SAME_STEM) return { kind: "spelling", ...shown };
  // One or two letters apart: a typo, unless both are words in their own right ("tight" for "light").
  if (user.known(q) && corpus.known(c) && stem(y) !== stem(s)) {
    return { kind: user.named(q) || corpus.named(c) ? "name" : "word", ...shown };
  }
  return { kind: "typo", ...shown };
}

export interface ClassifyInput {
  index: MatchIndex;
  words: QueryWords;
  /** The query part: user words from..to. */
  from: number;
  to: number;
  body: string;
  /** The article's words from global position `first`, covering the passage and its neighbours. */
  tokens: Tokens;
  first: number;
  /** Pairs inside the part, ascending. */
  pairs: readonly WordPair[];
  /**
   * The quotation the passage lies in (character offsets), if any. Its words just beyond the passage are words
   * the user replaced or left out; beyond a quotation (or a sentence, in narration) they are only neighbours.
   */
  quote: { start: number; end: number } | null;
}

/** The changes, and the source words they reach beyond the passage (a negation just before it, a figure after). */
export interface Classified {
  changes: Change[];
  /** Tokens of `input.tokens` (from..to) the changes cover: the passage, widened to neighbours that changed. */
  reach: { from: number; to: number };
}

/** Meaningful changes found among the passage's neighbours make those neighbours part of what is shown. */
const widens = (changes: readonly Change[]) =>
  changes.some((c) => c.kind === "negation" || c.kind === "number");

export function classifyChanges(input: ClassifyInput): Classified {
  const { index, words, from, to, pairs, first } = input;
  const local = pairs.map((p) => ({ pair: p, q: p.q, c: p.t - first }));
  const head = local[0];
  const tail = local.at(-1);
  if (!head || !tail) return { changes: [], reach: { from: 0, to: input.tokens.count } };
  const user = userSide(index, words);
  const corpus = corpusSide(index, input.body, input.tokens);
  const changes: Change[] = [];
  const reach = { from: head.c, to: tail.c + 1 };
  const leading = range(from, head.q);
  const before = neighbours(corpus, head.c, -1, leading.length + 1, input.quote);
  const atStart = stretchChanges(user, corpus, {
    ys: leading,
    ss: before,
    context: { y: [head.q, head.q + 1], s: [head.c, head.c + 1] },
    edge: input.quote === null,
    inside: false,
  }).filter((c) => leading.length > 0 || c.kind === "negation");
  if (widens(atStart) && before[0] !== undefined) reach.from = before[0];
  changes.push(...atStart);
  local.forEach((item, k) => {
    const change = pairChange(user, corpus, item.pair, item.q, item.c);
    if (change) changes.push(change);
    const next = local[k + 1];
    if (!next) return;
    const ys = range(item.q + 1, next.q);
    const ss = range(item.c + 1, next.c);
    if (ys.length === 0 && ss.length === 0) return;
    changes.push(
      ...stretchChanges(user, corpus, {
        ys,
        ss,
        context: { y: [item.q, next.q + 1], s: [item.c, next.c + 1] },
        edge: false,
        inside: true,
      }),
    );
  });
  const trailing = range(tail.q + 1, to);
  const after = neighbours(corpus, tail.c, 1, trailing.length + 1, input.quote);
  const atEnd = stretchChanges(user, corpus, {
    ys: trailing,
    ss: after,
    context: { y: [tail.q, tail.q + 1], s: [tail.c, tail.c + 1] },
    edge: input.quote === null,
    inside: false,
  }).filter((c) => trailing.length > 0 || c.kind === "negation");
  if (widens(atEnd) && after.length > 0) reach.to = after.at(-1)! + 1;
  changes.push(...atEnd);
  return { changes: changes.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind)), reach };
}
