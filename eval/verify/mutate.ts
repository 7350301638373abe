/**
 * Changes a probe makes to a real quotation, each of a known kind: typos (never a real word), other spellings
 * (British/American, both forms used in the corpus), changed figures, negations removed or added, a content word
 * replaced. Every function returns null when the text offers nothing to change.
 */
import type { Rng } from "../../bench/rng.js";
import { WORD } from "./passages.js";

interface Word {
  text: string;
  start: number;
  end: number;
}

export function words(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

const replaceAt = (text: string, w: Word, by: string) => text.slice(0, w.start) + by + text.slice(w.end);

/** Words whose change is a change of meaning or of grammar, not a probe of the kind at hand. */
const GRAMMAR = new Set(
  `a an the this that these those there here of in on at to for from with by as into onto upon about than and or
  but so then also too just very really even still already is are was were be been being am do does did has have
  had having will would shall should can could may might must i me my we us our you your he him his she her they
  them their it its who whom whose which what when where why how if not no never nothing none nor without all
  some any every each more most less few many much other such only own same`.split(/\s+/),
);

const isContent = (w: string) => /^\p{Ll}{4,}$/u.test(w) && !GRAMMAR.has(w);

const KEYBOARD = "qwertyuiopasdfghjklzxcvbnm";

function typoOf(word: string, rng: Rng): string {
  const i = rng.int(1, word.length - 2);
  switch (rng.int(0, 3)) {
    case 0:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + word[i] + word.slice(i);
    default:
      return word.slice(0, i) + KEYBOARD[rng.int(0, KEYBOARD.length - 1)] + word.slice(i + 1);
  }
}

/** One or two typos that make no word the corpus uses. */
export function addTypos(text: string, rng: Rng, known: ReadonlySet<string>): string | null {
  const candidates = words(text).filter((w) => /^\p{L}{5,}$/u.test(w.text));
  if (candidates.length === 0) return null;
  const count = candidates.length >= 8 && rng.next() < 0.5 ? 2 : 1;
  const chosen = new Set<Word>();
  while (chosen.size < count) chosen.add(rng.pick(candidates));
  let out = text;
  for (const w of [...chosen].sort((a, b) => b.start - a.start)) {
    let typo = "";
    for (let attempt = 0; attempt < 8; attempt++) {
      const t = typoOf(w.text, rng);
      if (t !== w.text && !known.has(t.toLowerCase())) {
        typo = t;
        break;
      }
    }
    if (!typo) return null;
    out = replaceAt(out, w, typo);
  }
  return out;
}

/** British ↔ American spelling rules: [British ending, American ending]. */
const SPELLINGS: readonly [RegExp, string, RegExp, string][] = [
  [
    /(\p{L}{3,})our(s|ed|ing|ite|ites|able)?$/u,
    "$1or$2",
    /(\p{L}{3,}[^o])or(s|ed|ing|ite|ites|able)?$/u,
    "$1our$2",
  ],
  [/is(e|es|ed|ing|ation|ations)$/, "iz$1", /iz(e|es|ed|ing|ation|ations)$/, "is$1"],
  [/ys(e|es|ed|ing)$/, "yz$1", /yz(e|es|ed|ing)$/, "ys$1"],
  [/tre(s)?$/, "ter$1", /ter(s)?$/, "tre$1"],
  [/ence(s)?$/, "ense$1", /ense(s)?$/, "ence$1"],
  [/([ae])ll(ed|ing|er|ers)$/, "$1l$2", /([ae])l(ed|ing|er|ers)$/, "$1ll$2"],
  [/ogue(s)?$/, "og$1", /og(s)?$/, "ogue$1"],
  [/programme(s)?$/, "program$1", /program(s)?$/, "programme$1"],
];

function otherSpelling(word: string, known: ReadonlySet<string>): string | null {
  if (word.length < 5) return null;
  for (const [british, toAmerican, american, toBritish] of SPELLINGS) {
    for (const [pattern, replacement] of [
      [british, toAmerican],
      [american, toBritish],
    ] as const) {
      if (!pattern.test(word)) continue;
      const other = word.replace(pattern, replacement);
      if (other !== word && known.has(other)) return other;
    }
  }
  return null;
}

/** One word in its other national spelling, when the corpus uses both forms. */
export function respell(text: string, rng: Rng, known: ReadonlySet<string>): string | null {
  const options = words(text)
    .filter((w) => /^\p{Ll}+$/u.test(w.text))
    .map((w) => ({ w, other: otherSpelling(w.text, known) }))
    .filter((o): o is { w: Word; other: string } => o.other !== null);
  if (options.length === 0) return null;
  const { w, other } = rng.pick(options);
  return replaceAt(text, w, other);
}

const NUMBER_WORDS = [
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "twelve",
  "twenty",
  "thirty",
  "forty",
  "fifty",
  "hundred",
  "thousand",
  "million",
  "billion",
];

function changeFigure(figure: string, rng: Rng): string {
  const digits = figure.replace(/,/g, "");
  if (/^\d+\.\d+$/.test(digits)) {
    const [whole, fraction] = digits.split(".") as [string, string];
    const last = (Number(fraction.at(-1)) + rng.int(1, 8)) % 10;
    return `${whole}.${fraction.slice(0, -1)}${last}`;
  }
  const n = Number(digits);
  if (/^(19|20)\d\d$/.test(digits)) return String(n + (rng.next() < 0.5 ? -1 : 1) * rng.int(1, 3));
  const changed =
    n < 10
      ? (n + rng.int(1, 5)) % 10 || 10
      : n + (rng.next() < 0.5 ? -1 : 1) * Math.max(1, Math.round(n * (0.1 + 0.4 * rng.next())));
  const value = changed === n ? n + 1 : Math.max(0, changed);
  return figure.includes(",") ? value.toLocaleString("en-US") : String(value);
}

/** A figure changed: digits to another value, a number word to another number word. */
export function changeNumber(text: string, rng: Rng): string | null {
  const figures = [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => ({
    text: m[0].replace(/,$/, ""),
    start: m.index,
    end: m.index + m[0].replace(/,$/, "").length,
  }));
  const named = words(text).filter((w) => NUMBER_WORDS.includes(w.text.toLowerCase()));
  const options: Word[] = [...figures, ...named];
  if (options.length === 0) return null;
  const w = rng.pick(options);
  if (/\d/.test(w.text)) return replaceAt(text, w, changeFigure(w.text, rng));
  const lower = w.text.toLowerCase();
  const others = NUMBER_WORDS.filter((n) => n !== lower);
  const by = rng.pick(others);
  return replaceAt(text, w, w.text[0] === w.text[0]!.toUpperCase() ? by[0]!.toUpperCase() + by.slice(1) : by);
}

const POSITIVE: Record<string, string> = {
  "don't": "do",
  "doesn't": "does",
  "didn't": "did",
  "isn't": "is",
  "aren't": "are",
  "wasn't": "was",
  "weren't": "were",
  "won't": "will",
  "can't": "can",
  "couldn't": "could",
  "wouldn't": "would",
  "shouldn't": "should",
  "haven't": "have",
  "hasn't": "has",
  "hadn't": "had",
  cannot: "can",
};
const AUXILIARIES = new Set(
  "is are was were will would can could should do does did has have had must".split(" "),
);

/** Removes the negation at word index i (a contraction becomes its positive form, "not"/"never" go). */
function removeNegation(text: string, all: Word[], i: number): string {
  const w = all[i]!;
  const lower = w.text.toLowerCase().replace("’", "'");
  const positive = POSITIVE[lower];
  if (positive)
    return replaceAt(
      text,
      w,
      w.text[0] === w.text[0]!.toUpperCase() ? positive[0]!.toUpperCase() + positive.slice(1) : positive,
    );
  // Drop the word and the space before it (or after it, at the start).
  const before = text.slice(0, w.start).replace(/\s+$/, "");
  const after = text.slice(w.end).replace(/^\s+/, "");
  if (!before) return after.charAt(0).toUpperCase() + after.slice(1);
  return `${before} ${after}`;
}

const isNegated = (w: string) => /^(not|never)$/i.test(w) || /n['’]t$/i.test(w) || /^cannot$/i.test(w);

/**
 * A negation removed, or "not" added after an auxiliary, within word positions [from, to) of the text. Returns
 * null when there is neither.
 */
export function flipNegation(text: string, rng: Rng, from: number, to: number): string | null {
  const all = words(text);
  const span = all.slice(from, to).map((w, k) => ({ w, i: from + k }));
  const negated = span.filter(({ w }) => isNegated(w.text));
  const auxiliaries = span.filter(
    ({ w, i }) => AUXILIARIES.has(w.text.toLowerCase()) && !isNegated(all[i + 1]?.text ?? "") && all[i + 1],
  );
  const remove = negated.length > 0 && (auxiliaries.length === 0 || rng.next() < 0.6);
  if (remove) return removeNegation(text, all, rng.pick(negated).i);
  if (auxiliaries.length === 0) return null;
  const { w } = rng.pick(auxiliaries);
  return `${text.slice(0, w.end)} not${text.slice(w.end)}`;
}

/** A content word replaced by another content word of the corpus, not a form or misspelling of it. */
export function replaceWord(text: string, rng: Rng, pool: readonly string[]): string | null {
  const options = words(text).filter((w) => isContent(w.text));
  if (options.length === 0 || pool.length === 0) return null;
  const w = rng.pick(options);
  for (let attempt = 0; attempt < 20; attempt++) {
    const by = rng.pick(pool);
    if (isContent(by) && by.slice(0, 4) !== w.text.slice(0, 4) && Math.abs(by.length - w.text.length) <= 4) {
      return replaceAt(text, w, by);
    }
  }
  return null;
}

export const contentWords = (text: string): string[] =>
  words(text)
    .map((w) => w.text)
    .filter(isContent);

const DROPPABLE = new Set(["the", "a", "an", "that", "very", "just", "also", "really"]);

/** A function word left out inside the text: "the", "that", "very"… */
export function dropFunctionWord(text: string, rng: Rng): string | null {
  const all = words(text);
  // Never the first or last word: leaving those out is quoting less, not wording differently.
  const options = all.filter((w, i) => i > 0 && i < all.length - 1 && DROPPABLE.has(w.text.toLowerCase()));
  if (options.length === 0) return null;
  const w = rng.pick(options);
  return `${text.slice(0, w.start).replace(/\s+$/, "")} ${text.slice(w.end).replace(/^\s+/, "")}`;
}

/** A noun or verb in another regular form: "plans" for "plan", "plan" for "plans", when the corpus uses both. */
export function inflect(text: string, rng: Rng, known: ReadonlySet<string>): string | null {
  const options = words(text)
    .filter((w) => isContent(w.text) && w.text.length >= 5)
    .map((w) => {
      const other = /[^su]s$/.test(w.text)
        ? w.text.slice(0, -1)
        : /[bcdfgklmnprtw]$/.test(w.text)
          ? `${w.text}s`
          : "";
      return { w, other };
    })
    .filter((o) => o.other && known.has(o.other));
  if (options.length === 0) return null;
  const { w, other } = rng.pick(options);
  return replaceAt(text, w, other);
}

/** The same words with their punctuation and capitals gone, as someone might type them. */
export function plainWords(text: string): string | null {
  const plain = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'’\s]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  return plain === text ? null : plain;
}
