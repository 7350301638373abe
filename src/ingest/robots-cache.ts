import robotsParserModule from "robots-parser";
import type { Clock } from "../core/logger.js";
import { isFetchError } from "./fetch-error.js";
import type { GetResult, RobotsCheck } from "./polite-fetch.js";

export interface RobotsCacheOptions {
  /** Fetches robots.txt (without a robots check of its own). */
  get: (url: string, signal?: AbortSignal) => Promise<GetResult>;
  clock: Clock;
  /** The product token robots.txt groups are matched against. */
  agent: string;
  ttlMs?: number;
  /** How long an unreachable robots.txt keeps a host closed before it is asked again. */
  unreachableTtlMs?: number;
  /** A Crawl-delay above this is capped (a typo of 3600 must not stall a feed for an hour per page). */
  maxCrawlDelayMs?: number;
}

interface Rules {
  allows(url: string): boolean;
  crawlDelayMs: number;
  until: number;
}

const HOUR_MS = 3_600_000;

// The package is CommonJS exporting the function itself, while its types describe an ES default export.
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;

/**
 * robots.txt per origin, cached (RFC 9309): a file that is missing or refused (4xx) allows everything; one that
 * cannot be reached (5xx, timeout, network) disallows everything until it is asked again.
 */
export class RobotsCache implements RobotsCheck {
  private readonly rules = new Map<string, Rules>();
  private readonly loading = new Map<string, Promise<Rules>>();

  constructor(private readonly options: RobotsCacheOptions) {}

  async check(url: string, signal?: AbortSignal) {
    const origin = new URL(url).origin;
    const now = this.options.clock.now().getTime();
    let rules = this.rules.get(origin);
    if (!rules || rules.until <= now) rules = await this.load(origin, signal);
    return { allowed: rules.allows(url), crawlDelayMs: rules.crawlDelayMs };
  }

  private load(origin: string, signal?: AbortSignal): Promise<Rules> {
    let pending = this.loading.get(origin);
    if (!pending) {
      pending = this.fetchRules(origin, signal).finally(() => this.loading.delete(origin));
      this.loading.set(origin, pending);
    }
    return pending;
  }

  private async fetchRules(origin: string, signal?: AbortSignal): Promise<Rules> {
    const { clock, agent } = this.options;
    const now = clock.now().getTime();
    const robotsUrl = `${origin}/robots.txt`;
    let rules: Rules;
    try {
      const result = await this.options.get(robotsUrl, signal);
      const text = result.notModified ? "" : Buffer.from(result.bytes).toString("utf8");
      const parsed = robotsParser(robotsUrl, text);
      const delay = parsed.getCrawlDelay(agent);
      rules = {
        allows: (url) => parsed.isAllowed(url, agent) !== false,
        crawlDelayMs: Math.min(
          this.options.maxCrawlDelayMs ?? 30_000,
          typeof delay === "number" && delay > 0 ? delay * 1000 : 0,
        ),
        until: now + (this.options.ttlMs ?? HOUR_MS),
      };
    } catch (error) {
      if (isFetchError(error) && error.failure === "stopped") throw error;
      const status = isFetchError(error) ? error.details.status : undefined;
      const missing = status !== undefined && status >= 400 && status < 500 && status !== 429;
      rules = {
        allows: () => missing,
        crawlDelayMs: 0,
        until: now + (missing ? (this.options.ttlMs ?? HOUR_MS) : (this.options.unreachableTtlMs ?? 600_000)),
      };
    }
    this.rules.set(origin, rules);
    return rules;
  }
}
