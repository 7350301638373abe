import { describe, expect, it } from "vitest";
import { RecentSignatures } from "../../../src/front-ends/slack/recent-signatures.js";

const WINDOW_MS = 5 * 60_000;

function clockAt(start: number) {
  const clock = { ms: start, now: () => new Date(clock.ms) };
  return clock;
}

describe("recent signatures", () => {
  it("recognise a repeat while its timestamp could still be accepted, and forget it after", () => {
    const clock = clockAt(Date.parse("2026-03-01T09:00:00Z"));
    const recent = new RecentSignatures(clock, WINDOW_MS);
    expect(recent.remember("v0=aa")).toBe(true);
    expect(recent.remember("v0=aa")).toBe(false);
    // A timestamp up to one window ahead stays acceptable for one window after it: two in all.
    clock.ms += 2 * WINDOW_MS - 1;
    expect(recent.remember("v0=aa")).toBe(false);
    clock.ms += 2;
    expect(recent.remember("v0=aa")).toBe(true);
  });

  it("hold no more than their capacity, letting the oldest go first", () => {
    const clock = clockAt(0);
    const recent = new RecentSignatures(clock, WINDOW_MS, 3);
    for (const s of ["a", "b", "c", "d"]) expect(recent.remember(s)).toBe(true);
    expect(recent.size).toBe(3);
    expect(recent.remember("d")).toBe(false);
    expect(recent.remember("a")).toBe(true);
  });
});
