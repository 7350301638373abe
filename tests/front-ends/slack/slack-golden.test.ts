/**
 * The golden answers on the bundled seed corpus, end to end: a signed slash command in, the real engine, and what
 * the user reads at the response URL.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openEngine } from "../../../src/core/engine.js";
import type { Engine } from "../../../src/core/types.js";
import { blockKitViolations } from "../../fakes/slack/block-limits.js";
import { buttons, liveMentions, readable } from "../../fakes/slack/read-message.js";
import { contextFor, type Harness, startHarness } from "../../fakes/slack/slack-harness.js";

let engine: Engine;
let harness: Harness;
beforeAll(async () => {
  engine = await openEngine({ corpusDir: "corpus" });
  harness = await startHarness(contextFor(() => engine));
});
afterAll(async () => {
  await harness?.close();
});

async function ask(command: string, text: string, id: string) {
  const ack = await harness.command(command, text, id);
  expect(ack.status).toBe(200);
  const answer = await harness.answer(id, 10_000);
  expect(blockKitViolations(answer as { blocks: unknown; text: unknown })).toEqual([]);
  expect(liveMentions(answer)).toEqual([]);
  return answer;
}

describe("golden answers on the seed corpus through Slack", () => {
  it("All is well → verified, Donald Trump, TIME and NBC News", async () => {
    const shown = readable(await ask("/verify", "All is well", "g-verified"));
    expect(shown).toContain("✅ Verified");
    expect(shown).toMatch(/\*Speaker\*\n\*Donald Trump\*/);
    expect(shown).toContain("TIME");
    expect(shown).toContain("NBC News");
  });

  it("Zarif's proportionate measures → said, with different wording, three sources", async () => {
    const answer = await ask(
      "/verify",
      "Iran took and concluded proportionate measures in self defence",
      "g-variant",
    );
    const shown = readable(answer);
    expect(shown).toContain("Said, with different wording");
    expect(shown).toContain("Zarif");
    const sources = shown.slice(
      shown.indexOf("*Sources*"),
      shown.indexOf("\n*", shown.indexOf("*Sources*") + 1),
    );
    expect(sources.match(/^• /gm)).toHaveLength(3);
    expect(shown).toContain("*Wording in the sources*");
    // The source's spelling in bold, the user's struck out.
    expect(shown).toContain("*defense* ~defence~");
  });

  it("We do not seek escalation or war — Mike Pompeo → misattributed, names Zarif", async () => {
    const shown = readable(
      await ask("/verify", '"We do not seek escalation or war" — Mike Pompeo', "g-misattributed"),
    );
    expect(shown).toContain("🔀 Misattributed");
    expect(shown).toMatch(/\*Speaker\*\n\*Mohammad Javad Zarif\*/);
    expect(shown).toContain("*Claimed speaker*\nMike Pompeo");
  });

  it("We seek escalation or war — Zarif → misquoted, the dropped negation first and in plain words", async () => {
    const shown = readable(
      await ask("/verify", '"We seek escalation or war" — Mohammad Javad Zarif', "g-misquoted"),
    );
    expect(shown).toContain("✏️ Misquoted — the wording changes the meaning");
    expect(shown).toMatch(/\*Speaker\*\n\*Mohammad Javad Zarif\*/);
    expect(shown).toContain("changed in meaning: the source says “not seek”, not “We seek”");
    const changes = shown.slice(shown.indexOf("*What differs from the source*"));
    expect(changes).toMatch(
      /^\*What differs from the source\*\n\*Negation changed:\* the source says \*“not seek”\*, not “We seek”\n/,
    );
    expect(shown.indexOf("*What differs from the source*")).toBeLessThan(shown.indexOf("*Sources*"));
  });

  it("an official's words claimed for Mike Pompeo → quoted, but no source clearly names the speaker", async () => {
    const shown = readable(
      await ask("/verify", '"We could have done it and we didn\'t do it" — Mike Pompeo', "g-unattributed"),
    );
    expect(shown).toContain("❔ Quoted, but no source clearly names the speaker");
    expect(shown).toContain("cannot confirm Mike Pompeo");
    expect(shown).toContain("*Claimed speaker*\nMike Pompeo");
    expect(shown).not.toContain("✅");
  });

  it("a reporter's sentence → not a quotation", async () => {
    const answer = await ask(
      "/verify",
      "Iran's missiles intentionally missed areas populated by Americans",
      "g-unquoted",
    );
    expect(readable(answer)).toContain("Not a quotation — the reporter's words");
  });

  it("an invented sentence → not found", async () => {
    const answer = await ask("/verify", "The moon is made of excellent green cheese", "g-not-found");
    expect(readable(answer)).toContain("❌ Not found");
  });

  it("/quotes Zarif lists his quotations with a Share button", async () => {
    const answer = await ask("/quotes", "Zarif", "g-quotes");
    expect(readable(answer)).toContain("Quotations from");
    expect(readable(answer)).toContain("Zarif");
    expect(buttons(answer).some((b) => b.actionId === "share_answer")).toBe(true);
  });
});
