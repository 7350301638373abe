/**
 * The signatures of requests accepted within the signature window, so that an exact replay (same body, same
 * timestamp, same signature) is recognised and not run twice. A request is accepted while its timestamp is within the
 * window either side of our clock, so a signature first seen with a timestamp up to one window ahead stays usable
 * for two windows: that is how long each is kept. The count is capped so a flood cannot grow memory without bound.
 */
import type { Clock } from "../../core/logger.js";

/** Far above Slack's traffic for one workspace in five minutes; about 100 bytes each. */
export const MAX_REMEMBERED_SIGNATURES = 50_000;

export class RecentSignatures {
  /** Signature → when it was first seen (ms); in insertion order, which is time order. */
  private readonly seen = new Map<string, number>();
  private readonly keepMs: number;

  constructor(
    private readonly clock: Clock,
    /** The signature window: how far a timestamp may be from the clock, either way. */
    windowMs: number,
    private readonly capacity = MAX_REMEMBERED_SIGNATURES,
  ) {
    this.keepMs = 2 * windowMs;
  }

  /** Remembers `signature`; false when it was already seen within the window. */
  remember(signature: string): boolean {
    const now = this.clock.now().getTime();
    this.forgetOlderThan(now - this.keepMs);
    if (this.seen.has(signature)) return false;
    if (this.seen.size >= this.capacity) {
      const oldest = this.seen.keys().next().value;
      if (oldest !== undefined) this.seen.delete(oldest);
    }
    this.seen.set(signature, now);
    return true;
  }

  get size(): number {
    return this.seen.size;
  }

  private forgetOlderThan(cutoff: number): void {
    for (const [signature, at] of this.seen) {
      if (at >= cutoff) return;
      this.seen.delete(signature);
    }
  }
}
