import type { Clock } from "../../../src/core/logger.js";
import { FetchError } from "../../../src/ingest/fetch-error.js";
import type { Sleep } from "../../../src/ingest/sleep.js";
import type { Timers } from "../../../src/scheduler/timers.js";

interface Pending {
  id: number;
  due: number;
  fn: () => void;
}

/**
 * Time for the ingester's tests. Timers (poll schedules, request deadlines) fire only when the test moves time
 * on; waits (backoff, Retry-After, host spacing) return at once and move the clock by what they waited, so a test
 * can check how long the ingester would have waited without waiting.
 */
export class VirtualTime implements Clock, Timers {
  private current: number;
  private pending: Pending[] = [];
  private nextId = 1;
  /** Every wait asked for, in milliseconds. */
  readonly waits: number[] = [];

  constructor(start: string | Date = "2024-03-10T09:00:00Z") {
    this.current = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.pending.push({ id, due: this.current + Math.max(0, ms), fn });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.pending = this.pending.filter((p) => p.id !== handle);
  }

  readonly sleep: Sleep = async (ms, signal) => {
    if (signal?.aborted) throw new FetchError("stopped", { url: "" });
    this.waits.push(ms);
    const due = this.current + ms;
    await Promise.resolve();
    this.current = Math.max(this.current, due);
  };

  /** Fires the timers due up to `target` in order, awaiting `settle` after each instant. */
  async advanceTo(target: Date | string | number, settle: () => Promise<void> = async () => undefined) {
    const end = new Date(target).getTime();
    for (;;) {
      const first = Math.min(...this.pending.filter((p) => p.due <= end).map((p) => p.due));
      if (!Number.isFinite(first)) break;
      const due = this.pending.filter((p) => p.due === first).sort((a, b) => a.id - b.id);
      this.pending = this.pending.filter((p) => p.due !== first);
      this.current = Math.max(this.current, first);
      for (const timer of due) timer.fn();
      await settle();
    }
    this.current = Math.max(this.current, end);
  }

  async advanceBy(ms: number, settle?: () => Promise<void>): Promise<void> {
    await this.advanceTo(this.current + ms, settle);
  }
}
