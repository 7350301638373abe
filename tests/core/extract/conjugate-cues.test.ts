import { describe, expect, it } from "vitest";
import { conjugateCueLemmas } from "../../../src/core/extract/conjugate-cues.js";
import { CUE_FORM_TABLE } from "../../../src/core/extract/cue-forms-table.js";
import { CUE_FORMS } from "../../../src/core/extract/lexicon.js";

describe("reporting-verb forms", () => {
  it("are spelled as English spells them", () => {
    for (const form of ["agreed", "agreeing", "echoes", "said", "replied", "quipped", "snapping", "spoken"]) {
      expect(CUE_FORMS.has(form), form).toBe(true);
    }
    for (const form of ["agreing", "echos", "sayed", "replyed", "snaping", "quiped", "shooted"]) {
      expect(CUE_FORMS.has(form), form).toBe(false);
    }
    expect(CUE_FORMS.get("agreeing")).toBe("agree");
  });

  it("ship as the table the generator produces from the lemmas", () => {
    expect(CUE_FORM_TABLE).toEqual(conjugateCueLemmas());
  });
});
