/**
 * Fair queueing, checked as properties over seeded random bursts against a record of what ran: no timers, jobs
 * finish when the test says so.
 */
import { describe, expect, it } from "vitest";
import { isVerbatimError } from "../../../src/core/errors.js";
import { FairScheduler } from "../../../src/core/pool/fair-scheduler.js";

/** A small seeded generator (mulberry32), so every run replays the same bursts. */
function rng(seed: number) {
  let a = seed >>> 0;
  return (n: number) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

interface Run {
  id: number;
  key: string;
  finish: () => void;
}

function harness(slots: number, perRequester: number) {
  const scheduler = new FairScheduler({ slots, perRequester });
  const running: Run[] = [];
  const events: { type: "queued" | "started" | "refused"; key: string; id: number }[] = [];
  let next = 0;
  const submit = (key: string) => {
    const id = next++;
    const done = scheduler.submit(
      key,
      () =>
        new Promise<number>((resolve) => {
          events.push({ type: "started", key, id });
          running.push({ id, key, finish: () => resolve(id) });
        }),
    );
    // The scheduler starts jobs synchronously; a refused one never runs.
    done.catch((error) => {
      if (isVerbatimError(error) && error.code === "TOO_MANY_REQUESTS")
        events.push({ type: "refused", key, id });
    });
    if (!events.some((e) => e.id === id && e.type === "started")) events.push({ type: "queued", key, id });
    return done;
  };
  /** Finishes one running job and lets the scheduler react (a few microtask turns). */
  const finish = async (index: number) => {
    const [run] = running.splice(index, 1);
    run!.finish();
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { scheduler, running, events, submit, finish };
}

describe("FairScheduler", () => {
  it("serves queued requesters in turn, so a burst from one does not hold back the others", async () => {
    const h = harness(1, 10);
    for (let i = 0; i < 6; i++) void h.submit("heavy");
    void h.submit("light-1");
    void h.submit("light-2");
    while (h.running.length > 0) await h.finish(0);
    const order = h.events.filter((e) => e.type === "started").map((e) => e.key);
    expect(order.slice(0, 4)).toEqual(["heavy", "heavy", "light-1", "light-2"]);
    expect(order).toHaveLength(8);
  });

  it("refuses a requester's work beyond its share with a friendly message, and takes it again once answered", async () => {
    const h = harness(1, 2);
    const first = h.submit("u");
    void h.submit("u");
    await expect(h.submit("u")).rejects.toThrow(/too many requests in flight/i);
    await h.finish(0);
    await first;
    void h.submit("u");
    expect(h.events.filter((e) => e.type === "refused")).toHaveLength(1);
  });

  it("over random bursts: runs every accepted job once, never more than the slots at once, and fairly", async () => {
    for (let seed = 1; seed <= 40; seed++) {
      const pick = rng(seed);
      const slots = 1 + pick(3);
      const h = harness(slots, 4);
      const keys = ["a", "b", "c", "d", "e"].slice(0, 2 + pick(4));
      for (let step = 0; step < 120; step++) {
        if (pick(3) > 0 || h.running.length === 0) {
          const key = keys[pick(5) === 0 ? 0 : pick(keys.length)]!;
          for (let burst = 1 + (key === "a" ? pick(6) : 0); burst > 0; burst--) void h.submit(key);
        } else await h.finish(pick(h.running.length));
        expect(h.running.length).toBeLessThanOrEqual(slots);
      }
      while (h.running.length > 0) await h.finish(pick(h.running.length));
      const started = h.events.filter((e) => e.type === "started").map((e) => e.id);
      const refused = h.events.filter((e) => e.type === "refused").map((e) => e.id);
      expect(new Set(started).size).toBe(started.length);
      expect(started.length + refused.length).toBe(new Set(h.events.map((e) => e.id)).size);
      expect(refused.length).toBeGreaterThan(0);
      expect(h.scheduler.queued).toBe(0);
      // While a requester has a job waiting, no other requester starts more than one job before it does.
      const refusedIds = new Set(refused);
      const queued = new Set(h.events.filter((e) => e.type === "queued").map((e) => e.id));
      for (const key of keys) {
        let waiting = 0;
        const others = new Map<string, number>();
        for (const event of h.events) {
          if (refusedIds.has(event.id)) continue;
          if (event.key === key) {
            if (event.type === "queued") waiting++;
            else if (queued.has(event.id)) waiting--;
            if (event.type === "started" || waiting === 1) others.clear();
          } else if (event.type === "started" && waiting > 0) {
            const count = (others.get(event.key) ?? 0) + 1;
            others.set(event.key, count);
            expect(count, `seed ${seed}: ${event.key} went twice while ${key} waited`).toBe(1);
          }
        }
      }
    }
  });
});
