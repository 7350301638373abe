import { describe, expect, it } from "vitest";
import { link, text } from "../../../commands/index.js";
import {
  escapeMarkdownText,
  neutraliseMentions,
  renderRun,
  safeUrl,
} from "../../../src/front-ends/discord/discord-markdown.js";

/** Discord syntax that pings or links a user, role, channel or everyone. */
const PING = /@(everyone|here)\b|<@[!&]?\d+>|<#\d+>|<\/[\w-]+:\d+>/;

describe("neutraliseMentions", () => {
  it.each([
    "@everyone look",
    "hey @here",
    "<@123456789012345678>",
    "<@!123456789012345678>",
    "<@&123456789012345678>",
    "<#123456789012345678>",
    "</verify:123456789012345678>",
  ])("breaks %s so it cannot ping", (value) => {
    const out = neutraliseMentions(value);
    expect(out).not.toMatch(PING);
    expect(out.replace(/\u200b/g, "")).toBe(value);
  });

  it("leaves ordinary text and e-mail addresses alone", () => {
    expect(neutraliseMentions("write to press@example.org, 3 < 4")).toBe("write to press@example.org, 3 < 4");
  });
});

describe("escapeMarkdownText", () => {
  it("escapes every character that would start markup", () => {
    expect(escapeMarkdownText("**b** _i_ ~~s~~ `c` ||x|| > q [a](b) \\")).toBe(
      "\\*\\*b\\*\\* \\_i\\_ \\~\\~s\\~\\~ \\`c\\` \\|\\|x\\|\\| \\> q \\[a\\](b) \\\\",
    );
  });

  it("escapes headings and list markers at the start", () => {
    expect(escapeMarkdownText("# Breaking")).toBe("\\# Breaking");
    expect(escapeMarkdownText("- item")).toBe("\\- item");
    expect(escapeMarkdownText("1. first")).toBe("1\\. first");
    expect(escapeMarkdownText("self-defence")).toBe("self-defence");
  });
});

describe("renderRun", () => {
  it("marks the words the user added as struck and the words they left out as bold", () => {
    const run = [text("Iran "), text("took and ", "removed"), text("concluded "), text("taken ", "added")];
    expect(renderRun(run)).toBe("Iran ~~took and~~ concluded **taken** ");
  });

  it("merges neighbours with the same style instead of writing **a****b**", () => {
    expect(renderRun([text("a", "bold"), text("b", "bold")])).toBe("**ab**");
  });

  it("writes web links as masked links and anything else as text", () => {
    expect(renderRun([link("NBC News", "https://www.nbcnews.com/a_(b)")])).toBe(
      "[NBC News](https://www.nbcnews.com/a_%28b%29)",
    );
    expect(renderRun([link("click", "javascript:alert(1)")])).toBe("click");
    expect(safeUrl("not a url")).toBeNull();
  });

  it("keeps code spans closed whatever they contain", () => {
    expect(renderRun([text("a`b", "code")])).toBe("`aˋb`");
  });

  it("cuts long text with an ellipsis, never inside an escape or a marker", () => {
    const run = [text("plain words "), text("*starred* and _underscored_ ".repeat(20), "bold")];
    for (const max of [20, 37, 64, 101, 250]) {
      const out = renderRun(run, max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(out.endsWith("…")).toBe(true);
      expect(out).not.toMatch(/(^|[^\\])(\\\\)*\\…$/);
      expect((out.match(/(?<!\\)\*\*/g) ?? []).length % 2).toBe(0);
    }
  });

  it("cuts inside a surrogate pair never", () => {
    const out = renderRun([text("😀".repeat(50))], 11);
    expect(out).toBe(`${"😀".repeat(5)}…`);
  });
});
