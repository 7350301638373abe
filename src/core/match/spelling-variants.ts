/**
 * Folds British and American spellings of a word onto one key, so "defence" finds "defense" and "organise" finds
 * "organize". Used only for matching keys: the verdict still sees the spelling as written, so a reader is told
 * when an outlet spelled a quoted word differently.
 *
 * Suffix rules cover the regular families (-ise/-ize, -yse/-yze, -our/-or, -ogue/-og); word lists cover the rest.
 * Over-folding is harmless as long as both sides fold the same way and two different words never meet, which is
 * why the rules carry exceptions ("four" must not become "for").
 */

const IRREGULAR: Record<string, string> = {
  defence: "defense",
  defences: "defenses",
  offence: "offense",
  offences: "offenses",
  pretence: "pretense",
  licence: "license",
  licences: "licenses",
  centre: "center",
  centres: "centers",
  centred: "centered",
  theatre: "theater",
  theatres: "theaters",
  metre: "meter",
  metres: "meters",
  kilometre: "kilometer",
  kilometres: "kilometers",
  litre: "liter",
  litres: "liters",
  fibre: "fiber",
  calibre: "caliber",
  sabre: "saber",
  spectre: "specter",
  sombre: "somber",
  meagre: "meager",
  lustre: "luster",
  manoeuvre: "maneuver",
  manoeuvres: "maneuvers",
  grey: "gray",
  programme: "program",
  programmes: "programs",
  cheque: "check",
  cheques: "checks",
  tyre: "tire",
  tyres: "tires",
  aluminium: "aluminum",
  plough: "plow",
  mould: "mold",
  sceptic: "skeptic",
  sceptical: "skeptical",
  scepticism: "skepticism",
  judgement: "judgment",
  judgements: "judgments",
  acknowledgement: "acknowledgment",
  ageing: "aging",
  fulfil: "fulfill",
  enrol: "enroll",
  enrolment: "enrollment",
  instalment: "installment",
  skilful: "skillful",
  wilful: "willful",
  jewellery: "jewelry",
  paediatric: "pediatric",
  encyclopaedia: "encyclopedia",
  anaemia: "anemia",
  anaesthetic: "anesthetic",
  foetus: "fetus",
  oestrogen: "estrogen",
  diarrhoea: "diarrhea",
  haemorrhage: "hemorrhage",
  orthopaedic: "orthopedic",
  storey: "story",
  pyjamas: "pajamas",
  draught: "draft",
  kerb: "curb",
  whilst: "while",
  amongst: "among",
};

/** Verbs whose final l doubles in British spelling before -ed/-ing/-er (travelled/traveled). */
const DOUBLED_L = [
  "travel",
  "cancel",
  "model",
  "label",
  "fuel",
  "counsel",
  "signal",
  "total",
  "level",
  "channel",
  "funnel",
  "tunnel",
  "marvel",
  "quarrel",
  "equal",
  "dial",
  "duel",
  "jewel",
  "pedal",
  "rival",
  "shovel",
  "swivel",
  "unravel",
  "grovel",
  "libel",
  "panel",
  "parcel",
  "pencil",
  "spiral",
  "tranquil",
];

for (const stem of DOUBLED_L) {
  for (const suffix of ["ed", "ing", "er", "ers", "or", "ors", "ous", "ation"])
    IRREGULAR[`${stem}l${suffix}`] = `${stem}${suffix}`;
}

/** Stems before "our" that are not British -our words (devour, contour, detour, ...). */
const OUR_EXCEPTIONS = new Set(["dev", "cont", "det", "vel", "param", "troubad", "sc", "fl", "dr"]);
const OUR_SUFFIXES = /^(.{3,}?)our(s|ed|ing|ite|ites|able|ably|ful|less|ist|ists|er|ers)?$/;
const ISE = /^(.{2,})is(e|es|ed|ing|er|ers|ation|ations|ational)$/;
const YSE = /^(anal|paral|catal|dial|electrol|hydrol)ys(e|es|ed|ing|er|ers)$/;
const OGUE = /^(.{4,})ogue(s)?$/;

/** Words ending in -ise that are not -ise/-ize verbs; folding them would be harmless, keeping them is clearer. */
const ISE_KEEP = new Set(["otherwise", "likewise", "clockwise", "promise", "premise", "precise", "concise"]);

/** The spelling key of a lower-cased word (the word itself when it has no transatlantic variant). */
export function spellingKey(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  if (word.length < 5) return word;
  if (word.includes("is") && !ISE_KEEP.has(word)) {
    const ise = ISE.exec(word);
    if (ise) return `${ise[1]}iz${ise[2]}`;
  }
  if (word.includes("ys")) {
    const yse = YSE.exec(word);
    if (yse) return `${yse[1]}yz${yse[2]}`;
  }
  if (word.includes("our")) {
    const our = OUR_SUFFIXES.exec(word);
    if (our?.[1] && !OUR_EXCEPTIONS.has(our[1])) return `${our[1]}or${our[2] ?? ""}`;
  }
  if (word.endsWith("ogue") || word.endsWith("ogues")) {
    const ogue = OGUE.exec(word);
    if (ogue) return `${ogue[1]}og${ogue[2] ?? ""}`;
  }
  return word;
}
