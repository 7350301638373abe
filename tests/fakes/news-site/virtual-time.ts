import { FetchError } from "../../../src/ingest/fetch-error.js";
import type { Sleep } from "../../../src/ingest/sleep.js";
import { FakeClock } from "../digest/fake-clock.js";

/**
 * Time for the ingester's tests. Timers (poll schedules, request deadlines) fire only when the test moves time
 * on; waits (backoff, Retry-After, host spacing) return at once and move the clock by what they waited, without
 * firing timers (requests in flight take no virtual time), so a test can check how long the ingester would have
 * waited without waiting.
 */
export class VirtualTime extends FakeClock {
  /** Every wait asked for, in milliseconds. */
  readonly waits: number[] = [];

  constructor(start: string | Date = "2024-03-10T09:00:00Z") {
    super(start);
  }

  readonly sleep: Sleep = async (ms, signal) => {
    if (signal?.aborted) throw new FetchError("stopped", { url: "" });
    this.waits.push(ms);
    const due = this.current + ms;
    await Promise.resolve();
    this.current = Math.max(this.current, due);
  };

  async advanceBy(ms: number, settle?: () => Promise<void>): Promise<void> {
    await this.advanceTo(new Date(this.current + ms), settle);
  }
}
