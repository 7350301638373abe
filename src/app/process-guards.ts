/**
 * The last line of defence for a long-running bot: an exception nothing caught, or a promise rejected with no one
 * listening, is logged (through the app's logger, which scrubs secrets) and the process carries on. Without these
 * Node prints a raw stack and exits, cutting off every request in flight and leaving the data directory's lock
 * behind. Installed by the entry point only: a library must not decide how a host process handles its failures.
 */
import type { CoreLogger } from "../core/logger.js";

/** The part of `process` the guards listen on; tests pass an EventEmitter. */
export interface ProcessEvents {
  on(event: "uncaughtException" | "unhandledRejection", listener: (reason: unknown) => void): unknown;
  off(event: "uncaughtException" | "unhandledRejection", listener: (reason: unknown) => void): unknown;
}

function describe(reason: unknown): object {
  return reason instanceof Error ? { err: reason } : { reason: String(reason) };
}

/** Starts guarding `target`; the result removes the guards. */
export function installProcessGuards(target: ProcessEvents, logger: CoreLogger): () => void {
  // The same error can surface more than once (rethrown by several handlers); one line is enough.
  const logged = new WeakSet<object>();
  const report = (kind: string) => (reason: unknown) => {
    if (typeof reason === "object" && reason !== null) {
      if (logged.has(reason)) return;
      logged.add(reason);
    }
    logger.error({ ...describe(reason), kind }, "unexpected error caught; still running");
  };
  const onException = report("uncaught exception");
  const onRejection = report("unhandled rejection");
  target.on("uncaughtException", onException);
  target.on("unhandledRejection", onRejection);
  return () => {
    target.off("uncaughtException", onException);
    target.off("unhandledRejection", onRejection);
  };
}
