/**
 * The people (and organisations and descriptions) who could have spoken a quotation, each described by the
 * evidence for it: what the precise rules chose, reporting verbs whose subject it is, where it is named, whether
 * it spoke the quotation before, how prominent it is in the article, and whether a pronoun agrees with it.
 * speaker-model.ts weighs that evidence.
 */
import { accordingToInSentence } from "./according-to.js";
import { type ArticleEvidence, keyIn, surnameInHeadline, within } from "./article-evidence.js";
import { CandidateSet, type Gender } from "./candidate-set.js";
import { isFragment } from "./fragment.js";
import { GENDERED_TITLES } from "./lexicon.js";
import type { Mention, ResolvedSpeaker } from "./mention.js";
import { newcomerSincePrevious } from "./newcomer-since-previous.js";
import { possessesReportingNoun } from "./possessed-words.js";
import { markPronounEvidence, type Named } from "./pronoun-candidates.js";
import { inQuotationSentence, sameSentenceBefore } from "./quotation-sentence.js";
import type { MentionResolver } from "./resolve-mentions.js";
import { type Candidate, FeatureList, ListedCandidate } from "./speaker-features.js";
import { hasUnlistedHead } from "./speaker-kind.js";

/** The rules' reading of one quotation. */
export interface RuleChoice {
  open: number;
  close: number;
  paragraph: number;
  mention: Mention | null;
  resolved: ResolvedSpeaker | null;
  cue: string | null;
  inherited: boolean;
}

/** Characters between a mention and the quotation within which it is "near" (a short attribution clause). */
const NEAR = 40;

/** How many paragraphs back candidates are gathered. */
const REACH = 2;

/** What the previous quotations were given, as the choice goes on through the article. */
export interface QuotedSoFar {
  previous: {
    speaker: ResolvedSpeaker;
    mention: Mention;
    paragraph: number;
    at: number;
    close: number;
  } | null;
  counts: Map<string, number>;
}

/** he, she, they: the pronouns whose reference the model weighs (an "it" names an organisation outright). */
function isPersonal(mention: Mention): boolean {
  return mention.kind === "pronoun" && mention.pronoun !== "neuter";
}

/** "a spokeswoman", "the company spokesman": someone speaking whom the article does not name. */
const UNNAMED_SPEAKER = /^(?:an?\s.*|.*\bspokes(?:man|woman|person))$/i;

/**
 * How he/she/they fits a candidate. A description of someone unnamed whose head tells a gender agrees as that
 * person: "a spokeswoman" is a woman. A definite role ("the prime minister") is most often a person the article
 * names, whom the pronoun then stands for; a description of no stated gender ("an official") would agree with
 * every he and she (in cross-validation it cost pronoun accuracy). `thing`: a name the article never treats as a
 * person's ("Wall Street") contradicts he and she.
 */
function agreement(
  pronoun: Mention | null,
  speaker: ResolvedSpeaker,
  gender: Gender,
  written?: Mention,
  thing = false,
): number {
  if (pronoun?.kind !== "pronoun") return 0;
  if (pronoun.pronoun === "plural" || pronoun.pronoun === "neuter") return speaker.kind === "person" ? -1 : 1;
  // "Wall Street", read as a name, is no he or she.
  if (thing) return -1;
  const head = written?.head ?? "";
  const described = speaker.kind === "description" && UNNAMED_SPEAKER.test(written?.text ?? "");
  if (described && GENDERED_TITLES.has(head)) gender = GENDERED_TITLES.get(head) ?? null;
  else if (speaker.kind !== "person") return -1;
  if (gender === null || pronoun.gender === null) return 0;
  return gender === pronoun.gender ? 1 : -1;
}

/** A candidate named as a person whom the article never treats as one ("Wall Street", non-person-names.ts). */
function isThing(resolver: MentionResolver, speaker: ResolvedSpeaker, mention: Mention): boolean {
  return speaker.kind === "person" && mention.kind === "person" && resolver.pronouns.isThing(mention);
}

/**
 * "Brekke Marine, a shipping firm, said on Monday …. “…,” he said": a he or she never stands for a name the
 * article never treats as a person's, however near that name's own reporting verb; the words are then those of
 * someone there the article does not name. (As a feature, `disagrees`, the subject's paragraph evidence outweighed
 * it; the candidate dropped, its share went to whoever else was named nearby.)
 */
function notHeOrShe(resolver: MentionResolver, pronoun: Mention, speaker: ResolvedSpeaker, mention: Mention) {
  if (pronoun.pronoun !== "male" && pronoun.pronoun !== "female") return false;
  // A name the article gives a body ("Brekke Marine, a shipping firm") now speaks as that body.
  return (
    isThing(resolver, speaker, mention) || (mention.kind === "person" && resolver.pronouns.isBody(mention))
  );
}

/** Characters between a mention and the quotation (none when it stands inside it). */
function distanceTo(rule: RuleChoice, at: number): number {
  return at < rule.open ? rule.open - at : Math.max(0, at - rule.close);
}

function inSentence(body: string, rule: RuleChoice, at: number): boolean {
  return inQuotationSentence(body, at, rule.open, rule.close);
}

/** "and the mood was", "but its tenor": a clause with a subject of its own opens between a name and the words. */
const NEW_CLAUSE =
  /\b(?:and|but|while|whereas|yet)\s+(?:the|a|an|this|that|these|those|his|her|its|their|our)\s/i;

/**
 * Whether a name before the quotation stands in the quotation's own clause: `Ann Moss is calm and the mood was
 * "…"` names her in a clause of its own, which says nothing of whose the words are.
 */
function inClause(body: string, rule: RuleChoice, mention: Mention): boolean {
  return inSentence(body, rule, mention.start) && !NEW_CLAUSE.test(body.slice(mention.end, rule.open));
}

/** Candidates for one quotation, with the "nobody" choice last. */
export function candidatesFor(
  rule: RuleChoice,
  evidence: ArticleEvidence,
  quoted: QuotedSoFar,
  resolver: MentionResolver,
): Candidate[] {
  const set = new CandidateSet(resolver);
  const earliest = rule.paragraph - REACH;
  const pronoun = rule.mention && isPersonal(rule.mention) ? rule.mention : null;
  // Whether a candidate stands in the quotation's own sentence; asked only when no he/she/they speaks, whose
  // own sentence often names someone else ("Clinton …, she said").
  const asksSentence = !pronoun;
  const fragment = isFragment(evidence.body, rule.open, rule.close);
  if (rule.resolved && rule.mention) {
    const key = keyIn(evidence, rule.resolved);
    const f = set.add(
      rule.resolved,
      rule.mention,
      rule.cue,
      distanceTo(rule, rule.mention.start),
      false,
      key,
    );
    set.byKey.get(key)!.fixed = true;
    f.set("rule", 1);
    if (rule.cue && !rule.inherited) f.set("ruleCue", 1);
    if (rule.inherited) {
      f.set("ruleInherited", 1);
      if (fragment) f.set("fragmentInherited", 1);
    }
    if (isPersonal(rule.mention)) f.set("rulePronoun", 1);
    if (rule.resolved.kind === "description") f.set("ruleDescription", 1);
    if (rule.mention.start >= rule.close) f.set("ruleAfter", 1);
    if (asksSentence && inSentence(evidence.body, rule, rule.mention.start)) f.set("ruleSentence", 1);
  }
  const sources = within(evidence.sources, earliest, rule.paragraph);
  const named = within(evidence.named, earliest, rule.paragraph);
  for (const s of sources) {
    if (s.paragraph < rule.paragraph && s.at > rule.open) continue;
    // Only the rules' own reading gives the quotation a reporting verb; another candidate is a speaker without one.
    const f = set.add(s.resolved, s.mention, null, distanceTo(rule, s.at), true, s.key);
    // "…," he said: the verb's subject is whoever the rules took "he" for, which the pronoun features weigh;
    // counted as a named subject, it would vote for the rules' guess twice.
    if (isPersonal(s.mention)) {
      f.set("cueSubjectPronoun", 1);
      continue;
    }
    if (s.paragraph === rule.paragraph) {
      f.set("cueSubjectParagraph", 1);
      if (s.at > rule.open) f.set("cueSubjectAfter", 1);
      // "“…,” Obama said, according to a pool report": the words come to the article through that source.
      if (accordingToInSentence(evidence.body, s, rule.open, rule.close)) f.set("accordingToSentence", 1);
    } else f.set("cueSubjectEarlier", 1);
  }
  let nearest: Named | null = null;
  for (const n of named) {
    const at = n.mention.start;
    if (at >= rule.open && n.paragraph !== rule.paragraph) continue;
    const f = set.add(n.resolved, n.mention, null, distanceTo(rule, at), true, n.key);
    if (n.paragraph === rule.paragraph) {
      f.set("namedParagraph", 1);
      // "Voss has adopted the stance of Tom Ruddle: “…”": the subject of the clause the quotation ends is whose
      // view it states, more often than the name written nearest it.
      const clause =
        at < rule.open ? inClause(evidence.body, rule, n.mention) : inSentence(evidence.body, rule, at);
      if (at < rule.open && n.mention.subject && clause) {
        f.set("sentenceSubject", 1);
        if (fragment) f.set("fragmentSentenceSubject", 1);
      }
      // "Watch a fetus on the table," Carly Fiorina … : with no reporting verb of its own, the quotation's
      // sentence naming someone weighs against the speaker inherited from before.
      if (!rule.cue && asksSentence && clause) f.set("namedSentenceUncued", 1);
      // "Trump's claim that Obama “founded ISIS”": the words are the possessor's, with no verb to say so.
      if (
        at < rule.open &&
        possessesReportingNoun(evidence.body, n.mention.end) &&
        inSentence(evidence.body, rule, at)
      )
        f.set("possessorOfWords", 1);
    } else f.set("namedEarlier", 1);
    if (n.mention.subject) f.set("subjectNearby", 1);
    if (at < rule.open) nearest = n;
  }
  if (quoted.previous) {
    const p = quoted.previous;
    set.add(p.speaker, p.mention, null, distanceTo(rule, p.at), true, keyIn(evidence, p.speaker));
  }
  const top = evidence.mostNamed;
  if (top) set.add(top.resolved, top.mention, null, distanceTo(rule, top.mention.start), true, top.key);
  if (nearest) set.byKey.get(nearest.key)!.features.set("nearestNamed", 1);
  const newcomer = newcomerSincePrevious(rule, named, evidence.body, quoted.previous);
  if (newcomer) set.byKey.get(newcomer)?.features.set("newcomerSincePrevious", 1);
  if (pronoun) {
    const byKey = set.byKey;
    markPronounEvidence({
      pronoun,
      open: rule.open,
      close: rule.close,
      from: evidence.paragraphs[Math.max(0, earliest)]?.[0] ?? 0,
      sources,
      named,
      attributed: within(evidence.attributed, earliest, rule.paragraph),
      body: evidence.body,
      featuresOf: (speaker) => byKey.get(keyIn(evidence, speaker))?.features,
      agrees: (speaker, mention) =>
        agreement(
          pronoun,
          speaker,
          resolver.genderOf(mention),
          mention,
          isThing(resolver, speaker, mention),
        ) >= 0,
    });
  }
  let spokenOf: Set<string> | undefined;
  const topKey = top ? top.key : null;
  const previousKey = quoted.previous ? keyIn(evidence, quoted.previous.speaker) : null;
  const out: Candidate[] = [];
  for (const [key, c] of set.byKey) {
    const f = c.features;
    f.set("distance", Math.log1p(c.distance) / 8);
    if (c.distance <= NEAR) f.set("near", 1);
    f.set("salience", evidence.salience.get(key) ?? 0);
    if (key === topKey) f.set("mostNamed", 1);
    const count = quoted.counts.get(key) ?? 0;
    if (count > 0) f.set("quotedBefore", Math.log1p(count) / 3);
    if (key === previousKey) {
      f.set("previousSpeaker", 1);
      if (quoted.previous!.paragraph === rule.paragraph) f.set("previousSpeakerParagraph", 1);
      if (newcomer) f.set("previousPastNewcomer", 1);
    }
    // What "according to" names is a source whatever its head ("a Pentagon readout"), not a misread subject.
    if (c.speaker && !f.get("accordingToSentence") && hasUnlistedHead(c.speaker, c.mention))
      f.set("unlistedHead", 1);
    if (c.speaker?.kind === "organisation") f.set("organisation", 1);
    if (c.speaker?.kind === "description") f.set("description", 1);
    // An inherited pronoun was written before the newcomer was named: it says nothing of them.
    const agrees =
      key === newcomer
        ? 0
        : agreement(
            rule.mention,
            c.speaker!,
            c.gender ?? resolver.genderOf(c.mention!),
            c.mention ?? undefined,
            c.mention !== null && isThing(resolver, c.speaker!, c.mention),
          );
    if (agrees > 0) f.set("agrees", 1);
    if (agrees < 0) f.set("disagrees", 1);
    if (c.speaker?.kind === "person" && surnameInHeadline(evidence, key, c.speaker)) f.set("headline", 1);
    if (c.speaker?.kind === "person") {
      spokenOf ??= resolver.spokenOfIn(evidence.body.slice(rule.open, rule.close));
      if (spokenOf.has(c.speaker.name.toLowerCase())) f.set("spokenOfInQuote", 1);
    }
    if (pronoun && agrees >= 0) {
      if (f.get("headline")) f.set("pronounHeadline", 1);
      if (c.mention && sameSentenceBefore(evidence.body, c.mention, pronoun)) f.set("pronounSameSentence", 1);
      if (f.get("previousSpeaker")) f.set("pronounPrevious", 1);
      if (f.get("mostNamed")) f.set("pronounMostNamed", 1);
      f.set("pronounSalience", f.get("salience")!);
    }
    // The words of a "he" by a firm's reporting verb are someone's the article does not name: chosen, nobody.
    if (pronoun && notHeOrShe(resolver, pronoun, c.speaker, c.mention))
      out.push(new ListedCandidate(null, null, null, f));
    else out.push(new ListedCandidate(c.speaker, c.mention, c.cue, f));
  }
  const none = new FeatureList();
  none.set("none", 1);
  if (rule.resolved) none.set("noneRuleFound", 1);
  if (fragment) none.set("fragmentNone", 1);
  out.push(new ListedCandidate(null, null, null, none));
  return out;
}
