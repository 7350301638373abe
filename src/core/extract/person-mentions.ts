/**
 * The people an article names outside its quotations, in reading order: whether each name is the subject of its
 * clause (what "he" and "she" most often refer back to) and which pronouns follow it (a hint at gender).
 */
import { rolesOf } from "./describe-person.js";
import { isTimeToken, MAX_NP } from "./find-subject.js";
import { CUE_FORMS, VERB_PADDING } from "./lexicon.js";
import { isCommonWord, isDescriptiveWord, isLikelyNameWord } from "./lexicon-tags.js";
import { type Mention, newMention } from "./mention.js";
import { parseNounPhrase } from "./mentions.js";
import { afterDescribedBody, titleGoesOn } from "./name-titles.js";
import { isHeadlineVerb, isNameWord } from "./name-words.js";
import { isNounPhraseToken } from "./noun-phrase-tokens.js";
import {
  confirmedByRepeat,
  type FoundName,
  isOneWord,
  isStrongName,
  readsAsName,
  unsureSurnames,
} from "./repeated-surnames.js";
import { stripPossessive, type Token } from "./tokens.js";
import { isFiniteVerb } from "./word-classes.js";

/** A person named in the article: whether the name is a clause's subject, and pronouns that follow it. */
export interface PersonMention extends Mention {
  subject: boolean;
  /** +1 for each "he" after the name in its sentence, −1 for each "she" ("Clinton said she…"). */
  pronounHint: number;
  /** Descriptions the article binds to the name ("tory leader", "analyst at nomura"), lowercased words each. */
  roles: string[][];
}

/** Longest first line, in tokens, read as a headline. */
const MAX_HEADLINE = 16;

const CLAUSE_OPENERS = new Set(". ! ? , ; — – and but so then while when because as after".split(" "));

/** "On Wednesday, Clinton bashed …", "Trump also offered …": a name opening its clause, followed by a verb. */
function isSubjectPosition(tokens: readonly Token[], start: number, end: number): boolean {
  // "Democratic presidential candidate Victor Salas is …": the noun phrase opens with its descriptions.
  let first = start;
  while (
    first > 0 &&
    start - first < MAX_NP &&
    (isNounPhraseToken(tokens[first - 1], tokens[first - 2], tokens[first]) ||
      titleGoesOn(tokens[first - 1], tokens[first - 2]))
  )
    first--;
  const previous = tokens[first - 1];
  const opensClause = !previous || previous.kind === "quote" || CLAUSE_OPENERS.has(previous.lower);
  if (!opensClause) return false;
  // "Salas's website is very different": the possessor of a clause's subject is as salient as the subject.
  let last = end;
  if (stripPossessive(tokens[end - 1]?.text ?? "").possessive) {
    while (
      last - end < MAX_NP &&
      tokens[last]?.kind === "word" &&
      !tokens[last]!.cap &&
      !isVerbToken(tokens[last])
    )
      last++;
  }
  // "Trump has taken", "Clinton has not yet responded": the lexicon reads "has" as padding, the participle as no verb.
  if (HAVE.has(tokens[last]?.lower ?? "")) return true;
  const next = tokens[verbAfter(tokens, last)];
  if (next?.kind !== "word" || next.cap)
    return next?.text === "," && (!previous || previous.kind === "quote");
  return isVerb(next);
}

/** Built once: a regex literal in a function makes a new object per run, and these run for every name. */
const TIME_OPENERS = new Set(["on", "last", "this", "late", "early", "earlier"]);
const CLAUSE_STOPS = new Set([".", "!", "?", ";", ":"]);
const LY_ADVERB = /^\p{Ll}+ly$/u;

/** Auxiliaries the lexicon does not tag as finite verbs. */
const HAVE = new Set(["has", "have", "hasn't", "haven't", "hasn’t", "haven’t"]);

function isVerb(t: Token): boolean {
  // The few reporting verbs first: "said" follows most names, and spares the lexicon's lookup.
  if (CUE_FORMS.has(t.lower) || isFiniteVerb(t.lower)) return true;
  return t.lower.endsWith("ed") && !isCommonWord(t.lower);
}

/** Where the verb after a name would be: past "(R-Texas)", adverbs, "on Monday" and ", who …," asides. */
function verbAfter(tokens: readonly Token[], end: number): number {
  let i = end;
  for (let step = 0; step < 4; step++) {
    const t = tokens[i];
    if (t?.text === "(") {
      while (i < tokens.length && tokens[i - 1]?.text !== ")") i++;
    } else if (isAdverb(t)) i++;
    else if (isTimeToken(t) || (TIME_OPENERS.has(t?.lower ?? "") && isTimeToken(tokens[i + 1]))) {
      i++;
      while (isTimeToken(tokens[i])) i++;
    } else if (t?.text === "," || t?.text === "—" || t?.text === "–") {
      const close = asideEnd(tokens, i);
      if (close < 0 || !isVerbToken(tokens[close + 1])) return i;
      i = close + 1;
    } else return i;
  }
  return i;
}

function isVerbToken(t: Token | undefined): boolean {
  return t?.kind === "word" && !t.cap && isVerb(t);
}

/**
 * The mark closing an aside that opens at `open` ("Brooks, who was elected in 2014, doesn't", "Ayres — a pollster —
 * is"), or -1.
 */
function asideEnd(tokens: readonly Token[], open: number): number {
  const close = tokens[open]!.text;
  for (let i = open + 1; i < tokens.length && i < open + 25; i++) {
    const t = tokens[i]!;
    if (t.kind === "quote" || CLAUSE_STOPS.has(t.text)) return -1;
    if (t.text === close) return i;
  }
  return -1;
}

/** "Trump also attacked", "Clinton later said": adverbs between a subject and its verb. */
function isAdverb(token: Token | undefined): boolean {
  if (token?.kind !== "word") return false;
  return LY_ADVERB.test(token.text) || (VERB_PADDING.has(token.lower) && !isFiniteVerb(token.lower));
}

const MALE = new Set(["he", "his", "him", "himself"]);
const FEMALE = new Set(["she", "her", "hers", "herself"]);

function pronounHint(tokens: readonly Token[], end: number): number {
  let hint = 0;
  for (let i = end; i < tokens.length && i < end + 15; i++) {
    const t = tokens[i]!;
    if (t.kind === "punct" && (t.text === "." || t.text === "!" || t.text === "?")) break;
    // Every pronoun counted is a word starting "h" or "s": a character test spares most tokens two lookups.
    const initial = t.lower.charCodeAt(0);
    if (t.kind !== "word" || (initial !== 104 && initial !== 115)) continue;
    if (MALE.has(t.lower)) hint++;
    else if (FEMALE.has(t.lower)) hint--;
  }
  return hint;
}

/** A first line without a sentence's punctuation or a quotation: "Fuming Robinson blasts officials". */
function isHeadline(tokens: readonly Token[]): boolean {
  return (
    tokens.length <= MAX_HEADLINE && tokens.every((t) => t.kind === "word" || /^[-,:;'’&]$/u.test(t.text))
  );
}

/** "Fuming Robinson", "Classy Henman": a headline writes an adjective before a surname, not a first name. */
function withoutHeadlineWord(mention: Mention): Mention {
  const words = mention.name.split(/\s+/);
  if (mention.kind !== "person" || words.length < 2) return mention;
  const rest = words.slice(1);
  // Endings mislead on some names: asked only of a first word before what can only be a surname.
  if (!rest.every((w) => isLikelyNameWord(w) && !isCommonWord(w)) || !isDescriptiveWord(words[0]!))
    return mention;
  const { kind, text, start, end, titles, head, pronoun } = mention;
  return newMention(kind, rest.join(" "), text, start, end, null, titles, head, pronoun);
}

/** "King", "Jolly": a word whose ending reads as a participle or adverb; a surname if a full name carries it. */
function loneWord(token: Token): Mention {
  const name = stripPossessive(token.text).base;
  return newMention("description", name, name, token.start, token.start + name.length);
}

/**
 * A mention as a person's, field by field: mentions come read in many shapes, and spreading them is slow on a
 * path every capitalised name of a corpus takes.
 */
function asPerson(m: Mention, subject: boolean, pronounHint: number, roles: string[][]): PersonMention {
  const { text, start, end, name, pronoun, gender, titles, head } = m;
  return {
    text,
    start,
    end,
    kind: "person",
    name,
    pronoun,
    gender,
    titles,
    head,
    subject,
    pronounHint,
    roles,
  };
}

/** Every person named in the article (outside quotations), in reading order. */
export function collectPersonMentions(
  paragraphTokens: readonly (readonly Token[])[],
  body: string,
): PersonMention[] {
  const found: FoundName[] = [];
  for (const [p, tokens] of paragraphTokens.entries()) {
    const headline = p === 0 && isHeadline(tokens);
    for (let i = 0; i < tokens.length; i++) {
      if (!tokens[i]!.cap || !isNameWord(tokens[i]) || isHeadlineVerb(tokens, i)) continue;
      let j = i;
      while (j + 1 < tokens.length && isNameWord(tokens[j + 1], tokens[j]) && !isHeadlineVerb(tokens, j + 1))
        j++;
      i = afterDescribedBody(tokens, i, j);
      const parsed = parseNounPhrase(tokens.slice(i, j + 1), body) ?? (i === j ? loneWord(tokens[i]!) : null);
      const mention = headline && parsed ? withoutHeadlineWord(parsed) : parsed;
      // A lone word read as a place, a plural or none ("Preston", "Woods", "King") may be a full name's surname.
      const lone = (mention?.kind === "organisation" || mention?.kind === "description") && i === j;
      if (mention?.kind === "person" || lone)
        found.push({ mention: mention!, tokens, start: i, end: j + 1, headline, subject: undefined });
      i = j;
    }
  }
  const sure = found.map((f) => isStrongName(f.mention));
  const confirmed = confirmedByRepeat(found, sure, isSubjectAt);
  const strong = sure.map((s, k) => s || confirmed[k]);
  const surnames = surnamesOfStrong(found.filter((_, k) => strong[k]).map((f) => f.mention));
  const unsure = unsureSurnames(found, sure, confirmed);
  // Only the names kept are read further: about two in three found are dropped (weak names, lone words no full
  // name carries).
  const people = found
    .filter((f, k) => {
      const m = f.mention;
      if (strong[k]) return true;
      if (!isOneWord(m)) return false;
      if (m.titles.length > 0) return true;
      const surname = m.name.toLowerCase();
      return surnames.has(surname) && (!unsure.has(surname) || readsAsName(f, isSubjectAt));
    })
    .map(personAt);
  // The people kept include every name in full, so their surnames are these.
  knownSurnames.set(people, surnames);
  return people;
}

function isSubjectAt(found: FoundName): boolean {
  found.subject ??= isSubjectPosition(found.tokens, found.start, found.end);
  return found.subject;
}

/** A kept name as a person: whether it is its clause's subject, the pronouns after it, and its descriptions. */
function personAt(found: FoundName): PersonMention {
  const { mention, tokens, start, end } = found;
  const { text, name } = mention;
  const inRunTitle = text.endsWith(name) ? text.slice(0, text.length - name.length) : "";
  const roles = rolesOf(tokens, start, end, inRunTitle);
  return asPerson(mention, isSubjectAt(found), pronounHint(tokens, end), roles);
}

/** Surnames of the lists collectPersonMentions returned, which the resolver asks for again. */
const knownSurnames = new WeakMap<readonly Mention[], Set<string>>();

function surnamesOfStrong(strong: readonly Mention[]): Set<string> {
  return new Set(strong.map((m) => /\S*$/.exec(m.name)![0].toLowerCase()));
}

/** Surnames of the people an article names in full. */
export function surnamesOf(people: readonly Mention[]): Set<string> {
  return knownSurnames.get(people) ?? surnamesOfStrong(people.filter(isStrongName));
}
