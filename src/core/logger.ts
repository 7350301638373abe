/**
 * The logging interface the core accepts. Any pino logger satisfies it; the core never imports pino so that it
 * can run inside any host (CLI, bot, tests) with whatever logger that host chooses.
 */
export interface CoreLogger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export const silentLogger: CoreLogger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
};

/** Time source for the core, so schedules and "new since" logic can be tested with a fake clock. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
