/**
 * Runs answers after their requests have been acknowledged. Verification is synchronous CPU work, so each job
 * starts on a fresh turn of the event loop (`setImmediate`, after pending I/O): acknowledgements of requests that
 * arrive meanwhile go out between jobs instead of waiting behind a burst of them. The queue also knows what is in
 * flight, so shutdown can wait for every started answer to be delivered.
 */
export class WorkQueue {
  private readonly waiting: (() => void)[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private active = 0;
  private startScheduled = false;

  constructor(private readonly concurrency = 4) {}

  get size(): number {
    return this.inFlight.size;
  }

  /** Resolves when the job has finished; the job's own errors are its to handle (a rejection is swallowed). */
  run(job: () => Promise<void>): Promise<void> {
    const done = new Promise<void>((resolve) => {
      this.waiting.push(() => {
        this.active += 1;
        job()
          .catch(() => {})
          .finally(() => {
            this.active -= 1;
            resolve();
            this.scheduleStart();
          });
      });
    });
    this.inFlight.add(done);
    void done.finally(() => this.inFlight.delete(done));
    this.scheduleStart();
    return done;
  }

  /**
   * At most one job starts per turn of the event loop, so between two jobs' synchronous work every pending
   * request gets its turn; up to `concurrency` jobs may be waiting on I/O at once.
   */
  private scheduleStart(): void {
    if (this.startScheduled || this.active >= this.concurrency || this.waiting.length === 0) return;
    this.startScheduled = true;
    setImmediate(() => {
      this.startScheduled = false;
      if (this.active < this.concurrency) this.waiting.shift()?.();
      this.scheduleStart();
    });
  }
  /** Waits for every queued and running job; false when `timeoutMs` passed first. */
  async drain(timeoutMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    try {
      while (this.inFlight.size > 0) {
        const settled = await Promise.race([Promise.all([...this.inFlight]).then(() => true), timedOut]);
        if (!settled) return false;
      }
      return true;
    } finally {
      clearTimeout(timer);
    }
  }
}
