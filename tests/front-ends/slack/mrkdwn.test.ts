import { describe, expect, it } from "vitest";
import { text } from "../../../commands/index.js";
import { blockQuote, escapeTruncated, runToMrkdwn, truncate } from "../../../src/front-ends/slack/mrkdwn.js";

describe("mrkdwn", () => {
  it("keeps spaces outside style markers so Slack applies them", () => {
    expect(runToMrkdwn([text("did "), text("not seek ", "added"), text("war")])).toBe("did *not seek* war");
  });

  it("separates a marker from an adjacent letter with a zero-width space", () => {
    expect(runToMrkdwn([text("self"), text("-", "removed"), text("defence")])).toBe(
      "self\u200b~-~\u200bdefence",
    );
    expect(runToMrkdwn([text("self"), text("defence", "removed")])).toBe("self\u200b~defence~");
  });

  it("separates two adjacent differently marked words", () => {
    expect(
      runToMrkdwn([text("in self "), text("defense", "added"), text("defence", "removed"), text(".")]),
    ).toBe("in self *defense* ~defence~.");
  });

  it("replaces a marker character inside a styled span with a look-alike", () => {
    expect(runToMrkdwn([text("5*3", "bold")])).toBe("*5∗3*");
  });

  it("cuts a long run without breaking markup or entities", () => {
    const out = runToMrkdwn([text("a & b ".repeat(50), "italic")], 40);
    expect(out.length).toBeLessThanOrEqual(40);
    expect(out).toMatch(/^_.*_…$/);
    expect(out).not.toMatch(/&(?!amp;)/);
    expect(escapeTruncated("<<<<<<<<", 10)).toBe("&lt;&lt;…");
  });

  it("never splits a surrogate pair", () => {
    expect(truncate("ab😀cd", 4)).toBe("ab…");
  });

  it("quotes every line of a multi-line quotation", () => {
    expect(blockQuote("one\ntwo <x>", 100)).toBe(">one\n>two &lt;x&gt;");
  });
});
