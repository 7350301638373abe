/**
 * Verb forms and the nouns that head a speaker's description, read from compromise's lexicon tags and the role and
 * agent noun lists.
 */

import { words } from "./lexicon.js";
import { isListed, isPlaceWord, tagsOf, WordMemo, wordsTagged } from "./lexicon-tags.js";

const VERB_TAGS = new Set([
  "PastTense",
  "PresentTense",
  "Gerund",
  "Copula",
  "Modal",
  "Adverb",
  "Conjunction",
  "Preposition",
]);

/**
 * Role nouns the lexicon files as adjectives ("official", "expert"), or does not list at all, so that a capitalised
 * "Millionaire" before a full name would otherwise read as a first name.
 */
const ROLE_NOUNS = words(`official expert representative executive democrat republican independent liberal
  conservative moderate progressive spokesperson principal billionaire millionaire socialite heiress magnate
  pundit referee umpire`);

const VERB_FORM_TAGS = new Set(["PastTense", "PresentTense", "Gerund", "Copula", "Modal", "Infinitive"]);

const verbForms = new WordMemo((word) => {
  const tags = tagsOf(word);
  return (
    !ROLE_NOUNS.has(word) &&
    tags.length > 0 &&
    tags.every((t) => VERB_FORM_TAGS.has(t) || t === "PhrasalVerb")
  );
});

/** A lowercase verb form (not a noun that can also be a verb): "made", "says", "is". */
export function isVerbForm(word: string): boolean {
  return verbForms.of(word);
}

const finiteVerbs = new WordMemo((word) => {
  // "wasn't", "doesn't", "can't", "won't"
  const negated = /^(.+)n['’]t$/u.exec(word)?.[1];
  const base = negated === "ca" ? "can" : negated === "wo" ? "will" : (negated ?? word);
  return tagsOf(base).some(
    (t) => t === "PastTense" || t === "PresentTense" || t === "Copula" || t === "Modal" || t === "Gerund",
  );
});

/** A conjugated verb ("said", "has", "went"), not a base form that doubles as a noun ("park", "bush"). */
export function isFiniteVerb(word: string): boolean {
  return finiteVerbs.of(word);
}

let modals: ReadonlySet<string> | undefined;

/**
 * "will", "may", "can": with a capital, also a surname ("George Will"). Asked of nearly every token scanned, so read
 * from the lexicon's few modals rather than from each word's tags (the answer is the same as tagsOf's), and without
 * a memory by word: the small set answers faster than a lookup among every word seen.
 */
export function isModal(word: string): boolean {
  modals ??= wordsTagged("Modal");
  if (modals.has(word)) return true;
  const lower = word.toLowerCase();
  return lower !== word && modals.has(lower) && !isListed(word);
}

/** A verb's bare form ("disprove", "state"): after "to" it is an infinitive, not a noun. */
export function isInfinitive(word: string): boolean {
  return tagsOf(word).includes("Infinitive");
}

let cardinals: ReadonlySet<string> | undefined;

/** A number written as a word ("six", "dozens") or in digits: a noun phrase it opens is plural. */
export function isCardinal(word: string): boolean {
  if (/^\d/.test(word)) return true;
  // Asked of lowercase words, which the few number words answer faster than a lookup among every word seen.
  cardinals ??= wordsTagged("Cardinal");
  return word === word.toLowerCase() ? cardinals.has(word) : tagsOf(word).includes("Cardinal");
}

const verbLike = new WordMemo((word) => !ROLE_NOUNS.has(word) && tagsOf(word).some((t) => VERB_TAGS.has(t)));

/** A lowercase word that cannot sit inside a speaking noun phrase: a verb form or an adverb. */
export function isVerbLike(word: string): boolean {
  return verbLike.of(word);
}

/** Nouns for speakers that are not people: groups, outlets, documents that "say" things. */
const AGENT_NOUNS =
  words(`official source campaign group committee team poll survey report statement study ad letter
  website network paper newspaper magazine outlet agency government administration office department council
  board panel commission court union party organization organisation company firm family crowd audience
  aide staff staffer spokesman spokeswoman spokesperson adviser advisor consultant strategist attorney lawyer
  expert analyst critic supporter voter resident leader chief head member candidate nominee senator governor
  mayor president secretary minister official judge witness friend neighbor neighbour colleague mother father
  son daughter wife husband sister brother parent owner founder host anchor author editor writer columnist
  blogger reporter journalist correspondent activist protester protestor student teacher professor scholar
  researcher scientist economist pollster doctor nurse officer soldier veteran worker employee employer user
  owner shopkeeper farmer businessman businesswoman entrepreneur investor banker trader resident student agent
  client opponent correspondent participant applicant immigrant migrant servant assistant attendant defendant
  plaintiff claimant occupant tenant inhabitant contestant descendant informant regent incumbent
  fan viewer reader caller lawmaker legislator representative congressman congresswoman delegate chairman
  chairwoman director manager executive president ceo cfo coach player priest pastor pope rabbi imam bishop
  memo release transcript filing document video tweet post email message account book column editorial
  biography lawsuit complaint`);

/** Nouns for people in general, which the role lists leave out: "both men", "many people". */
const PEOPLE_NOUNS = words(`man woman men women people person persons folks kids children others insider
  observer ally backer defender commentator prosecutor authority frontrunner front-runner speechwriter operative
  attendee superdelegate advocate`);

/**
 * Whether a description's head word names someone or something that speaks: a listed person, group or document
 * noun (singular or plural), a person noun the lexicon knows ("Actor"), or a demonym ("Australians"). Not "shows",
 * "measures", "areas", "business", which the looser `isNounHead` lets through.
 */
export function isSpeakingNoun(word: string): boolean {
  const lower = word.toLowerCase();
  if (PEOPLE_NOUNS.has(lower)) return true;
  const singulars = [lower, lower.replace(/s$/, ""), lower.replace(/es$/, ""), lower.replace(/ies$/, "y")];
  if (singulars.some((w) => AGENT_NOUNS.has(w) || ROLE_NOUNS.has(w))) return true;
  return singulars.some((w) => tagsOf(w).includes("Actor") || (w !== lower && isPlaceWord(w)));
}

/** A singular noun for one person ("president", "spokesman", "official"), not a group that may take "say". */
export function namesOnePerson(word: string): boolean {
  const tags = tagsOf(word);
  if (tags.includes("Plural")) return false;
  if (tags.includes("Actor") || ROLE_NOUNS.has(word) || /(?:man|woman|person)$/.test(word)) return true;
  return tags.length === 0 && /\p{L}{3}(?:er|or|ist|ian)$/u.test(word);
}

/** A singular noun for a person's role: "columnist", "spokesman", "analyst". */
export function isRoleNoun(word: string): boolean {
  return (AGENT_NOUNS.has(word) || ROLE_NOUNS.has(word)) && !/s$/.test(word);
}

const nounHeads = new WordMemo(readNounHead);

/** A lowercase word that can head a description of a speaker: a person, group or document noun, or a plural. */
export function isNounHead(word: string): boolean {
  return nounHeads.of(word);
}

function readNounHead(word: string): boolean {
  if (AGENT_NOUNS.has(word) || ROLE_NOUNS.has(word)) return true;
  const singular = word.replace(/(?:ies)$/, "y").replace(/(?:es|s)$/, "");
  if (AGENT_NOUNS.has(singular) || AGENT_NOUNS.has(word.replace(/s$/, ""))) return true;
  if (/(?:ous|ive|ic|ical|able|ible|ful|less|ly|ed|ing)$/.test(word)) return false;
  const tags = tagsOf(word);
  if (tags.some((t) => VERB_TAGS.has(t) || t === "Adjective" || t === "Comparative" || t === "Superlative"))
    return false;
  if (tags.includes("Actor") || /(?:man|woman|person|s)$/.test(word)) return true;
  // "murder", "order", "power": a noun the lexicon knows as a thing ends like an agent but names nobody.
  return /(?:er|or|ist|ian|ee|eer)$/.test(word) && !tags.some((t) => t === "Singular" || t === "Uncountable");
}
