import type { Clock, CoreLogger } from "../src/core/logger.js";
import type { Engine, Verdict } from "../src/core/types.js";

export type FrontEnd = "slack" | "discord" | "cli";

/** What a front end knows about who asked, for the record of checks (the user id is hashed before storage). */
export interface Requester {
  frontEnd: FrontEnd;
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
  /** The current engine: the corpus may be reloaded while a front end runs. */
  engine: () => Engine;
  logger: CoreLogger;
  clock: Clock;
  /** Keeps a record of each verification for digests; failures are logged, never shown to the user. */
  recordCheck?: (check: CheckRecord) => Promise<void>;
}
