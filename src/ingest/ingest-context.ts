import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { packageVersion } from "../config/package-version.js";
import type { Clock, CoreLogger } from "../core/logger.js";
import { systemClock } from "../core/logger.js";
import type { IngestStore } from "../storage/ingest-store.js";
import { realTimers, type Timers } from "../timers/timers.js";
import { HostLimiter } from "./host-limiter.js";
import { defaultRetry, type HttpDeps, politeGet, type RetryPolicy } from "./polite-fetch.js";
import { publicOnlyFetch } from "./public-address.js";
import { RobotsCache } from "./robots-cache.js";
import { type Sleep, timersSleep } from "./sleep.js";

/** Every limit the ingester works within, in one place. */
export interface IngestLimits {
  pageMaxBytes: number;
  feedMaxBytes: number;
  robotsMaxBytes: number;
  pageTimeoutMs: number;
  feedTimeoutMs: number;
  robotsTimeoutMs: number;
  maxRedirects: number;
  /** Requests in flight at once to one host, and the least time between two of them starting. */
  hostConcurrency: number;
  hostGapMs: number;
  /** Article pages fetched at once, across hosts. */
  fetchConcurrency: number;
  /** How long a claimed poll or fetch holds before another instance may take it over: above any fetch's length. */
  leaseMs: number;
  /** Fetches of one article before it is given up. */
  itemAttempts: number;
  itemRetryMs: number;
  /** Longest wait before polling a failing feed again. */
  maxFeedBackoffMs: number;
  /** How often pending items and articles ingested elsewhere are looked for. */
  sweepIntervalMs: number;
  retry: RetryPolicy;
}

export const defaultLimits: Readonly<IngestLimits> = Object.freeze({
  pageMaxBytes: 5 * 1024 * 1024,
  feedMaxBytes: 10 * 1024 * 1024,
  robotsMaxBytes: 512 * 1024,
  pageTimeoutMs: 30_000,
  feedTimeoutMs: 20_000,
  robotsTimeoutMs: 10_000,
  maxRedirects: 5,
  hostConcurrency: 2,
  hostGapMs: 1_000,
  fetchConcurrency: 4,
  leaseMs: 5 * 60_000,
  itemAttempts: 4,
  itemRetryMs: 10 * 60_000,
  maxFeedBackoffMs: 6 * 3_600_000,
  sweepIntervalMs: 60_000,
  retry: defaultRetry,
});

export const ROBOTS_AGENT = "Verbatim";

export function userAgent(contact: string): string {
  return `${ROBOTS_AGENT}/${packageVersion()} (+${contact})`;
}

export interface IngestContextOptions {
  store: IngestStore;
  corpusDir: string;
  /** A URL or e-mail address site owners can reach the operator at; it goes in the User-Agent. */
  contact: string;
  logger: CoreLogger;
  clock?: Clock;
  timers?: Timers;
  sleep?: Sleep;
  fetch?: typeof fetch;
  /** Allow feeds and pages on loopback and private networks (an intranet, tests); refused by default. */
  allowPrivateNetworks?: boolean;
  /** Unique per process; defaults to host, pid and a random part. */
  owner?: string;
  limits?: Partial<IngestLimits>;
}

/** What polling a feed and fetching an item need, built once per process. */
export interface IngestContext {
  store: IngestStore;
  corpusDir: string;
  logger: CoreLogger;
  clock: Clock;
  timers: Timers;
  owner: string;
  limits: IngestLimits;
  http: HttpDeps;
  /** Aborted when the ingester stops: every request and wait ends at once. */
  signal: AbortSignal;
}

export function createIngestContext(options: IngestContextOptions, signal: AbortSignal): IngestContext {
  const clock = options.clock ?? systemClock;
  const timers = options.timers ?? realTimers;
  const sleep = options.sleep ?? timersSleep(timers);
  const limits: IngestLimits = { ...defaultLimits, ...options.limits };
  const base = {
    fetch: options.fetch ?? (options.allowPrivateNetworks ? globalThis.fetch : publicOnlyFetch()),
    userAgent: userAgent(options.contact),
    clock,
    timers,
    sleep,
    limiter: new HostLimiter({
      clock,
      sleep,
      concurrency: limits.hostConcurrency,
      minGapMs: limits.hostGapMs,
    }),
  };
  const robots = new RobotsCache({
    clock,
    agent: ROBOTS_AGENT,
    get: (url, stop) =>
      politeGet(base, url, {
        accept: "text/plain, */*;q=0.5",
        maxBytes: limits.robotsMaxBytes,
        timeoutMs: limits.robotsTimeoutMs,
        retry: { ...limits.retry, attempts: 1 },
        ...(stop ? { signal: stop } : {}),
      }),
  });
  return {
    store: options.store,
    corpusDir: options.corpusDir,
    logger: options.logger,
    clock,
    timers,
    owner: options.owner ?? `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`,
    limits,
    http: { ...base, robots },
    signal,
  };
}
