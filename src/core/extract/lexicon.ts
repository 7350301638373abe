/**
 * Word lists the extractor reasons with: reporting verbs, titles, pronouns, organisation heads and the small
 * function words that end a noun phrase. Kept as sets so that each lookup is O(1) per token on large corpora.
 */
import { CUE_FORM_TABLE } from "./cue-forms-table.js";

/** A set of the words in a whitespace-separated list. */
export function words(list: string): Set<string> {
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
  label:labeled,labelled,labeling,labelling dub term brand criticize criticise decry hail tout:touted,touting chide:chided,chiding
  scoff sneer plead:pleaded,pled,pleading beg implore instruct inform assure reassure tease muse wonder preach begin
  sing cite refer blame question denounce condemn quote credit portray echo bemoan bark imply reveal confess
  highlight boom rail email retweet:retweeted,retweeting recite reprise mention express characterize characterise
  ridicule lambaste assail scold:scolded,scolding gush rave marvel:marveled,marvelled,marveling,marvelling rip:ripped,ripping pronounce
  summarize summarise shoot fire put point beam fume seethe snap:snapped,snapping growl grumble sigh laugh chuckle
  gasp cheer rage thunder sniff huff coo:cooed,cooing purr:purred,purring gripe grouse whine moan groan find`;

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
  quote quotes express expresses mention mentions rip rips boom booms bark barks snap snaps cheer cheers rage brand brands
  rages thunder sniff huff laugh laughs sigh sighs beam beams find finds found finding`);

/** Whether the lowercased words hold a reporting verb that reports speech wherever it stands ("added", "said"). */
export function hasStrongCue(lowered: readonly string[]): boolean {
  return lowered.some((w) => CUE_FORMS.has(w) && !WEAK_CUE_FORMS.has(w));
}

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

/**
 * Courtesy titles written only before a surname: the word after one is a name even when it is also a role
 * ("Ms King", "Dr Judge"), though not in address ("Mr President").
 */
export const SURNAME_HONORIFICS: ReadonlySet<string> = words("mr mrs ms miss mx dr");
export const ADDRESSED_ROLES: ReadonlySet<string> = words("president speaker chairman chairwoman chair");

/** Titles that tell a name's gender. */
export const GENDERED_TITLES: ReadonlyMap<string, "male" | "female"> = new Map([
  ...[
    ...words("mr sir lord king prince congressman chairman spokesman baron father assemblyman councilman"),
  ].map((w) => [w, "male"] as const),
  ...[...words("mrs ms miss dame lady queen princess congresswoman chairwoman spokeswoman baroness")].map(
    (w) => [w, "female"] as const,
  ),
]);

/**
 * First names the tagger's lexicon lists without a gender, or not at all, since they are also common words ("bill",
 * "jack", "grace"): their gender, for a name that opens with one ("Bill Clinton … he"). Names given to both
 * ("Pat", "Lee", "Sandy") are left out.
 */
export const WORD_FIRST_NAMES: ReadonlyMap<string, "male" | "female"> = new Map([
  ...[
    ...words(`bill bob jack rob nick dick will mark frank grant rich chuck gene lance guy ray jay newt mitt rand
    jeb al art cliff drew herb max miles reed rusty wade woody arsene thierry ruud des`),
  ].map((w) => [w, "male"] as const),
  ...[...words("sue june hope faith grace joy rose holly ruby dawn hazel jacqui")].map(
    (w) => [w, "female"] as const,
  ),
]);

/** Lowercase words that may sit inside a personal name: "Osama bin Laden", "Charles de Gaulle". */
export const NAME_PARTICLES: ReadonlySet<string> = words(
  "bin ibn al el de da di del della van von der den du la le dos das",
);

/**
 * Common nouns that end a body's name and no person's, even after a first name: "Christian Aid", "Age Concern",
 * "Human Rights Watch", "Farm Action".
 */
export const ORGANISATION_ENDINGS: ReadonlySet<string> = words("concern aid action watch");

/**
 * Nouns for a business or an association, which a bare trading name ("Brontex", "Kelvar Haulage") is an instance
 * of: "the firm" may stand for either. Other organisation nouns ("the ministry", "the committee") stand only for
 * an organisation named with that word.
 */
export const BUSINESS_NOUNS: ReadonlySet<string> = words(
  "company firm group bank club union business organisation organization charity",
);

/** Head words that make a capitalised phrase an organisation rather than a person. */
export const ORG_WORDS: ReadonlySet<string> = new Set([
  ...words(`house pentagon kremlin guards guard department ministry
  agency council committee commission campaign party army navy corps force forces times post news network
  journal institute university college association union court congress senate parliament government
  administration office foundation bank inc corp company group reuters press bureau service board authority
  organization organisation federation league coalition alliance fund center centre club church police
  republicans democrats caucus movement media magazine tribune herald telegraph guardian gazette radio tv
  television channel fbi cia nato un eu cnn nbc abc cbs bbc msnbc ap afp gop dnc rnc pac team cabinet city
  county trust society industries holdings ltd plc llc fc afc rfc airlines motors school academy hospital museum airport
  station stadium arena hotel restaurant market convention conference summit confederation
  consortium twitter facebook instagram youtube google tories tory labour
  conservatives liberals dems nationalists greens unionists socialists`),
  ...ORGANISATION_ENDINGS,
]);

/** First words of place names that look like personal names: "South Carolina", "New Hampshire", "St. Louis". */
export const PLACE_STARTERS: ReadonlySet<string> =
  words(`north south east west northern southern eastern western new
  upper lower saint st fort port lake mount mt san santa los las`);

/** Days, months, time zones ("1300 GMT") and other time words: capitalised, they still are not speakers. */
export const TIME_WORDS: ReadonlySet<string> = words(`monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december jan feb mar apr jun
  jul aug sep sept oct nov dec today yesterday tomorrow tonight morning afternoon evening night week weekend
  month year earlier later last next late early afterwards afterward gmt bst utc cet cest est edt cst cdt mst mdt pst
  pdt`);

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
