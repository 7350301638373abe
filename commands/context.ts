import type { CorpusService } from "../src/core/corpus-service.js";
import type { Clock, CoreLogger } from "../src/core/logger.js";
import type { Verdict } from "../src/core/types.js";
import type { CommandStyle } from "./messages.js";
import type { MetricsSink } from "./metrics.js";
import type { Platform } from "./platform.js";
import type { Reply } from "./reply.js";

/** What a front end knows about who asked, for the record of checks (the user id is hashed before storage). */
export interface Requester {
  frontEnd: Platform;
  channelId?: string;
  userId?: string;
}

export interface CheckRecord extends Requester {
  quote: string;
  speaker: string | null;
  verdict: Verdict;
  at: Date;
}

export interface CommandContext {
  /** Answers from the corpus current at each call: it may be reloaded while a front end runs. */
  corpus: CorpusService;
  logger: CoreLogger;
  clock: Clock;
  /** Keeps a record of each verification for digests; failures are logged, never shown to the user. */
  recordCheck?: (check: CheckRecord) => Promise<void>;
  /** Counts verifications and their latency; absent, nothing is counted. */
  metrics?: MetricsSink;
  /** The most recently posted digest, for front ends that show it again (Slack's Home tab). */
  latestDigest?: () => Promise<{ reply: Reply; postedAt: Date } | null>;
}

/** The fairness key for a requester's work: one per user per front end, or the front end alone. */
/** How the requester's front end writes a command: `/verify` in chat, `verbatim verify` in a terminal. */
export function styleOf(requester: Requester): CommandStyle {
  return requester.frontEnd === "cli" ? "terminal" : "chat";
}

export function requesterKey(requester: Requester): string {
  return requester.userId ? `${requester.frontEnd}:${requester.userId}` : requester.frontEnd;
}
