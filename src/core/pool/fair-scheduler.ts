import { errorFor } from "../errors.js";

/**
 * Shares a fixed number of worker slots fairly between requesters. Each requester (a user, the digest, the CLI)
 * has its own queue; free slots go to the queues in turn (round robin), so a burst of heavy queries from one user
 * delays that user's later queries, not everyone else's. A requester may have at most `perRequester` jobs queued
 * or running; more are refused at once with a friendly TOO_MANY_REQUESTS error rather than waiting behind them.
 * No timers: a job starts when one is submitted or one finishes.
 */
export interface FairSchedulerOptions {
  /** Jobs run at once (the pool's threads). */
  slots: number;
  /** Jobs one requester may have queued or running. */
  perRequester: number;
}

interface Job {
  key: string;
  start: () => Promise<unknown>;
  resolve: (value: never) => void;
  reject: (error: unknown) => void;
}

const ANONYMOUS = "anonymous";

export class FairScheduler {
  private readonly queues = new Map<string, Job[]>();
  /** Requesters with queued jobs, in the order they are served. */
  private readonly turns: string[] = [];
  private readonly held = new Map<string, number>();
  private running = 0;
  private idle: (() => void)[] = [];

  constructor(private readonly options: FairSchedulerOptions) {}

  /** Jobs queued (not yet started). */
  get queued(): number {
    let n = 0;
    for (const queue of this.queues.values()) n += queue.length;
    return n;
  }

  get active(): number {
    return this.running;
  }

  /** Queues `start` for `key`; rejects with TOO_MANY_REQUESTS when that requester already has its share. */
  submit<T>(key: string | undefined, start: () => Promise<T>): Promise<T> {
    const requester = key || ANONYMOUS;
    const holding = this.held.get(requester) ?? 0;
    if (holding >= this.options.perRequester) return Promise.reject(errorFor("TOO_MANY_REQUESTS"));
    this.held.set(requester, holding + 1);
    return new Promise<T>((resolve, reject) => {
      const job: Job = { key: requester, start, resolve: resolve as (v: never) => void, reject };
      const queue = this.queues.get(requester);
      if (queue) queue.push(job);
      else {
        this.queues.set(requester, [job]);
        this.turns.push(requester);
      }
      this.pump();
    });
  }

  /** Resolves once nothing is queued or running. */
  drained(): Promise<void> {
    if (this.running === 0 && this.turns.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  private next(): Job | undefined {
    const key = this.turns.shift();
    if (key === undefined) return undefined;
    const queue = this.queues.get(key)!;
    const job = queue.shift()!;
    if (queue.length > 0) this.turns.push(key);
    else this.queues.delete(key);
    return job;
  }

  private pump(): void {
    while (this.running < this.options.slots) {
      const job = this.next();
      if (!job) break;
      this.running++;
      let started: Promise<unknown>;
      try {
        started = job.start();
      } catch (error) {
        started = Promise.reject(error);
      }
      started.then(job.resolve as (v: unknown) => void, job.reject).finally(() => {
        this.running--;
        const holding = (this.held.get(job.key) ?? 1) - 1;
        if (holding > 0) this.held.set(job.key, holding);
        else this.held.delete(job.key);
        this.pump();
      });
    }
    if (this.running === 0 && this.turns.length === 0) {
      const waiting = this.idle;
      this.idle = [];
      for (const resolve of waiting) resolve();
    }
  }
}
