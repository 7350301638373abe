/**
 * What kind of word a normalised word (a surface key: lower case, diacritics folded) is, for telling a change of
 * meaning from a change of wording. The lists are closed classes of English — negations, number words, function
 * words — so they hold for any text, not for one corpus.
 */

/** Words that turn a statement into its opposite ("n't" and "cannot" are read as "not" by the tokeniser). */
const NEGATIONS = new Set([
  "not",
  "no",
  "never",
  "nothing",
  "nobody",
  "none",
  "neither",
  "nor",
  "nowhere",
  "noone",
  "without",
]);

export const isNegation = (word: string): boolean => NEGATIONS.has(word);

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
};

const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
  trillion: 1_000_000_000_000,
};

const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  hundredth: 100,
  thousandth: 1000,
  millionth: 1_000_000,
};

const HAS_DIGIT = /[0-9]/;

/** A figure: digits ("2009", "3rd", "4000"), a number word ("four", "thousand") or an ordinal ("fifth"). */
export function isNumber(word: string): boolean {
  return HAS_DIGIT.test(word) || word in UNITS || word in SCALES || word in ORDINALS;
}

/**
 * The values of the figures in a run of words, so that "four thousand" and "4000" compare equal while "20" and
 * "30" do not. Number words in a row combine ("twenty five", "two million"); anything else (digits with letters,
 * "3rd") is kept as written.
 */
export function numberValues(words: readonly string[]): string[] {
  const values: string[] = [];
  let total = 0;
  let current = 0;
  let open = false;
  const close = () => {
    if (open) values.push(String(total + current));
    total = 0;
    current = 0;
    open = false;
  };
  for (const word of words) {
    const unit = UNITS[word];
    const scale = SCALES[word];
    if (/^[0-9]+$/.test(word) || unit !== undefined) {
      const value = unit ?? Number(word);
      if (open && current !== 0 && current % 10 === 0 && value < 10) current += value;
      else {
        close();
        current = value;
        open = true;
      }
    } else if (scale !== undefined) {
      if (!open) {
        current = 1;
        open = true;
      }
      if (scale === 100) current *= 100;
      else {
        total += current * scale;
        current = 0;
      }
    } else if (word === "and" && open) {
      // "one hundred and twenty"
    } else {
      close();
      const ordinal = ORDINALS[word];
      if (ordinal !== undefined) values.push(`${ordinal}th`);
      else if (HAS_DIGIT.test(word)) values.push(word.replace(/(st|nd|rd|th)$/, "th"));
    }
  }
  close();
  return values;
}

/** Pronouns: dropping one rarely changes a quotation, swapping one for another changes who did what. */
const PRONOUNS = new Set([
  "i",
  "me",
  "my",
  "mine",
  "myself",
  "we",
  "us",
  "our",
  "ours",
  "ourselves",
  "you",
  "your",
  "yours",
  "yourself",
  "he",
  "him",
  "his",
  "himself",
  "she",
  "her",
  "hers",
  "herself",
  "they",
  "them",
  "their",
  "theirs",
  "themselves",
  "it",
  "its",
  "itself",
]);

/** Modal verbs: one for another ("must" for "may") changes the claim. */
const MODALS = new Set(["will", "would", "shall", "should", "can", "could", "may", "might", "must"]);

/**
 * Words that carry grammar or emphasis rather than content: articles, auxiliaries, prepositions, conjunctions,
 * adverbs of degree and emphasis ("simply", "really"). Adding, dropping or swapping them leaves what was said alone.
 */
const FUNCTION_WORDS = new Set([
  "a",
  "an",
  "the",
  "this",
  "that",
  "these",
  "those",
  "there",
  "here",
  "of",
  "in",
  "on",
  "at",
  "to",
  "for",
  "from",
  "with",
  "by",
  "as",
  "into",
  "onto",
  "upon",
  "about",
  "than",
  "and",
  "or",
  "but",
  "so",
  "then",
  "also",
  "too",
  "just",
  "very",
  "really",
  "even",
  "still",
  "already",
  "simply",
  "ever",
  "actually",
  "certainly",
  "definitely",
  "totally",
  "absolutely",
  "quite",
  "truly",
  "indeed",
  "basically",
  "literally",
  "clearly",
  "obviously",
  "while",
  "whilst",
  "among",
  "amongst",
  "toward",
  "towards",
  "until",
  "till",
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "being",
  "am",
  "s",
  "do",
  "does",
  "did",
  "has",
  "have",
  "had",
  "having",
  "d",
  "which",
  "who",
  "whom",
  "whose",
  "what",
  "oh",
]);

export type WordClass = "negation" | "number" | "pronoun" | "modal" | "function" | "content";

export function wordClass(word: string): WordClass {
  if (NEGATIONS.has(word)) return "negation";
  if (isNumber(word)) return "number";
  if (PRONOUNS.has(word)) return "pronoun";
  if (MODALS.has(word)) return "modal";
  if (FUNCTION_WORDS.has(word)) return "function";
  return "content";
}

/** Function words, pronouns and modals: their presence or absence alone does not change a quotation's meaning. */
export function isGrammatical(word: string): boolean {
  const kind = wordClass(word);
  return kind === "function" || kind === "pronoun" || kind === "modal";
}
