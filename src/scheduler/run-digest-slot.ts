import { type MetricsSink, parseStoredReply, type Reply } from "../../commands/index.js";
import type { Clock, CoreLogger } from "../core/logger.js";
import type { Storage } from "../storage/storage.js";
import { sleep } from "../timers/timers.js";
import type { DigestTarget } from "./digest-target.js";
import { postWithRetry, type RetryPolicy } from "./post-with-retry.js";

export interface DigestPeriod {
  from: Date;
  to: Date;
}

export interface SlotDeps {
  storage: Storage;
  targets: readonly DigestTarget[];
  /** Builds the content for a period; null means there is nothing to post. */
  build: (period: DigestPeriod) => Promise<Reply | null>;
  /** Where a period starts when no earlier digest ended one. */
  defaultFrom: (to: Date) => Date;
  clock: Clock;
  logger: CoreLogger;
  owner: string;
  leaseMs: number;
  retry: RetryPolicy;
  /** Counts each target's post or failure. */
  metrics?: MetricsSink;
}

/** posted: every target has it; skipped: quiet, nothing to post; pending: some target still lacks it; taken: not ours. */
export type SlotOutcome = "posted" | "skipped" | "pending" | "taken";

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Recording a success must not be lost to a brief database hiccup, or the next attempt would post it again. */
async function recordPosted(
  d: SlotDeps,
  slot: string,
  target: string,
  messageId: string | null,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await d.storage.markPosted(slot, target, d.clock.now(), messageId);
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
      await (d.retry.sleep ?? sleep)(500 * attempt);
    }
  }
}

async function contentFor(d: SlotDeps, slot: string, to: Date): Promise<Reply | null> {
  const from = (await d.storage.lastDigestPeriodEnd(to)) ?? d.defaultFrom(to);
  const reply = await d.build({ from, to });
  await d.storage.saveDigestContent(slot, { from, to, reply });
  return reply;
}

/**
 * Posts one slot at most once per target. The claim (with a lease) makes this process the only poster; each
 * target is recorded as soon as it succeeds, so a later attempt posts only to the targets still missing, with the
 * content the first attempt built.
 */
export async function runDigestSlot(d: SlotDeps, slot: string, scheduledFor: Date): Promise<SlotOutcome> {
  const claim = await d.storage.claimDigest({
    slot,
    scheduledFor,
    owner: d.owner,
    now: d.clock.now(),
    leaseMs: d.leaseMs,
  });
  if (!claim) return "taken";
  try {
    // Content stored by an earlier attempt is checked before it is posted: a damaged row is refused, not posted.
    const stored = claim.reply === null ? null : parseStoredReply(claim.reply);
    const reply = claim.built ? stored : await contentFor(d, slot, scheduledFor);
    if (reply === null) {
      await d.storage.finishDigest(slot, d.owner, { now: d.clock.now(), complete: true });
      d.logger.info({ slot }, "quiet digest period; nothing posted");
      return "skipped";
    }
    const posted = new Set(await d.storage.postedTargets(slot));
    const failures: string[] = [];
    for (const target of d.targets) {
      if (posted.has(target.id)) continue;
      if (!(await d.storage.renewDigestLease(slot, d.owner, d.clock.now(), d.leaseMs))) {
        d.logger.warn({ slot }, "lost the digest claim to another instance; leaving the slot to it");
        return "taken";
      }
      let delivered = false;
      try {
        // Content built by an earlier attempt means that attempt may have reached a target before it failed or died.
        const context = { slot, mayExist: claim.built, since: claim.scheduledFor };
        const { messageId } = await postWithRetry(target, reply, context, d.retry, d.logger);
        delivered = true;
        d.metrics?.digestPost(target.id, "posted");
        await recordPosted(d, slot, target.id, messageId);
        d.logger.info({ slot, target: target.id, messageId }, "digest posted");
      } catch (error) {
        if (!delivered) d.metrics?.digestPost(target.id, "failed");
        failures.push(`${target.id}: ${describe(error)}`);
        d.logger.error(
          { slot, target: target.id, reason: describe(error) },
          "digest not posted; will retry later",
        );
      }
    }
    const complete = failures.length === 0;
    await d.storage.finishDigest(slot, d.owner, {
      now: d.clock.now(),
      complete,
      ...(complete ? {} : { error: failures.join("; ") }),
    });
    return complete ? "posted" : "pending";
  } catch (error) {
    d.logger.error({ err: error, slot }, "digest run failed; will retry later");
    await d.storage
      .finishDigest(slot, d.owner, { now: d.clock.now(), complete: false, error: describe(error) })
      .catch((releaseError) =>
        d.logger.warn({ err: releaseError, slot }, "could not release the digest claim"),
      );
    return "pending";
  }
}
