/**
 * A burst with the real engine over the 2,225-article BBC corpus (from ../shared; skipped when it is absent): 20
 * different /verify commands at once, sent from another thread as Slack would send them, are all acknowledged and
 * all answered. How fast is a benchmark's question, not this test's.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/core/types.js";
import { cachedEngine, sharedCorpus } from "../../fakes/shared-corpus.js";
import { waitFor } from "../../fakes/slack/fake-slack-api.js";
import { readable } from "../../fakes/slack/read-message.js";
import { contextFor, type Harness, startHarness } from "../../fakes/slack/slack-harness.js";
import { postBurst, slashCommandBody } from "../../fakes/slack/slack-requests.js";

const bbc = sharedCorpus("bbc");

describe.skipIf(!bbc)("Slack under load on the BBC corpus", () => {
  let engine: Engine;
  let harness: Harness;
  beforeAll(async () => {
    engine = await cachedEngine(bbc ?? "");
    harness = await startHarness(contextFor(() => engine));
  }, 300_000);
  afterAll(async () => {
    await harness?.close();
  });

  it("acknowledges 20 concurrent /verify commands and answers them all", async () => {
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
    const acks = await postBurst(harness.port, bodies);
    await waitFor(() => (harness.api.responses.length >= 20 ? true : undefined), 120_000, "20 answers");
    expect(acks.map((a) => a.status)).toEqual(Array(20).fill(200));
    for (const response of harness.api.responses) {
      expect(readable(response.body)).not.toMatch(/I couldn't check that|went wrong/);
    }
  }, 180_000);
});
