import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { MetricsSink } from "../../commands/metrics.js";
import type { Reply } from "../../commands/reply.js";
import type { Clock, CoreLogger } from "../core/logger.js";
import type { Storage } from "../storage/storage.js";
import { MAX_TIMER_MS, realTimers, type Timers } from "../timers/timers.js";
import { boundedStorage, STORAGE_TIMEOUT_MS } from "./bounded-storage.js";
import type { QuietMode } from "./build-digest.js";
import { cronSchedule } from "./cron-schedule.js";
import type { DigestTarget } from "./digest-target.js";
import { defaultRetryPolicy, type RetryPolicy } from "./post-with-retry.js";
import { type DigestPeriod, runDigestSlot, type SlotDeps, type SlotOutcome } from "./run-digest-slot.js";

export interface DigestSchedulerOptions {
  /** croner syntax, e.g. "0 8 * * 1-5". */
  cron: string;
  timezone: string;
  clock: Clock;
  storage: Storage;
  targets: readonly DigestTarget[];
  build: (period: DigestPeriod & { quiet: QuietMode }) => Promise<Reply | null>;
  logger: CoreLogger;
  quiet: QuietMode;
  /** Defaults to real timers; tests pass a fake clock's. */
  timers?: Timers;
  /** Unique per process; defaults to host, pid and a random part. */
  owner?: string;
  /** How long a claim holds without renewal before another instance may take the slot over. */
  leaseMs?: number;
  /** How soon a slot with a target still missing is tried again. */
  retryDelayMs?: number;
  /** First wait before trying again after the storage failed; it doubles per failure, up to `retryDelayMs`. */
  recoveryDelayMs?: number;
  /** Longest one storage call may take before it counts as failed. */
  storageTimeoutMs?: number;
  /** Slots older than this are no longer retried. */
  pendingWindowMs?: number;
  retry?: RetryPolicy;
  /** Counts each target's post or failure. */
  metrics?: MetricsSink;
}

export interface DigestScheduler {
  stop(): Promise<void>;
  /** Resolves when no scheduled work is running. */
  idle(): Promise<void>;
}

const DAY_MS = 86_400_000;
/** Slots retried per pass, newest first: a backlog is worked down without a flood of posts at once. */
const RETRIES_PER_PASS = 3;
const SINCE_KEY = "digest_schedule_since";

function abortableSleep(signal: AbortSignal, timers: Timers): (ms: number) => Promise<void> {
  return (ms) =>
    new Promise((resolve, reject) => {
      if (signal.aborted) return reject(new Error("the scheduler is stopping"));
      const handle = timers.setTimeout(() => {
        signal.removeEventListener("abort", onAbort);
        resolve();
      }, ms);
      const onAbort = () => {
        timers.clearTimeout(handle);
        reject(new Error("the scheduler is stopping"));
      };
      signal.addEventListener("abort", onAbort, { once: true });
    });
}

/**
 * Posts the digest at each fire time of the cron pattern, exactly once per slot across restarts and replicas (the
 * storage arbitrates), catches up the most recent slot missed while no instance ran or while the storage failed,
 * and retries slots that some target is still missing. All work runs one job at a time.
 */
export function startDigestScheduler(options: DigestSchedulerOptions): DigestScheduler {
  const schedule = cronSchedule(options.cron, options.timezone);
  const { clock, logger } = options;
  const timers = options.timers ?? realTimers;
  const storage = boundedStorage(options.storage, options.storageTimeoutMs ?? STORAGE_TIMEOUT_MS, timers);
  const startedAt = clock.now();
  const abort = new AbortController();
  const retryDelayMs = options.retryDelayMs ?? 5 * 60_000;
  const recoveryDelayMs = options.recoveryDelayMs ?? 30_000;
  const pendingWindowMs = options.pendingWindowMs ?? DAY_MS;
  const deps: SlotDeps = {
    storage,
    targets: options.targets,
    build: (period) => options.build({ ...period, quiet: options.quiet }),
    defaultFrom: (to) => schedule.latest(new Date(to.getTime() - 1)) ?? new Date(to.getTime() - DAY_MS),
    clock,
    logger,
    owner: options.owner ?? `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`,
    leaseMs: options.leaseMs ?? 10 * 60_000,
    // Waits between attempts run on the scheduler's timers, so a fake clock drives them too and stop() ends them;
    // a policy that brings its own sleep keeps it.
    retry: {
      ...(options.retry ?? defaultRetryPolicy),
      sleep: options.retry?.sleep ?? abortableSleep(abort.signal, timers),
    },
    ...(options.metrics ? { metrics: options.metrics } : {}),
  };
  let stopped = false;
  let work: Promise<void> = Promise.resolve();
  let fireTimer: unknown;
  let retryTimer: unknown;
  let retryDue = Number.POSITIVE_INFINITY;
  /** Jobs failed in a row (the storage, nearly always); while non-zero, a retry also recovers a missed slot. */
  let failures = 0;

  function enqueue(label: string, job: () => Promise<void>): void {
    work = work.then(async () => {
      if (stopped) return;
      try {
        await job();
      } catch (error) {
        failures += 1;
        const retryInMs = Math.min(retryDelayMs, recoveryDelayMs * 2 ** (failures - 1));
        logger.error({ err: error, job: label, retryInMs }, "digest scheduling failed; will try again");
        armRetry(retryInMs);
      }
    });
  }

  async function runSlot(at: Date, why: string): Promise<SlotOutcome> {
    const slot = at.toISOString();
    const outcome = await runDigestSlot(deps, slot, at);
    logger.info({ slot, outcome, why }, "digest slot handled");
    return outcome;
  }

  /**
   * A slot whose claim never reached the storage has no row, so the pending retries cannot see it; it is found
   * the way a restart finds one, and posted under the same rule: the most recent missed slot, once.
   */
  async function retryPass(): Promise<void> {
    if (failures > 0) await catchUp("recovery");
    await retryPending();
    failures = 0;
  }

  async function retryPending(): Promise<void> {
    const since = new Date(clock.now().getTime() - pendingWindowMs);
    for (const pending of (await storage.pendingDigests(since)).slice(0, RETRIES_PER_PASS)) {
      if (stopped) return;
      const outcome = await runDigestSlot(deps, pending.slot, pending.scheduledFor);
      logger.info({ slot: pending.slot, outcome, attempts: pending.attempts }, "pending digest retried");
    }
    await armRetryIfPending();
  }

  /** A slot some target still lacks (here or on another instance) gets another try after the retry delay. */
  async function armRetryIfPending(): Promise<void> {
    const since = new Date(clock.now().getTime() - pendingWindowMs);
    if ((await storage.pendingDigests(since)).length > 0) armRetry(retryDelayMs);
  }

  async function catchUp(why: "catch-up" | "recovery"): Promise<void> {
    const now = clock.now();
    // The start time, not this call's: a first start whose storage was down still owes the slots since then.
    const since = new Date(await storage.settingOnce(SINCE_KEY, startedAt.toISOString()));
    const last = await storage.lastScheduledSlot();
    const floor = last && last.getTime() > since.getTime() ? last : since;
    const missed = schedule.latest(now, floor);
    if (!missed) return;
    const outcome = await runSlot(missed, why);
    if (why === "recovery" && outcome !== "taken") {
      logger.warn(
        { slot: missed.toISOString(), outcome },
        "recovered a digest slot missed while the storage was failing",
      );
    }
  }

  /** Arms the retry pass `delayMs` from now, unless one is already due sooner. */
  function armRetry(delayMs: number): void {
    const due = clock.now().getTime() + delayMs;
    if (stopped || (retryTimer !== undefined && retryDue <= due)) return;
    timers.clearTimeout(retryTimer);
    retryDue = due;
    retryTimer = timers.setTimeout(() => {
      retryTimer = undefined;
      enqueue("retry", retryPass);
    }, delayMs);
  }

  function armFire(at: Date): void {
    if (stopped) return;
    const wait = at.getTime() - clock.now().getTime();
    fireTimer = timers.setTimeout(
      () => {
        // Long waits are made of several timers; only the last one fires the slot.
        if (at.getTime() - clock.now().getTime() > 1000) return armFire(at);
        enqueue("slot", async () => {
          await runSlot(at, "schedule");
          await armRetryIfPending();
        });
        armNext(at);
      },
      Math.min(Math.max(0, wait), MAX_TIMER_MS),
    );
  }

  function armNext(after: Date): void {
    const at = schedule.next(after);
    if (at) armFire(at);
    else logger.warn({ cron: options.cron }, "the digest schedule has no further fire times");
  }

  enqueue("start", async () => {
    await catchUp("catch-up");
    await retryPending();
  });
  armNext(clock.now());

  return {
    async stop() {
      stopped = true;
      abort.abort();
      timers.clearTimeout(fireTimer);
      timers.clearTimeout(retryTimer);
      await work;
    },
    async idle() {
      for (let seen = work; ; seen = work) {
        await seen;
        if (seen === work) return;
      }
    },
  };
}
