/**
 * Names read as people's that the article never treats as a person: "Wall Street", "the Manchurian Candidate",
 * "the James Martin Center", "at Boca West". Capitalised runs without a known word look like First Last, and a
 * he or she after them would otherwise take them for its antecedent. A name is a thing here when no mention of it
 * carries a title ("Mr", "Sen.") or is a clause's subject followed by a he/she in its sentence, and either a word
 * of it names a place or a body, or — for a name without a known first name, or one ending in a word such as
 * "Park" or "Hall" — every mention stands after "in", "at", "on" or "the".
 */
import { BUSINESS_NOUNS, CUE_FORMS, ORG_WORDS, VERB_PADDING, words } from "./lexicon.js";
import { isKnownFirstName, WordMemo } from "./lexicon-tags.js";
import type { Mention } from "./mention.js";
import type { PersonMention } from "./person-mentions.js";
import { isFiniteVerb } from "./word-classes.js";

/**
 * Nouns that end place names and are seldom surnames ("Park", "Hall", "Hill", "Lane", "Bay" are, so they are not
 * listed).
 */
const PLACE_NOUNS =
  words(`street avenue road boulevard square plaza mall valley beach island bridge heights springs
  canyon harbor harbour creek river mountains county district province estates resort`);

/**
 * Nouns that end place names but are surnames too ("Stanley Park", "Carnegie Hall"): a place only where the name
 * is written after "in", "at" or "on" every time.
 */
const SURNAME_PLACE_NOUNS = words("park hall hill lane bay green wood gardens");

/** "Morgan Park": the last word may end a place's name as well as a person's. */
function mayNameAPlace(name: string): boolean {
  return SURNAME_PLACE_NOUNS.has(name.toLowerCase().split(/\s+/).at(-1) ?? "");
}

/**
 * A name opening with a known first name and not ending in a word that also ends places' names ("Lee Morgan", not
 * "Morgan Park"): a person's wherever it is written. Asked of every mention, so answered once per name.
 */
const firstNameNotPlace = new WordMemo(
  (name) => isKnownFirstName(name.split(/\s+/)[0] ?? "") && !mayNameAPlace(name),
);

/**
 * A name of a place or a body: a word after the first (which may be a first name: "River Phoenix") says so,
 * "KING-TV" too. Asked of every mention, so answered once per name.
 */
const namesAThing = new WordMemo((name) =>
  name
    .toLowerCase()
    .split(/[\s-]+/)
    .some((w, k) => k > 0 && (PLACE_NOUNS.has(w) || ORG_WORDS.has(w))),
);

/**
 * Head nouns of an organisation in apposition: "Tarvik, the official news agency,", "Kell, a haulage firm,". Nouns
 * that may also name a person's trade ("producer", "developer", "publisher", "maker") are left out.
 */
const APPOSED_ORGANISATION: ReadonlySet<string> = new Set([
  ...BUSINESS_NOUNS,
  ...words(`agency network newspaper website broadcaster association institute foundation university council
  committee commission ministry department authority regulator watchdog insurer lender retailer airline carrier
  manufacturer consultancy chain federation coalition alliance housebuilder bookmaker supermarket carmaker`),
]);

/** Built once: a regex literal in a function makes a new object each time it runs, and these run per token. */
const WHITE_SPACE = /\s/;
const LOWERCASE_LETTER = /\p{Ll}/u;

/**
 * "housebuilder George Wimpey", "investment bank Merrill Lynch said": a trade noun written right before a name
 * makes it a body's — unless the name opens a clause of its own ("a group Barack Obama won", "the organization
 * Bill Clinton used": a verb after it that is neither a reporting verb nor an auxiliary), or the noun is
 * a person's trade too ("comedian and broadcaster Cyril Fletcher", "manufacturer Ron Johnson").
 */
function tradeBefore(body: string, start: number, end: number): boolean {
  // Most names follow a capital, a comma or a quotation mark: no trade noun to read.
  if (start < 2 || !WHITE_SPACE.test(body[start - 1]!) || !LOWERCASE_LETTER.test(body[start - 2]!))
    return false;
  const noun = /(?:^|\s)(\p{Ll}+)\s$/u.exec(body.slice(Math.max(0, start - 20), start))?.[1];
  if (noun === undefined || PERSON_TRADES.has(noun) || !APPOSED_ORGANISATION.has(noun)) return false;
  const after = /^\s+(\p{Ll}+)(\s+\p{Ll})?/u.exec(body.slice(end, end + 30));
  const next = after?.[1] ?? "";
  // "whatever real authority Manafort had.": an auxiliary with no verb after it is the clause's own verb.
  if (CUE_FORMS.has(next) || (VERB_PADDING.has(next) && after?.[2])) return true;
  return !isFiniteVerb(next) && !/ed$/.test(next) && !VERB_PADDING.has(next);
}

const PERSON_TRADES = words("broadcaster manufacturer");

/**
 * ", the official news agency," right after a name: a determiner, up to five words that are no preposition (so
 * not ", the head of the agency,") and a noun that ends the phrase or that a participle or relative clause follows
 * (", a firm based in Leeds").
 */
const APPOSITION =
  /^,\s+(?:a|an|the)\s+(?:(?!(?:of|for|at|in|on|with|behind|from|to|by)\s)[\p{L}’'-]+\s+){0,5}?(\p{Ll}+)(?:[,.;)]|\s+(?:based|owned|run|founded|which|that)\b)/u;

function apposedOrganisation(body: string, end: number): boolean {
  if (body.charCodeAt(end) !== COMMA) return false;
  const noun = APPOSITION.exec(body.slice(end, end + 90))?.[1];
  return noun !== undefined && APPOSED_ORGANISATION.has(noun);
}

const COMMA = 44;

/** "in Wall Street", "at Boca West", "the Manchurian Candidate": where a place or a title is written. */
const LOCATIVE = /\b(?:[Ii]n|[Aa]t|[Oo]n|[Tt]he)\s+$/u;

interface Reading {
  person: boolean;
  titled: boolean;
  organisation: boolean;
  thing: boolean;
  locative: boolean;
}

/**
 * The keys (as `keyOf` gives them) of the names among `people` and `speakers` the article never treats as a
 * person: one pass over the mentions, one look before each.
 */
export function thingsNamed(
  people: readonly PersonMention[],
  speakers: readonly Mention[],
  body: string,
  keyOf: (m: Mention) => string,
): { things: Set<string>; organisations: Set<string> } {
  const readings = new Map<string, Reading>();
  const read = (m: Mention, hint: number) => {
    const key = keyOf(m);
    const r = readings.get(key) ?? {
      person: false,
      titled: false,
      organisation: false,
      thing: false,
      locative: true,
    };
    readings.set(key, r);
    if (m.titles.length > 0) r.titled = true;
    if (m.titles.length > 0 || hint !== 0) r.person = true;
    // Each reading only ever turns on (or, for `locative`, off): what is settled is not read again.
    if (!r.organisation && (apposedOrganisation(body, m.end) || tradeBefore(body, m.start, m.end)))
      r.organisation = true;
    if (!r.thing && namesAThing.of(m.name)) r.thing = true;
    if (
      r.locative &&
      (firstNameNotPlace.of(m.name) || !LOCATIVE.test(body.slice(Math.max(0, m.start - 5), m.start)))
    )
      r.locative = false;
  };
  // "Maybe Trump is the Manchurian Candidate and … he really just wants": a he after a name that is no subject
  // may be anyone's.
  for (const p of people) read(p, p.subject ? p.pronounHint : 0);
  for (const s of speakers) read(s, 0);
  const things = new Set<string>();
  const organisations = new Set<string>();
  for (const [key, r] of readings) {
    if (r.organisation && !r.titled) organisations.add(key);
    if ((!r.person && (r.thing || r.locative)) || organisations.has(key)) things.add(key);
  }
  return { things, organisations };
}
