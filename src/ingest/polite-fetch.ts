import type { Clock } from "../core/logger.js";
import type { Timers } from "../timers/timers.js";
import { FetchError, isFetchError } from "./fetch-error.js";
import type { HostLimiter } from "./host-limiter.js";
import { metaRefreshTarget } from "./meta-refresh.js";
import { readLimited } from "./read-limited.js";
import type { Sleep } from "./sleep.js";
import { normaliseUrl } from "./url-key.js";

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A longer Retry-After ends this fetch; the caller tries again after it. */
  maxRetryAfterMs: number;
}

export const defaultRetry: RetryPolicy = {
  attempts: 3,
  baseDelayMs: 2_000,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 60_000,
};

/** What may fetch a URL: robots.txt's answer for it, and the host's Crawl-delay. */
export interface RobotsCheck {
  check(url: string, signal?: AbortSignal): Promise<{ allowed: boolean; crawlDelayMs: number }>;
}

export interface HttpDeps {
  fetch: typeof fetch;
  userAgent: string;
  clock: Clock;
  /** Arms each request's deadline. */
  timers: Timers;
  /** Waits between attempts. */
  sleep: Sleep;
  limiter: HostLimiter;
  /** Absent only for fetching robots.txt itself. */
  robots?: RobotsCheck;
}

export interface GetOptions {
  accept: string;
  maxBytes: number;
  timeoutMs: number;
  maxRedirects?: number;
  etag?: string | null;
  lastModified?: string | null;
  retry?: RetryPolicy;
  /** Aborts everything: the ingester is stopping. */
  signal?: AbortSignal;
}

export type GetResult =
  | {
      notModified: false;
      url: string;
      bytes: Uint8Array;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
    }
  | { notModified: true; url: string };

type Hop = GetResult | { redirect: string };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const PAGE_TYPES = /^\s*(?:text\/html|application\/xhtml\+xml)\b/i;

/** Where a fetched page sends the reader on at once with a meta refresh, when it is a page and does. */
function refreshOf(result: GetResult): string | null {
  if (result.notModified || !PAGE_TYPES.test(result.contentType ?? "")) return null;
  return metaRefreshTarget(result.bytes);
}

/** Retry-After as seconds or an HTTP date, in milliseconds from now. */
export function retryAfterMs(value: string | null, now: Date): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value.trim());
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

function networkCause(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message ?? "network error";
}

async function requestOnce(deps: HttpDeps, url: string, options: GetOptions): Promise<Hop> {
  const controller = new AbortController();
  let timedOut = false;
  const deadline = deps.timers.setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, controller.signal]) : controller.signal;
  const headers: Record<string, string> = { "user-agent": deps.userAgent, accept: options.accept };
  if (options.etag) headers["if-none-match"] = options.etag;
  if (options.lastModified) headers["if-modified-since"] = options.lastModified;
  try {
    const response = await deps.fetch(url, { headers, redirect: "manual", signal });
    const { status } = response;
    if (REDIRECTS.has(status) && response.headers.has("location")) {
      await response.body?.cancel().catch(() => undefined);
      return { redirect: response.headers.get("location") as string };
    }
    if (status === 304) return { notModified: true, url };
    if (status < 200 || status >= 300) {
      await response.body?.cancel().catch(() => undefined);
      const wait = retryAfterMs(response.headers.get("retry-after"), deps.clock.now());
      throw new FetchError("status", { url, status, ...(wait !== undefined ? { retryAfterMs: wait } : {}) });
    }
    const bytes = await readLimited(response, url, options.maxBytes, () => controller.abort());
    return {
      notModified: false,
      url,
      bytes,
      contentType: response.headers.get("content-type"),
      etag: response.headers.get("etag"),
      lastModified: response.headers.get("last-modified"),
    };
  } catch (error) {
    if (isFetchError(error)) throw error;
    if (timedOut) throw new FetchError("timeout", { url, timeoutMs: options.timeoutMs });
    if (options.signal?.aborted) throw new FetchError("stopped", { url });
    throw new FetchError("network", { url, cause: networkCause(error) });
  } finally {
    deps.timers.clearTimeout(deadline);
  }
}

/**
 * One request per hop, each to its host's queue and checked against that host's robots.txt. A page's meta refresh
 * is a hop like an HTTP redirect, under the same limit; one back to the page itself is a reload, and the page is
 * kept.
 */
async function followRedirects(deps: HttpDeps, start: string, options: GetOptions): Promise<GetResult> {
  const maxRedirects = options.maxRedirects ?? 5;
  const visited = new Set<string>();
  let url = start;
  for (let hop = 0; ; hop++) {
    visited.add(url);
    let gapMs = 0;
    if (deps.robots) {
      const verdict = await deps.robots.check(url, options.signal);
      if (!verdict.allowed) throw new FetchError("robots", { url });
      gapMs = verdict.crawlDelayMs;
    }
    const result = await deps.limiter.run(
      new URL(url).host,
      () => requestOnce(deps, url, options),
      gapMs,
      options.signal,
    );
    let location: string;
    if ("redirect" in result) location = result.redirect;
    else {
      const refresh = refreshOf(result);
      if (refresh === null || normaliseUrl(refresh, url) === url) return result;
      location = refresh;
    }
    const next = normaliseUrl(location, url);
    if (!next) throw new FetchError("bad-address", { url, cause: location.slice(0, 100) });
    if (visited.has(next)) throw new FetchError("redirect-loop", { url: start, cause: next });
    if (hop + 1 > maxRedirects)
      throw new FetchError("too-many-redirects", { url: start, redirects: maxRedirects });
    url = next;
  }
}

function backoff(policy: RetryPolicy, attempt: number): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
}

/**
 * GET with every politeness rule: the User-Agent, robots.txt, per-host concurrency and spacing, a deadline on each
 * request, a size limit, redirects followed by hand (to a limit, loops refused) and retries of transient failures
 * with backoff, honouring Retry-After. Throws `FetchError`.
 */
export async function politeGet(deps: HttpDeps, url: string, options: GetOptions): Promise<GetResult> {
  const policy = options.retry ?? defaultRetry;
  for (let attempt = 0; ; attempt++) {
    try {
      return await followRedirects(deps, url, options);
    } catch (error) {
      if (!isFetchError(error)) throw error;
      const wait = error.details.retryAfterMs;
      const last = attempt + 1 >= policy.attempts;
      // A server too slow to answer once is not asked again at once; the item or feed is retried later.
      const again = error.transient && error.failure !== "timeout";
      if (!again || last || (wait !== undefined && wait > policy.maxRetryAfterMs)) throw error;
      await deps.sleep(wait ?? backoff(policy, attempt), options.signal);
    }
  }
}
