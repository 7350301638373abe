/**
 * Timers behind an interface, so schedules can be driven by a fake clock in tests instead of waiting real hours.
 */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Node caps a single timer at about 24.8 days; longer waits are re-armed in steps. */
export const MAX_TIMER_MS = 2_147_483_647;

export const realTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, Math.min(Math.max(0, ms), MAX_TIMER_MS)),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export function sleep(ms: number, timers: Timers = realTimers): Promise<void> {
  return new Promise((resolve) => timers.setTimeout(resolve, ms));
}

/** Settles as `work` does, or rejects with `onTimeout()` after `ms` on `timers` if `work` has not settled by then. */
export function withTimeout<T>(
  work: Promise<T>,
  ms: number,
  timers: Timers,
  onTimeout: () => Error,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const handle = timers.setTimeout(() => reject(onTimeout()), ms);
    work.then(
      (value) => {
        timers.clearTimeout(handle);
        resolve(value);
      },
      (error: unknown) => {
        timers.clearTimeout(handle);
        reject(error);
      },
    );
  });
}

/** A task run now and again `intervalMs` after each run finishes, so runs never overlap. */
export interface RepeatingTask {
  stop(): Promise<void>;
  /** Resolves once the run in progress, if any, has finished and the next one is armed. */
  idle(): Promise<void>;
}

/** Runs `task` at once and then `intervalMs` after each run ends; `task` handles its own errors. */
export function repeatTask(task: () => Promise<void>, intervalMs: number, timers: Timers): RepeatingTask {
  let stopped = false;
  let timer: unknown;
  let running: Promise<void> = Promise.resolve();

  function schedule(): void {
    if (stopped) return;
    timer = timers.setTimeout(() => {
      running = task().finally(schedule);
    }, intervalMs);
  }

  running = task().finally(schedule);
  return {
    async stop() {
      stopped = true;
      timers.clearTimeout(timer);
      await running;
    },
    idle: () => running,
  };
}
