import { Cron } from "croner";

export interface CronSchedule {
  /** The first fire time strictly after `after`. */
  next(after: Date): Date | null;
  /** The latest fire time at or before `at` and strictly after `notBefore`; null when there is none. */
  latest(at: Date, notBefore?: Date | null): Date | null;
}

export class CronPatternError extends Error {
  constructor(pattern: string, reason: string) {
    super(
      `DIGEST_CRON "${pattern}" is not a schedule I can read (${reason}). Example: DIGEST_CRON=0 8 * * 1-5`,
    );
    this.name = "CronPatternError";
  }
}

/** Widening look-back windows: croner only counts forwards, so the latest past fire time is found by search. */
const LOOK_BACK_MS = [60_000, 3_600_000, 86_400_000, 8 * 86_400_000, 32 * 86_400_000, 367 * 86_400_000];

/** Fire times of a cron pattern in a time zone; a pure calculation, no timers. */
export function cronSchedule(pattern: string, timezone: string): CronSchedule {
  let cron: Cron;
  try {
    cron = new Cron(pattern, { timezone, paused: true });
  } catch (error) {
    throw new CronPatternError(pattern, error instanceof Error ? error.message : String(error));
  }
  const next = (after: Date) => cron.nextRun(after);
  return {
    next,
    latest(at, notBefore = null) {
      for (const window of LOOK_BACK_MS) {
        const floor = notBefore && notBefore.getTime() > at.getTime() - window ? notBefore : null;
        const from = floor ?? new Date(at.getTime() - window);
        let found: Date | null = null;
        for (let t = next(from); t && t.getTime() <= at.getTime(); t = next(t)) found = t;
        if (found || floor) return found;
      }
      return null;
    },
  };
}
