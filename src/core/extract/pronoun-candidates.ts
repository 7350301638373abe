/**
 * Evidence for whom a he/she/they speaking a quotation means, added to the candidates speaker-candidates.ts
 * gathers: who last spoke or held a view before it, and who was the subject of the sentences just before it (a
 * reader takes "he" to go on with the person the text was about).
 */

import type { Mention, ResolvedSpeaker, SourceEvidence } from "./mention.js";
import type { PersonMention } from "./person-mentions.js";
import {
  continuesPronoun,
  describedInstead,
  holdsOtherRole,
  markPriorOthers,
  openingPronoun,
  opensSentence,
  possessor,
} from "./prior-sentence-roles.js";
import { describedAtName, markNewcomer } from "./pronoun-newcomer.js";
import { sentenceStarts } from "./quotation-sentence.js";
import { inWordsReportedBefore } from "./resolve-pronouns.js";
import type { FeatureList } from "./speaker-features.js";

/** A person named in the article, resolved, with the paragraph it stands in. */
export interface Named {
  mention: PersonMention;
  paragraph: number;
  resolved: ResolvedSpeaker;
  /** The resolved speaker's key (`keyOf`), read once per article: every quotation near the name asks for it. */
  key: string;
  /** Whether this is the first time the article names the person. */
  introduced?: boolean;
}

/** What the pronoun features need to know of the quotation's candidates and the article. */
export interface PronounContext {
  pronoun: Mention;
  /** The quotation's first and last character. */
  open: number;
  close: number;
  /** Where the earliest paragraph candidates come from starts: sentences are looked for no further back. */
  from: number;
  sources: readonly SourceEvidence[];
  named: readonly Named[];
  /** Persons whose verb reports a view rather than speech ("Bolton believes", "Rubio disagreed"). */
  attributed: readonly Named[];
  body: string;
  /** The features of the candidate for this speaker, if it is one; and whether it agrees with the pronoun. */
  featuresOf(speaker: ResolvedSpeaker): FeatureList | undefined;
  agrees(speaker: ResolvedSpeaker, mention: Mention): boolean;
}

/**
 * Verbs of opinion, intention and communication that are not reporting verbs: their subject holds a view in the
 * article (PolNeAR annotates each as a Source), and a later "he" often means that person.
 */
const ATTITUDE_FORMS = new Set(
  `believe believes believed think thinks thought want wants wanted disagree disagrees disagreed hope hopes hoped
  fear fears feared feel feels felt know knows knew expect expects expected worry worries worried doubt doubts
  doubted suspect suspects suspected consider considers considered oppose opposes opposed support supports
  supported reject rejects rejected intimate intimates intimated recognize recognizes recognized recognise
  recognises recognised understand understands understood realize realizes realized realise realises realised
  wish wishes wished plan plans planned intend intends intended decide decides decided refuse refuses refused
  seek seeks sought see sees saw view views viewed regard regards regarded agree agrees agreed argue argues
  argued insist insists insisted contend contends contended acknowledge acknowledges acknowledged admit admits
  admitted concede concedes conceded conclude concludes concluded maintain maintains maintained signal signals
  signaled signalled indicate indicates indicated hint hints hinted vow vows vowed pledge pledges pledged promise
  promises promised defend defends defended criticize criticizes criticized criticise criticises criticised
  blame blames blamed accuse accuses accused attack attacks attacked push pushes pushed pressed urge urges urged
  respond responds responded reply replies replied`.split(/\s+/),
);

/** Words that may stand between a subject and its verb: "has long believed", "also thinks", "did not want". */
const VERB_PADDING = new Set(
  `has have had is was does did do also still now then later long never not n't always clearly repeatedly
  further has since once too would will could may might`.split(/\s+/),
);

/** "To Florida consultant Wilson, the party line is silly", "For Jonathan Chait, …": whose view a sentence gives. */
const VIEW_HOLDER = /(?:To|For)\s+(?:[\p{L}’'.-]+\s+){0,6}$/uy;

/** What may stand before a sentence-opening "To"/"For": nothing, a sentence's end or a line break. */
const SENTENCE_BEFORE = /(?:^|[.!?]["”’']?\s+|\n)$/u;

/** A lowercase word after a subject, read one at a time from where the name ends. */
const NEXT_WORD = /(?:['’]s)?\s+(\p{Ll}[\p{Ll}'’]*)/uy;

/** How far before a name "To"/"For" may open its sentence. */
const HOLDER_REACH = 80;

/** "Rubio disagreed", "Calderon also intimated": a subject whose verb reports a view; or "To Wilson, …". */
function holdsView(person: PersonMention, body: string): boolean {
  if (body[person.end] === ",") {
    const before = body.slice(Math.max(0, person.start - HOLDER_REACH), person.start);
    const at = Math.max(before.lastIndexOf("To "), before.lastIndexOf("For "));
    VIEW_HOLDER.lastIndex = at;
    if (at >= 0 && VIEW_HOLDER.test(before) && SENTENCE_BEFORE.test(before.slice(Math.max(0, at - 3), at)))
      return at > 0 || person.start <= HOLDER_REACH;
  }
  if (!person.subject) return false;
  NEXT_WORD.lastIndex = person.end;
  for (let k = 0; k < 4; k++) {
    const word = NEXT_WORD.exec(body)?.[1];
    if (word === undefined) return false;
    if (ATTITUDE_FORMS.has(word)) return true;
    if (!VERB_PADDING.has(word) && !word.endsWith("ly")) return false;
  }
  return false;
}

/** The people of the article who hold a view as a clause's subject (linear: one look after each name). */
export function attributedPeople(named: readonly Named[], body: string): Named[] {
  return named.filter((n) => holdsView(n.mention, body));
}

/**
 * For a he/she/they: the nearest reporting verb's subject, and the nearest person named, before the pronoun that
 * agree with it — what a reader first takes the pronoun to mean; and the nearest person who spoke or held a view.
 */
function markNearest(ctx: PronounContext): void {
  const { pronoun } = ctx;
  let source: SourceEvidence | null = null;
  for (const s of ctx.sources) {
    if (s.at >= pronoun.start || s.mention.kind === "pronoun") continue;
    if (ctx.agrees(s.resolved, s.mention)) source = s;
  }
  let named: Named | null = null;
  const starts = sentenceStarts(ctx.body, ctx.from, pronoun.start);
  const word = pronoun.text.toLowerCase();
  let k = 0;
  // The pronoun opening sentence k, read once for all the names in that sentence.
  let openedK = -1;
  let opened: string | null = null;
  for (const n of ctx.named) {
    if (n.mention.start >= pronoun.start) continue;
    while (k + 1 < starts.length && starts[k + 1]! <= n.mention.start) k++;
    // "They could picture Peter Lund doing it": a name in a sentence another pronoun opens is not its subject.
    if (openedK !== k) {
      opened = openingPronoun(ctx.body, starts[k]!);
      openedK = k;
    }
    if ((opened !== null && opened !== word) || reportedByPronoun(ctx, n.mention, word)) continue;
    if (ctx.agrees(n.resolved, n.mention)) named = n;
  }
  let held: Named | null = null;
  for (const n of ctx.attributed) {
    if (n.mention.start >= pronoun.start) continue;
    if (ctx.agrees(n.resolved, n.mention)) held = n;
  }
  const sourceFeatures = source ? ctx.featuresOf(source.resolved) : undefined;
  if (sourceFeatures) sourceFeatures.set("pronounNearestSource", 1);
  const namedFeatures = named ? ctx.featuresOf(named.resolved) : undefined;
  if (namedFeatures) namedFeatures.set("pronounNearestNamed", 1);
  // A view held after the last reporting verb is nearer evidence of whom the article is following.
  const attributed = held && (!source || held.mention.start > source.at) ? held.resolved : source?.resolved;
  const attributedFeatures = attributed ? ctx.featuresOf(attributed) : undefined;
  if (attributedFeatures) attributedFeatures.set("pronounNearestAttributed", 1);
}

/**
 * "And Peter Lund would lead that campaign, he said": a name in words the same he/she reports, before its
 * post-posed verb in the same sentence, is what was reported, not who the next "he" is. `word`: the pronoun,
 * lowercased.
 */
function reportedByPronoun(ctx: PronounContext, mention: Mention, word: string): boolean {
  return ctx.sources.some(
    (s) =>
      s.mention.kind === "pronoun" &&
      s.mention.start > mention.end &&
      s.mention.start < ctx.pronoun.start &&
      s.mention.text.toLowerCase() === word &&
      inWordsReportedBefore(ctx.body, mention.end, s.mention.start),
  );
}

/** Characters looked back for the sentences before the pronoun. */
const SENTENCE_REACH = 800;

/** Sentences the subject is looked for in, before the pronoun's own. */
const PRIOR_SENTENCES = 3;

type Subject = { resolved: ResolvedSpeaker; mention: Mention };

/** A sentence opening with a subordinate clause: "When Maddow pointed out …, Clinton seized on it." */
const SUBORDINATE_OPENING =
  /^["“]?(?:(?:And|But|So)\s+)?(?:When|Whenever|As|After|Before|If|While|Although|Though|Because|Since|Once|Until|Unless|Whether|Even though|Even as)\b[^,]{0,200},/u;

/**
 * The subject of a sentence: the first person named as a clause's subject or a reporting verb's, in its main
 * clause when it opens with a subordinate one; failing that, the first person it names ("Outside the plant, a
 * worker named Antonio Arroyo has …").
 */
function subjectWithin(ctx: PronounContext, from: number, to: number): Subject | null {
  const opening = SUBORDINATE_OPENING.exec(ctx.body.slice(from, Math.min(to, from + 240)));
  const main = opening ? from + opening[0].length : from;
  return firstSubject(ctx, main, to) ?? firstSubject(ctx, from, main) ?? firstNamed(ctx, from, to);
}

function firstSubject(ctx: PronounContext, from: number, to: number): Subject | null {
  let best: Subject | null = null;
  for (const n of ctx.named) {
    const at = n.mention.start;
    if (at < from || at >= to || !n.mention.subject || possessor(ctx.body, n.mention)) continue;
    if (!best || at < best.mention.start) best = n;
  }
  for (const s of ctx.sources) {
    const at = s.mention.start;
    if (at >= from && at < to && s.mention.kind !== "pronoun" && (!best || at < best.mention.start)) best = s;
  }
  return best;
}

/**
 * The first subject of a sentence when it is a person named there for the first time, with words saying who they
 * are ("Former Rep. Chris Lund (R-Conn.)"; a bare "And Peter Lund would …, he said" is what was reported), and agrees.
 */
function introducedSubject(ctx: PronounContext, from: number, to: number): Named | null {
  const first = firstSubject(ctx, from, to);
  const named = first && ctx.named.find((n) => n.mention === first.mention);
  if (!named?.introduced || !describedAtName(named.mention, ctx.body)) return null;
  return ctx.agrees(named.resolved, named.mention) ? named : null;
}

function firstNamed(ctx: PronounContext, from: number, to: number): Subject | null {
  return ctx.named.find((n) => n.mention.start >= from && n.mention.start < to) ?? null;
}

/**
 * "Trump has not yet responded …, although he kept up his rhetoric on Twitter. “…,” he tweeted": the subject of
 * the sentence before the pronoun's (past sentences that go on with "he"), when it agrees with the pronoun.
 */
function markPriorSubject(ctx: PronounContext): void {
  const own = Math.min(ctx.pronoun.start, ctx.open - 1);
  const starts = sentenceStarts(ctx.body, Math.max(ctx.from, own - SENTENCE_REACH), own);
  // The last start is the pronoun's own sentence, whose names are what it reports or is reported with.
  let describedHead: string | null = null;
  // Where the sentences about the description stand: the names there are its objects, not whom it is.
  let describedFrom = own;
  for (let k = starts.length - 2, seen = 0; k >= 0 && seen < PRIOR_SENTENCES; k--) {
    if (continuesPronoun(ctx, starts[k]!, starts[k + 1]!)) {
      // "Former Rep. Chris Lund was for Kasich …, he said": a subject the article names there for the first time
      // is who that "he" is, not something he reported.
      const introduced = introducedSubject(ctx, starts[k]!, starts[k + 1]!);
      if (!introduced) continue;
      ctx.featuresOf(introduced.resolved)?.set("pronounPriorSubject", 1);
      return;
    }
    // "They could, however, imagine Laura Bates …": a sentence about someone else names no subject of its own.
    if (openingPronoun(ctx.body, starts[k]!) !== null) return;
    const subject = subjectWithin(ctx, starts[k]!, starts[k + 1]!);
    // "The former Wales international added …", "But the Green leader argued" (a description left unresolved) name
    // no one: the walk goes on past it, but not to a person the article gives another role ("Club director Tom Ray").
    const unresolved =
      subject?.mention.kind === "description" && !ctx.agrees(subject.resolved, subject.mention);
    const described = describedInstead(ctx.body, starts[k]!, unresolved ? undefined : subject?.mention.start);
    if (described) {
      describedHead = described;
      describedFrom = starts[k]!;
      seen++;
      continue;
    }
    // Whom a description goes on with is the subject opening its sentence, not a name in a clause after it.
    if (subject && describedHead && !opensSentence(ctx.body, starts[k]!, subject.mention.start)) {
      seen++;
      continue;
    }
    if (subject) {
      if (!ctx.agrees(subject.resolved, subject.mention)) return;
      if (describedHead && holdsOtherRole(ctx, subject, describedHead)) return;
      const features = ctx.featuresOf(subject.resolved);
      if (features) {
        features.set("pronounPriorSubject", 1);
        markPriorOthers(ctx, features, subject.mention.end, starts[k + 1]!);
        if (describedHead) markPriorOthers(ctx, features, describedFrom, own);
      }
      return;
    }
    seen++;
  }
}

export function markPronounEvidence(ctx: PronounContext): void {
  markNearest(ctx);
  markPriorSubject(ctx);
  markNewcomer(ctx);
}
