/**
 * Why a fetch failed, in words an operator reads in the feed table and the logs. Every message is written here.
 */
export type FetchFailure =
  | "timeout"
  | "too-large"
  | "status"
  | "redirect-loop"
  | "too-many-redirects"
  | "bad-address"
  | "robots"
  | "network"
  | "stopped";

export interface FetchErrorDetails {
  url: string;
  status?: number;
  /** What the server asked to wait before trying again (Retry-After), in milliseconds. */
  retryAfterMs?: number;
  timeoutMs?: number;
  maxBytes?: number;
  redirects?: number;
  cause?: string;
}

const MB = 1024 * 1024;

const describe: Record<FetchFailure, (d: FetchErrorDetails) => string> = {
  timeout: (d) => `no complete answer within ${Math.round((d.timeoutMs ?? 0) / 1000)} s`,
  "too-large": (d) => `larger than the ${Math.round((d.maxBytes ?? 0) / MB)} MB limit`,
  status: (d) =>
    `the server answered HTTP ${d.status}` +
    (d.retryAfterMs !== undefined ? ` (retry after ${Math.ceil(d.retryAfterMs / 1000)} s)` : ""),
  "redirect-loop": (d) => `redirect loop (back to ${d.cause})`,
  "too-many-redirects": (d) => `more than ${d.redirects} redirects`,
  "bad-address": (d) => `not an http(s) address${d.cause ? `: ${d.cause}` : ""}`,
  robots: () => "robots.txt disallows fetching it",
  network: (d) => `could not connect (${d.cause ?? "network error"})`,
  stopped: () => "stopped before it finished",
};

/** Worth trying again later: the server or the network may recover. */
const TRANSIENT_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);

export class FetchError extends Error {
  override name = "FetchError";
  constructor(
    readonly failure: FetchFailure,
    readonly details: FetchErrorDetails,
  ) {
    super(describe[failure](details));
  }

  get transient(): boolean {
    if (this.failure === "status") return TRANSIENT_STATUS.has(this.details.status ?? 0);
    return this.failure === "timeout" || this.failure === "network";
  }
}

export function isFetchError(error: unknown): error is FetchError {
  return error instanceof FetchError;
}
