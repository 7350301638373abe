import { describe, expect, it } from "vitest";
import { type PolnearDocument, parseAnn } from "../../../eval/polnear/load-polnear.js";
import { speakerExamples } from "../../../eval/train/speaker-examples.js";
import type { Feature } from "../../../src/core/extract/speaker-features.js";

// "she" means Ada Brook, though the nearest Source naming a person before it is Tom Reed.
const BODY = [
  'Mayor Ada Brook opened the new bridge. "It is a fine day," said Councillor Tom Reed.',
  'Brook thanked the builders and the crowd. "We finished early," she said.',
].join("\n");

function attribution(n: number, quote: string, source: string): string {
  const q = BODY.indexOf(quote);
  const s = BODY.indexOf(` ${source}`, q + quote.length) + 1;
  return [
    `T${2 * n}\tContent ${q - 1} ${q + quote.length + 1}\t"${quote}"`,
    `T${2 * n + 1}\tSource ${s} ${s + source.length}\t${source}`,
    `E${n}\tAttribution:T${2 * n} Content:T${2 * n} Source:T${2 * n + 1}`,
  ].join("\n");
}

const DOC: PolnearDocument = {
  article: {
    id: "synthetic_bridge",
    file: "synthetic_bridge.txt",
    body: BODY,
    format: "text",
    punctuated: true,
  },
  attributions: parseAnn(
    [
      attribution(1, "It is a fine day,", "Councillor Tom Reed"),
      attribution(2, "We finished early,", "she"),
    ].join("\n"),
  ),
};

const SHE_AT = BODY.indexOf(" she said") + 1;
const RULES = new Map<Feature, number>([["rule", 10]]);

/** The names the last example (for "We finished early", when one is made) marks right. */
function labelled(referents?: ReadonlyMap<number, string | null>): string[] | undefined {
  const last = speakerExamples(DOC, RULES, referents).at(-1);
  return last?.positives.map((i) => last.candidates[i]!.speaker?.name ?? "nobody");
}

describe("speaker training examples", () => {
  it("label a pronoun quotation with its hand-resolved referent, not the nearest named Source", () => {
    expect(labelled(new Map([[SHE_AT, "Ada Brook"]]))).toEqual(["Ada Brook"]);
    expect(labelled()).not.toEqual(["Ada Brook"]);
  });

  it("teach 'nobody' where the referent could not be determined", () => {
    expect(labelled(new Map([[SHE_AT, null]]))).toEqual(["nobody"]);
  });
});
