import { describe, expect, it } from "vitest";
import { decodeAction, encodeAction, MAX_BUTTON_VALUE } from "../../../src/front-ends/slack/action-values.js";

describe("button values", () => {
  it("round-trip a verify request with and without a speaker", () => {
    const withSpeaker = { command: "verify", quote: 'He said "no" — twice', speaker: "Mike Pompeo" } as const;
    expect(decodeAction(encodeAction(withSpeaker) ?? "")).toEqual(withSpeaker);
    expect(decodeAction(encodeAction({ command: "verify", quote: "All is well" }) ?? "")).toEqual({
      command: "verify",
      quote: "All is well",
    });
  });

  it("round-trip a page of quotations", () => {
    const request = { command: "quotes", speaker: "Javad Zarif", page: 3 } as const;
    expect(decodeAction(encodeAction(request) ?? "")).toEqual(request);
  });

  it("fit the longest accepted quote and speaker, even when every character would need JSON escaping", () => {
    const value = encodeAction({ command: "verify", quote: '"\\'.repeat(750), speaker: '"'.repeat(200) });
    expect(value).not.toBeNull();
    expect(value?.length).toBeLessThanOrEqual(MAX_BUTTON_VALUE);
    expect(decodeAction(value ?? "")).toEqual({
      command: "verify",
      quote: '"\\'.repeat(750),
      speaker: '"'.repeat(200),
    });
  });

  it("reject values this app did not produce", () => {
    for (const value of [
      "",
      "hello",
      "v1:verify:999:x",
      "v1:verify:5:ab",
      "v1:quotes:x:Zarif",
      "v2:verify:0:hi",
    ]) {
      expect(decodeAction(value)).toBeNull();
    }
  });
});
