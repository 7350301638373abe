import type { Reply } from "../../commands/reply.js";

export interface PostContext {
  /** The slot being posted, e.g. the cron fire time in ISO form. */
  slot: string;
  /**
   * An earlier attempt for this slot may have reached the platform without an answer (timeout, 5xx, crash):
   * look for that message before posting again.
   */
  mayExist: boolean;
  /** When the first attempt for this slot may have started; messages before it cannot be ours. */
  since: Date;
}

/** A channel a digest goes to. */
export interface DigestTarget {
  /** Stable and unique, recorded per slot once posted: "slack:C0123", "discord:1023…". */
  readonly id: string;
  post(reply: Reply, context: PostContext): Promise<{ messageId: string | null }>;
}

/** Why a post failed, and whether trying again could help. */
export class PostError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    /** The platform asked to wait this long before trying again. */
    readonly retryAfterMs?: number,
    /** The platform may have posted the message despite the failure (timeouts, 5xx). */
    readonly ambiguous = false,
  ) {
    super(message);
    this.name = "PostError";
  }
}
