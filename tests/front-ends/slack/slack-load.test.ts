/**
 * Acknowledgement under load with the real engine over the 2,225-article BBC corpus (from ../shared; skipped when
 * it is absent): 20 different /verify commands at once, sent from another thread as Slack would send them.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openEngine } from "../../../src/core/engine.js";
import type { Engine } from "../../../src/core/types.js";
import { waitFor } from "../../fakes/slack/fake-slack-api.js";
import { readable } from "../../fakes/slack/read-message.js";
import { contextFor, type Harness, startHarness } from "../../fakes/slack/slack-harness.js";
import { postBurst, slashCommandBody } from "../../fakes/slack/slack-requests.js";

const bbc = path.resolve(process.cwd(), "../shared/corpora/bbc");

describe.skipIf(!existsSync(bbc))("Slack under load on the BBC corpus", () => {
  let engine: Engine;
  let harness: Harness;
  beforeAll(async () => {
    engine = await openEngine({ corpusDir: bbc });
    harness = await startHarness(contextFor(() => engine));
  }, 300_000);
  afterAll(async () => {
    await harness?.close();
  });

  it("acknowledges 20 concurrent /verify commands within 3 seconds and answers them all", async () => {
    // Real sentences from the corpus, each trimmed so the engine has to search rather than hit one exact string.
    const quotes = engine.quotes
      .filter((q) => q.text.split(/\s+/).length >= 8)
      .slice(0, 20)
      .map((q) => q.text.split(/\s+/).slice(1, -1).join(" "));
    expect(quotes).toHaveLength(20);
    const bodies = quotes.map((quote, i) =>
      slashCommandBody({
        command: "/verify",
        text: quote,
        responseUrl: harness.api.responseUrl(`load-${i}`),
      }),
    );
    const started = performance.now();
    const acks = await postBurst(harness.port, bodies);
    const slowest = Math.max(...acks.map((a) => a.ms));
    await waitFor(() => (harness.api.responses.length >= 20 ? true : undefined), 120_000, "20 answers");
    const allAnswered = performance.now() - started;
    console.info(
      `BBC corpus, 20 concurrent /verify: slowest ack ${Math.round(slowest)} ms, all answered in ${Math.round(allAnswered)} ms`,
    );
    expect(acks.map((a) => a.status)).toEqual(Array(20).fill(200));
    expect(slowest).toBeLessThan(3000);
    for (const response of harness.api.responses) {
      expect(readable(response.body)).not.toMatch(/I couldn't check that|went wrong/);
    }
  }, 180_000);
});
