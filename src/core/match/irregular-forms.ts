/**
 * Irregular forms of common English verbs and nouns, so that "sought" reads as a form of "seek" and "children" of
 * "child". Regular endings are left to the light stemmer (token-similarity.ts).
 */

/** Irregular forms of common verbs and nouns, as base: forms. Regular endings are left to the light stemmer. */
const IRREGULAR_FORMS = `be:am,is,are,was,were,been,being;have:has,had,having;do:does,did,done,doing;go:goes,went,gone;
say:says,said;make:makes,made;take:takes,took,taken;come:comes,came;see:sees,saw,seen;know:knows,knew,known;
get:gets,got,gotten;give:gives,gave,given;find:finds,found;think:thinks,thought;tell:tells,told;become:becomes,became;
leave:leaves,left;feel:feels,felt;bring:brings,brought;begin:begins,began,begun;keep:keeps,kept;hold:holds,held;
write:writes,wrote,written;stand:stands,stood;hear:hears,heard;let:lets;mean:means,meant;meet:meets,met;
run:runs,ran;pay:pays,paid;sit:sits,sat;speak:speaks,spoke,spoken;lead:leads,led;grow:grows,grew,grown;
lose:loses,lost;fall:falls,fell,fallen;send:sends,sent;build:builds,built;understand:understands,understood;
draw:draws,drew,drawn;break:breaks,broke,broken;spend:spends,spent;rise:rises,rose,risen;drive:drives,drove,driven;
buy:buys,bought;wear:wears,wore,worn;choose:chooses,chose,chosen;seek:seeks,sought;throw:throws,threw,thrown;
catch:catches,caught;deal:deals,dealt;win:wins,won;forget:forgets,forgot,forgotten;sell:sells,sold;fight:fights,fought;
teach:teaches,taught;eat:eats,ate,eaten;drink:drinks,drank,drunk;sing:sings,sang,sung;swim:swims,swam,swum;
fly:flies,flew,flown;hide:hides,hid,hidden;shake:shakes,shook,shaken;steal:steals,stole,stolen;
strike:strikes,struck;swear:swears,swore,sworn;tear:tears,tore,torn;wake:wakes,woke,woken;bear:bears,bore,borne;
bite:bites,bit,bitten;ride:rides,rode,ridden;feed:feeds,fed;flee:flees,fled;light:lights,lit;shoot:shoots,shot;
sleep:sleeps,slept;slide:slides,slid;stick:sticks,stuck;sweep:sweeps,swept;weep:weeps,wept;lend:lends,lent;
bend:bends,bent;bind:binds,bound;dig:digs,dug;hang:hangs,hung;lay:lays,laid;lie:lies,lay,lain;
man:men;woman:women;child:children;person:people;foot:feet;tooth:teeth;mouse:mice;life:lives;wife:wives;
knife:knives;half:halves;leaf:leaves;crisis:crises;analysis:analyses;thesis:theses;criterion:criteria;
phenomenon:phenomena;medium:media;datum:data`;

const BASE_FORM = new Map<string, string>();
for (const entry of IRREGULAR_FORMS.split(/;\s*/)) {
  const [base = "", forms = ""] = entry.split(":");
  BASE_FORM.set(base, base);
  for (const form of forms.split(",")) if (!BASE_FORM.has(form)) BASE_FORM.set(form, base);
}

/** Whether two words are forms of one irregular verb or noun ("seek"/"sought", "child"/"children"). */
export function sameIrregularWord(a: string, b: string): boolean {
  const base = BASE_FORM.get(a);
  return base !== undefined && base === BASE_FORM.get(b);
}
