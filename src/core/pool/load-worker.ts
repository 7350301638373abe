/**
 * The thread that reads the corpus into a new image (from the cache, or by copying unchanged files from the image
 * being served and reading the rest) and hands it back. It is stopped once idle, so the memory spent parsing goes
 * with it; the image's columns live on in shared memory.
 */
import { loadImage } from "../engine.js";
import { isVerbatimError } from "../errors.js";
import type { CoreLogger } from "../logger.js";
import type { LoadResult, LoadTask, LogEntry } from "./tasks.js";

function collectingLogger(logs: LogEntry[]): CoreLogger {
  const at = (level: LogEntry["level"]) => (fields: object, message?: string) =>
    logs.push({ level, fields, ...(message ? { message } : {}) });
  return { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

export default async function load(task: LoadTask): Promise<LoadResult> {
  const logs: LogEntry[] = [];
  try {
    const loaded = await loadImage({
      corpusDir: task.corpusDir,
      ...(task.dataDir ? { dataDir: task.dataDir } : {}),
      previous: task.previous,
      logger: collectingLogger(logs),
    });
    return { ok: true, ...loaded, logs };
  } catch (error) {
    return isVerbatimError(error)
      ? { ok: false, code: error.code, message: error.message, logs }
      : { ok: false, message: error instanceof Error ? error.message : String(error), logs };
  }
}
