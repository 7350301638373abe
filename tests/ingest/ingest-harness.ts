import { silentLogger } from "../../src/core/logger.js";
import {
  createIngestContext,
  type IngestContext,
  type IngestLimits,
} from "../../src/ingest/ingest-context.js";
import type { IngestStore } from "../../src/storage/ingest-store.js";
import { VirtualTime } from "../fakes/news-site/virtual-time.js";

export const CONTACT = "https://desk.example.org/verbatim";

/** Limits small enough for a test to cross, long enough for a loaded machine never to hit by accident. */
export const testLimits: Partial<IngestLimits> = {
  pageMaxBytes: 1024 * 1024,
  hostGapMs: 500,
  retry: { attempts: 3, baseDelayMs: 1000, maxDelayMs: 8000, maxRetryAfterMs: 60_000 },
};

/** An ingest context in virtual time; `store` may be omitted when only HTTP is exercised. */
export function testContext(
  options: {
    store?: IngestStore;
    corpusDir?: string;
    time?: VirtualTime;
    limits?: Partial<IngestLimits>;
  } = {},
): { ctx: IngestContext; time: VirtualTime; abort: AbortController } {
  const time = options.time ?? new VirtualTime();
  const abort = new AbortController();
  const ctx = createIngestContext(
    {
      store: options.store ?? ({} as IngestStore),
      corpusDir: options.corpusDir ?? "/nonexistent",
      contact: CONTACT,
      allowPrivateNetworks: true,
      logger: silentLogger,
      clock: time,
      timers: time,
      sleep: time.sleep,
      owner: "test-owner",
      limits: { ...testLimits, ...options.limits },
    },
    abort.signal,
  );
  return { ctx, time, abort };
}
