import PQueue from "p-queue";
import type { Clock } from "../core/logger.js";
import type { Sleep } from "./sleep.js";

export interface HostLimiterOptions {
  clock: Clock;
  sleep: Sleep;
  /** Requests in flight at once per host. */
  concurrency: number;
  /** Least time between the starts of two requests to one host. */
  minGapMs: number;
}

interface Host {
  queue: PQueue;
  nextStart: number;
}

/**
 * Per-host politeness: a p-queue per host bounds the requests in flight, and starts are spaced by at least the
 * gap (or the host's robots.txt Crawl-delay, when longer). Spacing waits on the injected clock, so tests run them
 * in virtual time.
 */
export class HostLimiter {
  private readonly hosts = new Map<string, Host>();

  constructor(private readonly options: HostLimiterOptions) {}

  run<T>(host: string, task: () => Promise<T>, gapMs = 0, signal?: AbortSignal): Promise<T> {
    let entry = this.hosts.get(host);
    if (!entry) {
      entry = { queue: new PQueue({ concurrency: this.options.concurrency }), nextStart: 0 };
      this.hosts.set(host, entry);
    }
    const slot = entry;
    return slot.queue.add(async () => {
      const now = this.options.clock.now().getTime();
      const start = Math.max(now, slot.nextStart);
      slot.nextStart = start + Math.max(gapMs, this.options.minGapMs);
      if (start > now) await this.options.sleep(start - now, signal);
      return task();
    }) as Promise<T>;
  }
}
