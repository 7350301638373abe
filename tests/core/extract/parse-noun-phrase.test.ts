import { describe, expect, it } from "vitest";
import { parseNounPhrase } from "../../../src/core/extract/mentions.js";
import { tokenize } from "../../../src/core/extract/tokens.js";

describe("parseNounPhrase", () => {
  it("reads a phrase written again elsewhere the same way, at its own offsets", () => {
    const body = "Prime Minister Tony Blair spoke. Later, Prime Minister Tony Blair left.";
    const tokens = tokenize(body, 0, body.length, []);
    const at = (from: number) => tokens.slice(from, from + 4);
    const second = tokens.findIndex((t, i) => i > 0 && t.text === "Prime");
    const [a, b] = [parseNounPhrase(at(0), body), parseNounPhrase(at(second), body)];
    expect(a).toMatchObject({ kind: "person", name: "Tony Blair", start: 0 });
    expect(b).toMatchObject({ kind: "person", name: "Tony Blair", start: body.lastIndexOf("Prime") });
    expect(b?.end).toBe(body.lastIndexOf("Blair") + "Blair".length);
    expect({ ...b, start: 0, end: 0 }).toEqual({ ...a, start: 0, end: 0 });
  });
});
