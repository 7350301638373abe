/**
 * Conjugates the reporting-verb lemmas with compromise into the table cue-forms-table.ts ships. The table is
 * generated rather than computed at start-up because compromise takes about half a second to load, which a
 * start from the corpus cache never needs; a test checks the shipped table is what this produces.
 */
import { createRequire } from "node:module";
import { CUE_LEMMAS } from "./lexicon.js";

type Conjugation = Partial<Record<"PastTense" | "PresentTense" | "Gerund" | "Participle", string>>;

interface Compromise {
  methods(): { two: { transform: { verb: { conjugate(verb: string, model: unknown): Conjugation } } } };
  model(): unknown;
}

/** One line per lemma: the lemma, then its other forms, each once, in the order first produced. */
export function conjugateCueLemmas(): string[] {
  const nlp = createRequire(import.meta.url)("compromise/two") as Compromise;
  const conjugate = nlp.methods().two.transform.verb.conjugate;
  const model = nlp.model();
  return CUE_LEMMAS.trim()
    .split(/\s+/)
    .map((entry) => {
      const [lemma = "", listed = ""] = entry.split(":");
      const forms = conjugate(lemma, model);
      const own = listed ? listed.split(",") : [forms.PastTense, forms.Gerund, forms.Participle];
      const all = [forms.PresentTense, ...own].filter((f): f is string => Boolean(f) && f !== lemma);
      return [lemma, ...new Set(all)].join(" ");
    });
}
