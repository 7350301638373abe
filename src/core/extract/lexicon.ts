/**
 * Word lists the extractor reasons with: reporting verbs, titles, pronouns, organisation heads and the small
 * function words that end a noun phrase. Kept as sets so that each lookup is O(1) per token on large corpora.
 */
import { createRequire } from "node:module";
import { CUE_FORM_TABLE } from "./cue-forms-table.js";

function words(list: string): Set<string> {
  return new Set(list.trim().split(/\s+/));
}

/**
 * Reporting verbs by lemma. compromise conjugates them (see conjugate-cues.ts); a lemma it conjugates wrongly
 * ("quip" → past "quip", "snap" → "snaping") lists its forms after a colon, and those replace its past and -ing forms.
 */
export const CUE_LEMMAS = `say tell write speak add announce declare explain state note argue claim insist warn ask
  answer reply respond continue recall acknowledge admit assert contend suggest predict promise vow pledge call
  describe urge complain joke quip:quipped,quipping boast shout yell scream whisper mutter remark observe comment
  conclude concede confirm deny emphasize emphasise stress report testify tweet:tweeted,tweeting post mock blast
  slam:slammed,slamming charge accuse praise thank exclaim cry chant read proclaim maintain allege caution counter
  retort interject demand agree threaten brag lament recount reiterate dismiss
  label:labeled,labelled,labeling,labelling dub term criticize criticise decry hail tout:touted,touting chide:chided,chiding
  scoff sneer plead:pleaded,pled,pleading beg implore instruct inform assure reassure tease muse wonder preach begin
  sing cite refer blame question denounce condemn quote credit portray echo bemoan bark imply reveal confess
  highlight boom rail email retweet:retweeted,retweeting recite reprise mention express characterize characterise
  ridicule lambaste assail scold:scolded,scolding gush rave marvel:marveled,marvelled,marveling,marvelling rip:ripped,ripping pronounce
  summarize summarise shoot fire put point beam fume seethe snap:snapped,snapping growl grumble sigh laugh chuckle
  gasp cheer rage thunder sniff huff coo:cooed,cooing purr:purred,purring gripe grouse whine moan groan`;

/** Lemmas that report speech only with a particular next word: "shot back", "pointed out", "put it". */
export const CUE_PARTICLE: ReadonlyMap<string, string> = new Map([
  ["shoot", "back"],
  ["fire", "back"],
  ["point", "out"],
  ["refer", "to"],
  ["put", "it"],
]);

/** Every reporting-verb form → its lemma, from the table conjugate-cues.ts generates. */
export const CUE_FORMS: ReadonlyMap<string, string> = new Map(
  CUE_FORM_TABLE.flatMap((line) => {
    const [lemma = "", ...forms] = line.split(" ");
    return [lemma, ...forms].map((form) => [form, lemma] as const);
  }),
);

/**
 * Lemmas whose past tense is written as the lemma ("read", "put"): their table lists only the -s and -ing forms.
 * Such a form after a singular subject may be a past tense, so agreement cannot tell it from a noun.
 */
export const PAST_AS_LEMMA: ReadonlySet<string> = new Set(
  CUE_FORM_TABLE.map((line) => line.split(" ")).flatMap((forms) => (forms.length <= 3 ? [forms[0]!] : [])),
);

/** Cue forms that are more often something else ("the state", "a post"); they need a subject next to them. */
export const WEAK_CUE_FORMS: ReadonlySet<string> = words(`state states post posts read reads counter report
  reports charge charges comment comments answer answers call calls term terms label labels continue continues
  begin began begins begun note notes sing sings sang sung wonder muse tweet tweets promise promises pledge
  pledges vow vows demand demands cry agree question questions credit credits echo echoes rail rails email emails
  quote quotes express expresses mention mentions rip rips boom booms bark barks snap snaps cheer cheers rage
  rages thunder sniff huff laugh laughs sigh sighs beam beams`);

export type PronounClass = "male" | "female" | "plural" | "self" | "neuter";

export const PRONOUNS: ReadonlyMap<string, PronounClass> = new Map<string, PronounClass>([
  ["he", "male"],
  ["she", "female"],
  ["they", "plural"],
  ["i", "self"],
  ["we", "self"],
  ["it", "neuter"],
  ["you", "self"],
]);

export const RELATIVE_PRONOUNS: ReadonlySet<string> = words("who which that whom");

/** Title words (lowercase, no final period): stripped from names, and used to find names in lowercase text. */
export const TITLE_WORDS: ReadonlySet<string> =
  words(`president vice sen senator rep representative congressman
  congresswoman gov governor lt mayor gen general col colonel maj major capt captain adm admiral sgt sergeant
  cmdr commander brig brigadier marine secretary minister foreign prime defense defence interior finance supreme
  leader ayatollah chancellor king queen prince princess dr doctor mr mrs ms miss mx judge justice chief speaker
  sheikh pope rev reverend father chairman chairwoman chair commissioner ambassador director attorney sir dame
  lord lady baroness baron prof professor mp mep deputy former acting presidential candidate nominee hopeful emir
  sultan premier officer detective inspector sheriff coach pastor bishop cardinal rabbi imam councillor
  councilman councilwoman alderman assemblyman assemblywoman lawmaker senior spokesman spokeswoman
  spokesperson majority minority whip democrat republican democratic gop first ex state`);

/** Title words that qualify another title rather than name a role: "Vice", "Foreign", "Democratic". */
export const TITLE_MODIFIERS: ReadonlySet<string> = words(`vice foreign prime defense defence interior finance
  supreme former acting presidential senior majority minority democrat republican democratic gop first ex state
  deputy chief marine lt brig`);

/** Honorifics, which state a gender outright; role words such as "spokesman" are also used for women. */
export const HONORIFICS: ReadonlySet<string> = words(
  "mr mrs ms miss sir lord lady king queen prince princess dame baron baroness father",
);

/** Titles that tell a name's gender. */
export const GENDERED_TITLES: ReadonlyMap<string, "male" | "female"> = new Map([
  ...[
    ...words("mr sir lord king prince congressman chairman spokesman baron father assemblyman councilman"),
  ].map((w) => [w, "male"] as const),
  ...[...words("mrs ms miss dame lady queen princess congresswoman chairwoman spokeswoman baroness")].map(
    (w) => [w, "female"] as const,
  ),
]);

/** Lowercase words that may sit inside a personal name: "Osama bin Laden", "Charles de Gaulle". */
export const NAME_PARTICLES: ReadonlySet<string> = words(
  "bin ibn al el de da di del della van von der den du la le dos das",
);

/** Head words that make a capitalised phrase an organisation rather than a person. */
export const ORG_WORDS: ReadonlySet<string> = words(`house pentagon kremlin guards guard department ministry
  agency council committee commission campaign party army navy corps force forces times post news network
  journal institute university college association union court congress senate parliament government
  administration office foundation bank inc corp company group reuters press bureau service board authority
  organization organisation federation league coalition alliance fund center centre club church police
  republicans democrats caucus movement media magazine tribune herald telegraph guardian gazette radio tv
  television channel fbi cia nato un eu cnn nbc abc cbs bbc msnbc ap afp gop dnc rnc pac team cabinet city
  county trust society industries holdings ltd plc llc airlines motors school academy hospital museum airport
  station stadium arena hotel restaurant market convention conference summit twitter facebook instagram youtube google tories tory labour
  conservatives liberals dems nationalists greens unionists socialists`);

/** First words of place names that look like personal names: "South Carolina", "New Hampshire", "St. Louis". */
export const PLACE_STARTERS: ReadonlySet<string> =
  words(`north south east west northern southern eastern western new
  upper lower saint st fort port lake mount mt san santa los las`);

/** Days, months and other time words: capitalised, they still are not speakers. */
export const TIME_WORDS: ReadonlySet<string> = words(`monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december jan feb mar apr jun
  jul aug sep sept oct nov dec today yesterday tomorrow tonight morning afternoon evening night week weekend
  month year earlier later last next late early`);

export const DETERMINERS: ReadonlySet<string> = words(`a an the this that these those one another some several
  many two three four few most all each every his her its their our my your no other both`);

export const PREPOSITIONS: ReadonlySet<string> =
  words(`in on at to from by with for about against into onto over
  under after before during since until through between among amid without within via like as than toward
  towards upon across behind despite per near of`);

export const CONJUNCTIONS: ReadonlySet<string> = words(`and but or nor so yet because although though while
  whereas if unless when where whether once as then also still even however meanwhile`);

/** Auxiliaries, modals and adverbs allowed between a subject and its reporting verb: "Trump has repeatedly said". */
export const VERB_PADDING: ReadonlySet<string> =
  words(`has have had is was were are will would could can should
  may might must did does do also later then once again further previously recently often always never not just
  even still already ultimately initially first finally simply only been being be reportedly`);

/** Verbs and other words that end a noun phrase when scanning for a subject. */
export const NON_NOUN_WORDS: ReadonlySet<string> =
  words(`is was are were be been being has have had do does did
  will would could can should may might must not who which whom whose what there here to said says`);

type Lexicon = Record<string, string | string[]>;

/**
 * compromise's hand-built lexicon (first names with gender, countries, demonyms, honorifics), as a Map. Loaded on
 * first use: compromise takes about half a second to load, which a start from the corpus cache never needs.
 */
let loadedTags: ReadonlyMap<string, readonly string[]> | undefined;
const NO_TAGS: readonly string[] = [];

interface Compromise {
  (text: string): { json(): unknown };
  model(): { one: { lexicon: Lexicon } };
}

function compromise(): Compromise {
  return createRequire(import.meta.url)("compromise/two") as Compromise;
}

function lexiconTags(): ReadonlyMap<string, readonly string[]> {
  if (!loadedTags) {
    const nlp = compromise();
    loadedTags = new Map(
      Object.entries(nlp.model().one.lexicon).map(([word, t]) => [word, Array.isArray(t) ? t : [t]]),
    );
  }
  return loadedTags;
}

function tagsOf(word: string): readonly string[] {
  const lexicon = lexiconTags();
  return lexicon.get(word) ?? lexicon.get(word.toLowerCase()) ?? NO_TAGS;
}

/** Roles a headline or sports report writes before a name: "Boss Henk Vos", "Striker Ian Dale". */
const ROLES_BEFORE_NAMES = words(`boss manager striker skipper captain keeper goalkeeper winger midfielder
  defender forward coach chancellor minister chief star ace veteran champion rookie`);

/**
 * A capitalised word before a surname that describes rather than names: a role ("Boss", "Striker") or a word
 * the lexicon knows as an adjective, a participle or a person noun ("Angry", "Relieved", "Veteran"), or a
 * descriptive compound ("Coffee-loving").
 */
export function describesRatherThanNames(word: string): boolean {
  const lower = word.toLowerCase();
  // "Coffee-loving", "London-based": a compound ending in a lowercase part ("Jean-Pierre" capitalises both).
  if (ROLES_BEFORE_NAMES.has(lower) || /^\p{Lu}[\p{L}-]*-\p{Ll}+$/u.test(word)) return true;
  const tags = tagsOf(word);
  if (tags.some((t) => NAME_TAGS.test(t))) return false;
  return tags.some(
    (t) => t === "Actor" || t === "Adjective" || t === "Gerund" || (t === "PastTense" && /ed$/.test(lower)),
  );
}

const taggedDescriptive = new Map<string, boolean>();

/**
 * Whether compromise's tagger reads a word the lexicon does not know as an adjective or participle ("Fuming",
 * "Classy", "Dogged"). It guesses from endings, so "Hamish" and "Kirsty" read as adjectives too: callers ask
 * only where a name is unlikely to start, as in a headline. Slow per word, so each word is tagged once.
 */
export function isTaggedDescriptive(word: string): boolean {
  const lower = word.toLowerCase();
  if (isKnownFirstName(word)) return false;
  if (tagsOf(word).length > 0) return describesRatherThanNames(word);
  let descriptive = taggedDescriptive.get(lower);
  if (descriptive === undefined) {
    const tagged = compromise()(lower).json() as Array<{ terms: Array<{ tags: string[] }> }>;
    const tags = tagged[0]?.terms[0]?.tags ?? [];
    descriptive = tags.some((t) => t === "Adjective" || t === "Gerund" || t === "PastTense");
    taggedDescriptive.set(lower, descriptive);
  }
  return descriptive;
}

/** Gender a first name suggests; null when unknown or used for both. */
export function firstNameGender(word: string): "male" | "female" | null {
  const tags = tagsOf(word);
  const male = tags.includes("MaleName");
  const female = tags.includes("FemaleName");
  if (male === female) return null;
  return male ? "male" : "female";
}

export function isKnownFirstName(word: string): boolean {
  return tagsOf(word).some((t) => t === "MaleName" || t === "FemaleName" || t === "FirstName");
}

/** Countries, demonyms and places: capitalised words that are never a person's name on their own. */
export function isPlaceWord(word: string): boolean {
  if (/^(?:u\.s|u\.s\.a|u\.k)\.?$/i.test(word)) return true;
  return tagsOf(word).some(
    (t) => t === "Country" || t === "Demonym" || t === "City" || t === "Region" || t === "Place",
  );
}

/** Nationality nouns the lexicon does not file as demonyms: "the Frenchman", "the Scot". */
const NATIONALITY_NOUNS = words(`frenchman frenchwoman welshman welshwoman scotsman scotswoman dutchman
  dutchwoman scot briton serb croat kiwi pole finn`);

/** A singular nationality noun, which with "the" stands for a person: "the Australian", "the Frenchman". */
export function isNationalityNoun(word: string): boolean {
  const lower = word.toLowerCase();
  if (NATIONALITY_NOUNS.has(lower)) return true;
  const tags = tagsOf(lower);
  return tags.includes("Demonym") && !tags.includes("Plural");
}

export function isOrganisationWord(word: string): boolean {
  return tagsOf(word).includes("Organization");
}

const COMMON_TAGS = new Set(["Plural", "Singular", "Actor", "Noun", "Uncountable"]);

/** A capitalised sentence-initial word that is really a common noun ("Officials said"). */
export function isCommonWord(word: string): boolean {
  const tags = tagsOf(word);
  if (tags.some((t) => /Name|Person|Country|City|Region|Place|Organization|Demonym/.test(t))) return false;
  if (tags.some((t) => COMMON_TAGS.has(t))) return true;
  return tags.length === 0 && /^\p{Lu}\p{Ll}+(?:ers|ists|ians|ants|ents|ors|ees|ials|ives)$/u.test(word);
}

const NAME_TAGS = /Name|Person|Country|City|Region|Place|Organization|ProperNoun/;

/** A lone capitalised word that may be a name: unknown to the lexicon, or known as a name. */
export function isLikelyNameWord(word: string): boolean {
  const tags = tagsOf(word.replace(/['’]s?$/u, ""));
  if (tags.length === 0) return !isSentenceAdverb(word);
  return tags.some((t) => NAME_TAGS.test(t));
}

/** Adjective endings the lexicon does not always list: "hopeful", "eventual", "ironic". */
const ADJECTIVE_ENDING = /\p{L}{3}(?:ful|al|ic|ous|ive|ent|ant|ar|ate|less|ible|able)$/u;

/** "Afterwards", "Nonetheless": adverbs that open sentences and that the lexicon does not list. */
const CONNECTIVE_ADVERBS = words(`afterwards afterward nonetheless thereafter therefore elsewhere meantime
  beforehand henceforth hitherto likewise otherwise thereby whereupon backwards forwards onwards upwards`);

/**
 * A capitalised word opening a sentence that is an adverb the lexicon does not list: "Shortly", "Initially",
 * "Hopefully" are an adjective plus -ly, while "Reilly", "Connolly" and "Daly" are not, and stay names.
 */
function isSentenceAdverb(word: string): boolean {
  const lower = word.toLowerCase();
  if (CONNECTIVE_ADVERBS.has(lower)) return true;
  if (!/^\p{L}{2,}ly$/u.test(lower) || isKnownFirstName(word)) return false;
  if (/\p{L}{3}(?:edly|ingly)$/u.test(lower)) return true; // reportedly, accordingly
  const stems = [
    lower.slice(0, -2), // short-ly
    lower.replace(/ily$/, "y"), // happ-ily
    lower.replace(/ly$/, "le"), // notab-ly
    lower.replace(/ally$/, ""), // ironic-ally
  ].flatMap((stem) => [stem, stem.replace(/^un/, "")]); // unfortunate-ly
  return stems.some(
    (stem) => stem.length > 2 && (tagsOf(stem).includes("Adjective") || ADJECTIVE_ENDING.test(stem)),
  );
}

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

/** Role nouns the lexicon files as adjectives ("official", "expert"). */
const ROLE_NOUNS = words(`official expert representative executive democrat republican independent liberal
  conservative moderate progressive spokesperson principal`);

const VERB_FORM_TAGS = new Set(["PastTense", "PresentTense", "Gerund", "Copula", "Modal", "Infinitive"]);

/** A lowercase verb form (not a noun that can also be a verb): "made", "says", "is". */
export function isVerbForm(word: string): boolean {
  const tags = tagsOf(word);
  return (
    !ROLE_NOUNS.has(word) &&
    tags.length > 0 &&
    tags.every((t) => VERB_FORM_TAGS.has(t) || t === "PhrasalVerb")
  );
}

/** A conjugated verb ("said", "has", "went"), not a base form that doubles as a noun ("park", "bush"). */
export function isFiniteVerb(word: string): boolean {
  // "wasn't", "doesn't", "can't", "won't"
  const negated = /^(.+)n['’]t$/u.exec(word)?.[1];
  const base = negated === "ca" ? "can" : negated === "wo" ? "will" : (negated ?? word);
  return tagsOf(base).some(
    (t) => t === "PastTense" || t === "PresentTense" || t === "Copula" || t === "Modal" || t === "Gerund",
  );
}

/** "will", "may", "can": with a capital, also a surname ("George Will"). */
export function isModal(word: string): boolean {
  return tagsOf(word).includes("Modal");
}

/** A verb's bare form ("disprove", "state"): after "to" it is an infinitive, not a noun. */
export function isInfinitive(word: string): boolean {
  return tagsOf(word).includes("Infinitive");
}

/** A number written as a word ("six", "dozens") or in digits: a noun phrase it opens is plural. */
export function isCardinal(word: string): boolean {
  return /^\d/.test(word) || tagsOf(word).includes("Cardinal");
}

/** A lowercase word that cannot sit inside a speaking noun phrase: a verb form or an adverb. */
export function isVerbLike(word: string): boolean {
  return !ROLE_NOUNS.has(word) && tagsOf(word).some((t) => VERB_TAGS.has(t));
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

/** A lowercase word that can head a description of a speaker: a person, group or document noun, or a plural. */
export function isNounHead(word: string): boolean {
  if (AGENT_NOUNS.has(word) || ROLE_NOUNS.has(word)) return true;
  const singular = word.replace(/(?:ies)$/, "y").replace(/(?:es|s)$/, "");
  if (AGENT_NOUNS.has(singular) || AGENT_NOUNS.has(word.replace(/s$/, ""))) return true;
  if (/(?:ous|ive|ic|ical|able|ible|ful|less|ly|ed|ing)$/.test(word)) return false;
  const tags = tagsOf(word);
  if (tags.some((t) => VERB_TAGS.has(t) || t === "Adjective" || t === "Comparative" || t === "Superlative"))
    return false;
  return tags.includes("Actor") || /(?:er|or|ist|ian|man|woman|person|ee|eer|s)$/.test(word);
}
