import { describe, expect, it } from "vitest";
import { slackTextToPlain } from "../../../src/front-ends/slack/slack-text.js";

describe("slackTextToPlain", () => {
  it("undoes Slack's entities and link markup so the words match the corpus", () => {
    expect(slackTextToPlain("Fish &amp; chips &lt;3 &gt; peas")).toBe("Fish & chips <3 > peas");
    expect(slackTextToPlain("see <https://x.example/a|the article> and <https://x.example/b>")).toBe(
      "see the article and https://x.example/b",
    );
    expect(slackTextToPlain("<mailto:a@b.example|a@b.example>")).toBe("a@b.example");
  });

  it("turns mention tokens into readable words", () => {
    expect(slackTextToPlain("<!channel> <@U123> <#C9|general> <#C8> <!subteam^S1> <!here>")).toBe(
      "@channel @someone general #channel @group @here",
    );
  });
});
