import type { Reply } from "../../commands/reply.js";
import type { CoreLogger } from "../core/logger.js";
import { sleep } from "../timers/timers.js";
import { type DigestTarget, type PostContext, PostError } from "./digest-target.js";

export interface RetryPolicy {
  /** Attempts per target per run; a target still failing stays pending and is retried by the scheduler later. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this ends the run for the target instead of holding the slot's lease. */
  maxRetryAfterMs: number;
  sleep?: (ms: number) => Promise<void>;
}

export const defaultRetryPolicy: RetryPolicy = {
  attempts: 4,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 120_000,
};

/** Exponential backoff with jitter, so replicas and retries do not hit a recovering service in step. */
export function backoffDelay(policy: RetryPolicy, attempt: number, random = Math.random): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.round(exponential * (0.75 + random() * 0.5));
}

function asPostError(error: unknown): PostError {
  if (error instanceof PostError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new PostError(message, true, undefined, true);
}

/** Posts to one target, retrying what can be retried; throws the last `PostError` when it gives up. */
export async function postWithRetry(
  target: DigestTarget,
  reply: Reply,
  context: PostContext,
  policy: RetryPolicy,
  logger: CoreLogger,
): Promise<{ messageId: string | null }> {
  const wait = policy.sleep ?? ((ms: number) => sleep(ms));
  let mayExist = context.mayExist;
  for (let attempt = 0; ; attempt++) {
    try {
      return await target.post(reply, { ...context, mayExist, recent: mayExist && !context.mayExist });
    } catch (caught) {
      const error = asPostError(caught);
      mayExist ||= error.ambiguous;
      const last = attempt + 1 >= policy.attempts;
      const tooLong = error.retryAfterMs !== undefined && error.retryAfterMs > policy.maxRetryAfterMs;
      if (!error.retryable || last || tooLong) throw error;
      const delay = error.retryAfterMs ?? backoffDelay(policy, attempt);
      logger.warn(
        {
          target: target.id,
          slot: context.slot,
          attempt: attempt + 1,
          retryInMs: delay,
          reason: error.message,
        },
        "digest post failed; retrying",
      );
      await wait(delay);
    }
  }
}
