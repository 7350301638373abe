import { describe, expect, it } from "vitest";
import { inProcessCorpus } from "../../src/core/corpus-service.js";
import { AppReadiness } from "../../src/ops/app-readiness.js";
import { assessReadiness } from "../../src/ops/readiness.js";
import type { Storage } from "../../src/storage/storage.js";
import { fakeEngine } from "../fakes/fake-engine.js";

function fakeStorage(answering: () => boolean): Storage {
  return {
    driver: "postgres",
    ping: async () => {
      if (!answering()) throw new Error("Connection terminated unexpectedly");
    },
  } as Storage;
}

describe("the app's readiness", () => {
  it("follows the app from loading to serving to stopping", async () => {
    const readiness = new AppReadiness();
    readiness.frontEnd("slack", "starting");
    const loading = await assessReadiness(readiness.checks());
    expect(loading).toEqual({
      ready: false,
      checks: {
        corpus: { ok: false, detail: "loading" },
        storage: { ok: false, detail: "opening" },
        slack: { ok: false, detail: "starting" },
      },
    });

    readiness.corpus = inProcessCorpus(() => fakeEngine([]));
    let answering = true;
    readiness.storage = fakeStorage(() => answering);
    let connected = true;
    readiness.frontEnd("slack", () =>
      connected ? { ok: true, detail: "connected" } : { ok: false, detail: "reconnecting" },
    );
    const serving = await assessReadiness(readiness.checks());
    expect(serving.ready).toBe(true);
    expect(serving.checks.storage).toEqual({ ok: true, detail: "postgres" });

    connected = false;
    const dropped = await assessReadiness(readiness.checks());
    expect(dropped.ready).toBe(false);
    expect(dropped.checks.slack).toEqual({ ok: false, detail: "reconnecting" });
    connected = true;

    answering = false;
    const lost = await assessReadiness(readiness.checks());
    expect(lost.ready).toBe(false);
    expect(lost.checks.storage).toEqual({ ok: false, detail: "Connection terminated unexpectedly" });

    answering = true;
    readiness.markStopping();
    const stopping = await assessReadiness(readiness.checks());
    expect(stopping.ready).toBe(false);
    expect(stopping.checks.shutdown).toEqual({ ok: false, detail: "stopping" });
  });
});
