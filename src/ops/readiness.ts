import { realTimers, type Timers } from "../timers/timers.js";

/** One thing the service needs in order to answer: the corpus, the storage, a front end's connection. */
export interface ReadinessCheck {
  name: string;
  /** Whether it is ready now; `detail` says why not (or what it is, e.g. "socket mode"). */
  check(): CheckResult | Promise<CheckResult>;
}

export interface CheckResult {
  ok: boolean;
  detail?: string;
}

export interface Readiness {
  ready: boolean;
  checks: Record<string, CheckResult>;
}

/** A probe must answer quickly even when a database hangs: a check that takes longer counts as not ready. */
export const CHECK_TIMEOUT_MS = 2_000;

const failed = (error: unknown): CheckResult => ({
  ok: false,
  detail: error instanceof Error ? error.message : String(error),
});

function withTimeout(check: ReadinessCheck, timeoutMs: number, timers: Timers): Promise<CheckResult> {
  let pending: CheckResult | Promise<CheckResult>;
  try {
    pending = check.check();
  } catch (error) {
    return Promise.resolve(failed(error));
  }
  if (!(pending instanceof Promise)) return Promise.resolve(pending);
  return new Promise((resolve) => {
    const handle = timers.setTimeout(
      () => resolve({ ok: false, detail: `no answer within ${timeoutMs / 1000} s` }),
      timeoutMs,
    );
    pending.then(resolve, (error) => resolve(failed(error))).finally(() => timers.clearTimeout(handle));
  });
}

/** Runs every check at once; ready only when each one is. */
export async function assessReadiness(
  checks: readonly ReadinessCheck[],
  options: { timeoutMs?: number; timers?: Timers } = {},
): Promise<Readiness> {
  const timeoutMs = options.timeoutMs ?? CHECK_TIMEOUT_MS;
  const timers = options.timers ?? realTimers;
  const results = await Promise.all(checks.map((c) => withTimeout(c, timeoutMs, timers)));
  const byName: Record<string, CheckResult> = {};
  checks.forEach((c, i) => {
    byName[c.name] = results[i] ?? { ok: false };
  });
  return { ready: checks.length > 0 && results.every((r) => r.ok), checks: byName };
}
