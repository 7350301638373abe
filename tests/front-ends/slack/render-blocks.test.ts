import { describe, expect, it } from "vitest";
import { errorReply, link, type Reply, renderVerification, text } from "../../../commands/index.js";
import type { Occurrence, VerifyResult } from "../../../src/core/types.js";
import { renderReplyBlocks } from "../../../src/front-ends/slack/render-blocks.js";
import { blockKitViolations } from "../../fakes/slack/block-limits.js";
import { liveMentions, rawTexts, readable } from "../../fakes/slack/read-message.js";

function occurrence(i: number, overrides: Partial<Occurrence> = {}): Occurrence {
  return {
    document: `doc-${i}`,
    start: 0,
    end: 11,
    text: "All is well",
    speaker: "Donald Trump",
    speakerMention: "Trump",
    quoted: true,
    source: `Outlet ${i}`,
    title: `Missiles hit bases, report ${i}`,
    url: `https://news.example/${i}`,
    date: "2020-01-08",
    dateInferred: false,
    similarity: 1,
    context: "“All is well!” the president wrote on Twitter.",
    ...overrides,
  };
}

function result(overrides: Partial<VerifyResult> = {}): VerifyResult {
  return {
    quote: "All is well",
    verdict: "verified",
    confidence: 0.97,
    explanation: "Donald Trump said this; 2 articles quote it.",
    claimedSpeaker: null,
    speaker: "Donald Trump",
    matches: [occurrence(1), occurrence(2)],
    variants: [],
    ...overrides,
  };
}

describe("renderReplyBlocks", () => {
  it("shows the verdict, the quote, speaker, date, linked sources, context and confidence", () => {
    const message = renderReplyBlocks(renderVerification(result()));
    const shown = readable(message);
    expect(shown).toContain("✅ Verified");
    expect(shown).toContain(">All is well");
    expect(shown).toMatch(/\*Speaker\*\n\*Donald Trump\*/);
    expect(shown).toMatch(/\*First reported\*\n2020-01-08/);
    expect(shown).toMatch(/\*Confidence\*\n97%/);
    expect(rawTexts(message).join("\n")).toContain(
      "<https://news.example/1|Outlet 1 — Missiles hit bases, report 1>",
    );
    expect(shown).toContain("the president wrote on Twitter");
    expect(message.text).toBe("✅ Verified — “All is well” — Donald Trump said this; 2 articles quote it.");
    expect(blockKitViolations(message)).toEqual([]);
  });

  it("trims 60 sources to what fits and says how many more there are", () => {
    const matches = Array.from({ length: 60 }, (_, i) => occurrence(i + 1));
    const message = renderReplyBlocks(renderVerification(result({ matches })));
    const sources = rawTexts(message).find((t) => t.startsWith("*Sources*")) ?? "";
    expect(sources.match(/^• /gm)).toHaveLength(10);
    expect(sources).toMatch(/_and 50 more sources_$/);
    expect(blockKitViolations(message)).toEqual([]);
  });

  it("uses the singular for one source left over", () => {
    const matches = Array.from({ length: 11 }, (_, i) => occurrence(i + 1));
    const message = renderReplyBlocks(renderVerification(result({ matches })));
    expect(readable(message)).toContain("and 1 more source");
    expect(readable(message)).not.toContain("1 more sources");
  });

  it("keeps an oversized reply within every Block Kit limit", () => {
    const long = "word ".repeat(900);
    const reply: Reply = {
      kind: "digest",
      tone: "info",
      emoji: "🗞️",
      title: `A very long title ${"x".repeat(300)}`,
      quote: `${"a long quotation ".repeat(300)}\n${"second line ".repeat(100)}`,
      summary: long,
      fields: Array.from({ length: 14 }, (_, i) => ({ label: `Field ${i}`, value: [text(long)] })),
      sections: Array.from({ length: 80 }, (_, i) => ({
        heading: `Section ${i}`,
        items: Array.from({ length: 30 }, (_, j) => [
          text(`item ${j} `),
          text(long, "italic"),
          link(long, "https://x.example/"),
        ]),
        noun: "items",
      })),
      footer: long,
    };
    const buttons = [
      { actionId: "share_answer", text: "Share in channel ".repeat(10), value: "v".repeat(2000) },
    ];
    const message = renderReplyBlocks(reply, { buttons });
    expect(blockKitViolations(message)).toEqual([]);
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    expect(readable(message)).toMatch(/more sections \(\d+ items\) not shown/);
    expect(readable(message)).toContain("*Field 13*");
    expect(message.blocks.at(-1)?.type).toBe("actions");
  });

  it("escapes &, < and > in user and corpus text, and links only http(s) URLs", () => {
    const matches = [
      occurrence(1, { source: "AT&T <News>", title: "Q&A > notes", url: "https://x.example/a?b=1&c=2|d>e" }),
      occurrence(2, { url: "javascript:alert(1)", title: "Script" }),
    ];
    const message = renderReplyBlocks(
      renderVerification(result({ quote: "Fish & <chips> > peas", matches })),
    );
    const raw = rawTexts(message).join("\n");
    expect(raw).toContain(">Fish &amp; &lt;chips&gt; &gt; peas");
    expect(raw).toContain(
      "<https://x.example/a?b=1&amp;c=2%7Cd%3Ee|AT&amp;T &lt;News&gt; — Q&amp;A &gt; notes>",
    );
    expect(raw).not.toContain("javascript:");
    expect(readable(message)).toContain("Fish & <chips> > peas");
  });

  it("never produces a live mention, wherever the text comes from", () => {
    const hostile =
      "<!channel> <!here> <!everyone> <@U024BE7LH> <#C024BE7LR|general> <!subteam^S0123|team> @channel @here @everyone";
    const reply = renderVerification(
      result({
        quote: hostile,
        explanation: hostile,
        speaker: hostile,
        matches: [occurrence(1, { source: hostile, title: hostile, context: hostile, url: null })],
      }),
    );
    const message = renderReplyBlocks({ ...reply, title: hostile, footer: hostile }, { note: hostile });
    expect(liveMentions(message)).toEqual([]);
    expect(readable(message)).toContain("@channel @here @everyone");
    expect(blockKitViolations(message)).toEqual([]);
  });

  it("marks wording differences: struck for the user's extra words, bold for the source's missing ones", () => {
    const variants = [
      {
        text: "We do not seek escalation or war",
        documents: ["doc-1"],
        sources: ["Outlet 1"],
        diff: [
          { value: "We do not seek " },
          { value: "any", added: true },
          { value: " " },
          { value: "escalation", removed: true },
          { value: " or war" },
        ],
      },
    ];
    const message = renderReplyBlocks(renderVerification(result({ verdict: "variant", variants })));
    const wording = rawTexts(message).find((t) => t.startsWith("*Wording in the sources*")) ?? "";
    expect(wording).toContain("We do not seek ~any~ *escalation* or war");
    // The wording's source is named from its occurrence: the outlet, never the file.
    expect(wording).toContain("_— Outlet 1_");
  });

  it("sets a fallback text for error replies too", () => {
    const message = renderReplyBlocks(errorReply("Give me a quotation to check."));
    expect(message.text).toContain("Give me a quotation to check.");
    expect(message.blocks[0]).toMatchObject({ type: "header" });
    expect(blockKitViolations(message)).toEqual([]);
  });
});
