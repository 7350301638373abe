/**
 * Whether a phrase in quotation marks after a naming verb ("called", "dubbed") or a naming noun ("the term") is
 * somebody's words or a thing's name. "Mitt Romney called it “our first foe”", "what one Latino conservative has
 * dubbed “the yuca primary”" and "she refused to use the term “superpredator”" report words a speaker used; "a
 * website called “…”", "what had been called “…”" and "the so called “…”" give a thing its name.
 */

/** Naming verbs that, with a speaker as their subject, quote the speaker's words. */
export const SPEAKING_NAMERS: ReadonlySet<string> = new Set([
  "called",
  "calls",
  "call",
  "dubbed",
  "dubs",
  "termed",
  "labeled",
  "labelled",
  "branded",
  "brands",
]);
/** Words between a subject and its verb that leave the verb finite: "has long called", "once dubbed". */
const AUXILIARIES = new Set(["has", "have", "had", "'s", "’s"]);
const ADVERBS = new Set(
  `also once long repeatedly often later then previously recently even just publicly privately famously
  derisively mockingly memorably since already first`.split(/\s+/),
);
/** A passive naming ("what had been called “…”", "is called “…”") names a thing and quotes nobody. */
const PASSIVE = new Set(["been", "being", "be", "is", "was", "are", "were"]);
const SUBJECT_PRONOUNS = /^(?:he|she|they|we|i|you)$/i;
const DETERMINERS = /^(?:the|a|an|this|that|these|those|its|their|his|her|our|my|very|new|so)$/i;
/** Words that open the clause whose subject names the thing: "what X called", "that X, for one, called". */
const CLAUSE_OPENERS = /^(?:what|that|which|who|whom|and|but|as|while|when)$/i;
/** Words that make the verb something other than naming: "called for", "called on", "called off". */
const NOT_AN_OBJECT = /^(?:for|on|off|up|in|out|into|upon|to|back|by|at|it)$/i;
/** At most this many words of object between verb and mark: "he called his opponent “Senator Cruz”". */
export const MAX_OBJECT_WORDS = 3;
/** A subject with its aside ("Bay Buchanan, national treasurer for …, called") fits in this many words. */
const MAX_CLAUSE_WORDS = 16;

/** Words of the sentence before `at`, as written, nearest last. */
function sentenceWords(body: string, at: number): string[] {
  const window = body.slice(Math.max(0, at - 160), at);
  // A period after an abbreviation ("Sen.") cuts the window short, which only costs a subject before it.
  const start = Math.max(...[...'.!?\n“”"'].map((c) => window.lastIndexOf(c))) + 1;
  return window
    .slice(start)
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
}

function bareWord(word: string): string {
  return word.replace(/^[^\p{L}]+|[^\p{L}'’-]+$/gu, "");
}

function isNameOrPronoun(word: string): boolean {
  const bare = bareWord(word);
  if (SUBJECT_PRONOUNS.test(bare)) return true;
  return /^\p{Lu}\p{Ll}/u.test(bare) && !DETERMINERS.test(bare) && !CLAUSE_OPENERS.test(bare);
}

/** Index of the word before `verb` that heads its subject, past adverbs and, when finite, an auxiliary. */
function subjectEnd(words: readonly string[], verb: number): { at: number; finite: boolean } {
  let at = verb - 1;
  let finite = false;
  while (at >= 0) {
    const w = bareWord(words[at]!).toLowerCase();
    if (PASSIVE.has(w)) return { at: -1, finite };
    if (AUXILIARIES.has(w)) finite = true;
    else if (!ADVERBS.has(w)) break;
    at--;
  }
  return { at, finite };
}

/** "Rush Limbaugh, for one, called": past an aside closed by a comma, to the word before it opened. */
function pastAside(words: readonly string[], at: number): number {
  if (!words[at]?.endsWith(",")) return at;
  for (let i = at - 1; i >= Math.max(0, at - MAX_CLAUSE_WORDS); i--) if (words[i]!.endsWith(",")) return i;
  return at;
}

/** A person's name is a few words, each capitalised: "Ruth Amadi", "Mary Ann O'Neill". */
const MAX_NAME_WORDS = 4;

/** "the former treasurer, Ruth Amadi, called": the aside is the subject's name. */
function isNameInApposition(aside: readonly string[]): boolean {
  return aside.length > 0 && aside.length <= MAX_NAME_WORDS && aside.every(isNameOrPronoun);
}

/**
 * Whether the quotation opening at `at` follows a naming verb whose subject is a person or he/she/they ("Trump
 * called Rubio “Little Marco”", "what Bay Buchanan, …, called “…”", "what one Latino conservative has dubbed “…”").
 */
export function namedBySpeaker(body: string, at: number): boolean {
  const words = sentenceWords(body, at);
  let verb = -1;
  for (let i = words.length - 1; i >= Math.max(0, words.length - 1 - MAX_OBJECT_WORDS); i--) {
    const w = bareWord(words[i]!).toLowerCase();
    if (SPEAKING_NAMERS.has(w)) {
      verb = i;
      break;
    }
    if (NOT_AN_OBJECT.test(w) || /[,;:]$/.test(words[i]!)) return false;
  }
  if (verb < 0 || (verb > 0 && bareWord(words[verb - 1]!).toLowerCase() === "so")) return false;
  const { at: end, finite } = subjectEnd(words, verb);
  if (end < 0) return false;
  const head = pastAside(words, end);
  if (head !== end && head >= 0 && isNameOrPronoun(words[head]!)) return true;
  if (head !== end && isNameInApposition(words.slice(head + 1, end + 1))) return true;
  if (isNameOrPronoun(words[end]!) && !words[end]!.endsWith(",")) return true;
  if (!finite) return false;
  // "what one Latino conservative has dubbed": a finite verb whose subject, back to the clause's opener, names.
  for (let i = end; i >= Math.max(0, end - MAX_CLAUSE_WORDS) && !CLAUSE_OPENERS.test(words[i]!); i--)
    if (i > 0 && isNameOrPronoun(words[i]!)) return true;
  return false;
}

/** Verbs that use a term rather than name it: "refused to use the term “…”", "prefer the phrase “…”". */
const USING_VERBS = new Set(
  `use uses used using utter utters uttered uttering say says said saying prefer prefers preferred like liked
  coin coins coined repeat repeats repeated invoke invoked invoking avoid avoided avoiding adopt adopted embrace
  embraced reject rejected`.split(/\s+/),
);

/** "using the term “…”", "his use of the phrase “…”": a term somebody used, which quotes them. */
export function termInUse(wordsBefore: readonly string[]): boolean {
  if (!/^(?:the|that|this)$/.test(wordsBefore.at(-2) ?? "")) return false;
  const verb = wordsBefore.at(-3) ?? "";
  return USING_VERBS.has(verb) || (verb === "of" && wordsBefore.at(-4) === "use");
}
