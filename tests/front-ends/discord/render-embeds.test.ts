import { describe, expect, it } from "vitest";
import { actionCodec, errorReply, type Reply, renderVerification, text } from "../../../commands/index.js";
import { systemClock } from "../../../src/core/logger.js";
import type { Occurrence, VerifyResult } from "../../../src/core/types.js";
import { parseButtonId, replyComponents } from "../../../src/front-ends/discord/message-components.js";
import {
  EMBED_LIMITS,
  embedLength,
  renderReplyMessage,
} from "../../../src/front-ends/discord/render-embeds.js";

const PING = /@(everyone|here)\b|<@[!&]?\d+>|<#\d+>/;

function occurrence(overrides: Partial<Occurrence> = {}): Occurrence {
  return {
    document: "002.md",
    start: 0,
    end: 11,
    text: "All is well",
    speaker: "Donald Trump",
    speakerMention: "Trump",
    quoted: true,
    source: "NBC News",
    title: "Iran fires missiles at US bases",
    url: "https://www.nbcnews.com/news/iran-missiles",
    date: "2020-01-08",
    dateInferred: false,
    similarity: 1,
    context: "Trump tweeted: “All is well!”",
    ...overrides,
  };
}

function result(overrides: Partial<VerifyResult> = {}): VerifyResult {
  return {
    quote: "All is well",
    verdict: "verified",
    confidence: 0.97,
    explanation: "Donald Trump said this, in 2 sources.",
    claimedSpeaker: null,
    speaker: "Donald Trump",
    matches: [
      occurrence(),
      occurrence({ document: "004.html", source: "The Guardian", url: "https://theguardian.com/x" }),
    ],
    variants: [{ text: "All is well", documents: ["002.md", "004.html"], sources: ["NBC News"], diff: [] }],
    ...overrides,
  };
}

function checkLimits(message: ReturnType<typeof renderReplyMessage>): void {
  for (const embed of message.embeds) {
    expect(embedLength(embed)).toBeLessThanOrEqual(EMBED_LIMITS.total);
    expect((embed.title ?? "").length).toBeLessThanOrEqual(EMBED_LIMITS.title);
    expect((embed.description ?? "").length).toBeLessThanOrEqual(EMBED_LIMITS.description);
    expect((embed.fields ?? []).length).toBeLessThanOrEqual(EMBED_LIMITS.fields);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeGreaterThan(0);
      expect(field.name.length).toBeLessThanOrEqual(EMBED_LIMITS.fieldName);
      expect(field.value.length).toBeGreaterThan(0);
      expect(field.value.length).toBeLessThanOrEqual(EMBED_LIMITS.fieldValue);
    }
  }
}

describe("renderReplyMessage", () => {
  it("shows the verdict, quote, speaker, date, linked sources and confidence", () => {
    const message = renderReplyMessage(renderVerification(result()));
    const [embed] = message.embeds;
    expect(embed?.title).toBe("✅ Verified");
    expect(embed?.color).toBe(0x57f287);
    expect(embed?.description).toBe("> All is well\n\nDonald Trump said this, in 2 sources.");
    const fields = Object.fromEntries((embed?.fields ?? []).map((f) => [f.name, f.value]));
    expect(fields.Speaker).toBe("**Donald Trump**");
    expect(fields["First reported"]).toBe("2020-01-08");
    expect(fields.Confidence).toBe("97%");
    expect(fields.Sources).toContain(
      "• [NBC News — Iran fires missiles at US bases](https://www.nbcnews.com/news/iran-missiles) · 2020-01-08",
    );
    expect(fields.Context).toBe("_Trump tweeted: “All is well!”_");
    expect(message.allowed_mentions).toEqual({ parse: [] });
  });

  it("marks wording differences: struck for the user's extra words, bold for the words they left out", () => {
    const reply = renderVerification(
      result({
        verdict: "variant",
        quote: "Iran took and concluded proportionate measures",
        variants: [
          {
            text: "Iran took & concluded proportionate measures",
            documents: ["000.txt"],
            sources: ["Reuters"],
            diff: [
              { value: "Iran took " },
              { value: "and", added: true },
              { value: "&", removed: true },
              { value: " concluded proportionate measures" },
            ],
          },
        ],
      }),
    );
    const field = renderReplyMessage(reply).embeds[0]?.fields?.find(
      (f) => f.name === "Wording in the sources",
    );
    expect(field?.value).toBe("Iran took ~~and~~**&** concluded proportionate measures  _— Reuters_");
    expect(renderReplyMessage(reply).embeds[0]?.color).toBe(0xfee75c);
  });

  it("never lets quotes or corpus text ping, and escapes their markdown", () => {
    const hostile =
      "@everyone <@123456789012345678> **now** <#123456789012345678> @here <@&123456789012345678>";
    const reply = renderVerification(
      result({
        quote: hostile,
        explanation: `Said by <@!123456789012345678>`,
        speaker: "@everyone",
        matches: [occurrence({ title: hostile, context: hostile, source: "<@&123456789012345678>" })],
      }),
    );
    const message = renderReplyMessage({ ...reply, footer: "@here" });
    const json = JSON.stringify(message);
    expect(json).not.toMatch(PING);
    expect(message.embeds[0]?.description).toContain("\\*\\*now\\*\\*");
    expect(message.allowed_mentions.parse).toEqual([]);
  });

  it("trims a long list of sources and says how many more there are", () => {
    const matches = Array.from({ length: 60 }, (_, i) =>
      occurrence({
        document: `d${i}`,
        source: `Outlet ${i}`,
        title: `A long headline about the events number ${i}`,
      }),
    );
    const message = renderReplyMessage(renderVerification(result({ matches })));
    checkLimits(message);
    const sources = message.embeds[0]?.fields?.find((f) => f.name === "Sources")?.value ?? "";
    const shown = sources.split("\n").filter((line) => line.startsWith("• ")).length;
    expect(shown).toBeGreaterThan(1);
    expect(sources.endsWith(`_…and ${60 - shown} more sources_`)).toBe(true);
  });

  it("uses the singular for one hidden item", () => {
    const reply: Reply = {
      ...errorReply("x"),
      sections: [
        {
          heading: "Sources",
          items: [[text("a".repeat(600))], [text("b".repeat(600))]],
          noun: "sources",
        },
      ],
    };
    const value = renderReplyMessage(reply).embeds[0]?.fields?.[0]?.value ?? "";
    expect(value).toMatch(/_…and 1 more source_$/);
  });

  it("stays inside every Discord limit however much there is to show", () => {
    const long = "word ".repeat(2000);
    const reply: Reply = {
      kind: "digest",
      tone: "info",
      emoji: "🗞️",
      title: long,
      quote: long,
      summary: long,
      fields: Array.from({ length: 10 }, (_, i) => ({ label: `${long}${i}`, value: [text(long)] })),
      sections: Array.from({ length: 30 }, (_, i) => ({
        heading: `Section ${i}`,
        items: Array.from({ length: 40 }, () => [text(long, "italic")]),
        noun: "items",
      })),
      footer: long,
    };
    const message = renderReplyMessage(reply);
    checkLimits(message);
    expect(message.embeds[0]?.title?.endsWith("…")).toBe(true);
    expect(message.embeds[0]?.footer?.text.length).toBeLessThanOrEqual(EMBED_LIMITS.footer);
  });

  it("shortens a 5,000-character quote instead of failing", () => {
    const quote = "The quick brown fox jumps over the lazy dog. ".repeat(115);
    const message = renderReplyMessage(
      renderVerification(result({ quote, verdict: "not_found", matches: [] })),
    );
    checkLimits(message);
    expect(message.embeds[0]?.description?.startsWith("> The quick brown fox")).toBe(true);
    expect(message.embeds[0]?.description).toContain("…");
  });
});

describe("buttons", () => {
  const codec = actionCodec(null, systemClock);
  const share = {
    kind: "share" as const,
    request: { command: "verify" as const, input: { quote: "All is well", speaker: "Donald Trump" } },
  };

  it("offers Share with a custom id of at most 100 characters that carries the request", async () => {
    const rows = await replyComponents({ ...renderVerification(result()), actions: [share] }, codec);
    const [button] = rows[0]?.components ?? [];
    const customId = button && "custom_id" in button ? button.custom_id : "";
    expect(customId.length).toBeLessThanOrEqual(100);
    const action = parseButtonId(customId);
    expect(action?.kind).toBe("share");
    expect(await codec.decode(action?.value ?? "")).toEqual(share.request);
  });

  it("leaves Share out when the request does not fit and there is nowhere to keep it", async () => {
    const long = { ...share, request: { command: "verify" as const, input: { quote: "word ".repeat(40) } } };
    expect(await replyComponents({ ...renderVerification(result()), actions: [long] }, codec)).toEqual([]);
  });

  it("offers page buttons for a multi-page listing, disabled at the ends", async () => {
    const page = (n: number) => ({
      command: "quotes" as const,
      input: { speaker: "Mohammad Javad Zarif", page: n },
    });
    const reply: Reply = {
      ...errorReply("x"),
      kind: "quotes",
      actions: [
        { kind: "next", request: page(2) },
        { kind: "share", request: page(1) },
      ],
    };
    const buttons = (await replyComponents(reply, codec))[0]?.components ?? [];
    expect(buttons.map((b) => ["label" in b ? b.label : undefined, b.disabled])).toEqual([
      ["Previous", true],
      ["Next", false],
      ["Share in channel", false],
    ]);
    const next = buttons[1];
    const action = parseButtonId(next && "custom_id" in next ? next.custom_id : "");
    expect(action?.kind).toBe("next");
    expect(await codec.decode(action?.value ?? "")).toEqual(page(2));
  });

  it("rejects custom ids it did not make", () => {
    expect(parseButtonId("vb:share:")).toBeNull();
    expect(parseButtonId("vb:page:x:abc")).toBeNull();
    expect(parseButtonId("other:share:abc")).toBeNull();
  });
});
