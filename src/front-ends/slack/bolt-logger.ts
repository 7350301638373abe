/**
 * Bolt and its Web API and Socket Mode clients log through their own `Logger` interface with console-style
 * arguments; this routes them into the application's pino logger, so their lines get the same format and the same
 * secret scrubbing as ours.
 */
import { type Logger as BoltLogger, LogLevel } from "@slack/bolt";
import type { Logger } from "../../logging/logger.js";

type Level = "debug" | "info" | "warn" | "error";

function entry(args: unknown[]): { obj: object; msg: string } {
  const error = args.find((arg): arg is Error => arg instanceof Error);
  const words = args
    .filter((arg) => !(arg instanceof Error))
    .map((arg) => (typeof arg === "string" ? arg : safeJson(arg)))
    .join(" ");
  return { obj: error ? { err: error } : {}, msg: words || error?.message || "" };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

export function boltLogger(logger: Logger): BoltLogger {
  let level: LogLevel = LogLevel.INFO;
  let child = logger.child({ component: "slack" });
  const write =
    (at: Level) =>
    (...args: unknown[]) => {
      const { obj, msg } = entry(args);
      child[at](obj, msg);
    };
  return {
    debug: write("debug"),
    info: write("info"),
    warn: write("warn"),
    error: write("error"),
    // The application's LOG_LEVEL decides what is written; Bolt's own level is only reported back to it.
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: (name) => {
      child = logger.child({ component: "slack", name });
    },
  };
}
