import { describe, expect, it } from "vitest";
import { assessReadiness, type ReadinessCheck } from "../../src/ops/readiness.js";
import type { Timers } from "../../src/timers/timers.js";

/** Deadlines that pass on the next turn of the event loop: a check still pending by then has timed out. */
const expireAtOnce: Timers = {
  setTimeout: (fn) => setImmediate(fn),
  clearTimeout: () => undefined,
};

const ok = (name: string, detail?: string): ReadinessCheck => ({
  name,
  check: () => (detail ? { ok: true, detail } : { ok: true }),
});

describe("assessReadiness", () => {
  it("is ready when every check is, and reports each one", async () => {
    const result = await assessReadiness([
      ok("corpus", "5 articles"),
      { name: "storage", check: async () => ({ ok: true, detail: "embedded" }) },
    ]);
    expect(result).toEqual({
      ready: true,
      checks: { corpus: { ok: true, detail: "5 articles" }, storage: { ok: true, detail: "embedded" } },
    });
  });

  it("is not ready when one check fails, throws, or has nothing to check", async () => {
    const failing = await assessReadiness([
      ok("corpus"),
      { name: "slack", check: () => ({ ok: false, detail: "starting" }) },
    ]);
    expect(failing.ready).toBe(false);
    expect(failing.checks.slack).toEqual({ ok: false, detail: "starting" });
    const throwing = await assessReadiness([
      ok("corpus"),
      {
        name: "storage",
        check: async () => {
          throw new Error("connect ECONNREFUSED 127.0.0.1:5432");
        },
      },
    ]);
    expect(throwing.ready).toBe(false);
    expect(throwing.checks.storage).toEqual({ ok: false, detail: "connect ECONNREFUSED 127.0.0.1:5432" });
    expect((await assessReadiness([])).ready).toBe(false);
  });

  it("counts a check that does not answer before its deadline as not ready, without waiting for it", async () => {
    const hanging: ReadinessCheck = { name: "storage", check: () => new Promise(() => undefined) };
    const result = await assessReadiness([ok("corpus"), hanging], { timeoutMs: 2000, timers: expireAtOnce });
    expect(result.ready).toBe(false);
    expect(result.checks.storage).toEqual({ ok: false, detail: "no answer within 2 s" });
    expect(result.checks.corpus).toEqual({ ok: true });
  });
});
