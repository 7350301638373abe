import type { CoreLogger } from "../../../src/core/logger.js";

export interface LogLine {
  level: "debug" | "info" | "warn" | "error";
  msg: string;
  fields: Record<string, unknown>;
}

/** A logger that keeps every line, so a test can read what an operator would see. */
export function recordingLogger(): CoreLogger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at =
    (level: LogLine["level"]) =>
    (fields: object, msg = "") =>
      void lines.push({ level, msg, fields: fields as Record<string, unknown> });
  return { lines, debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}
