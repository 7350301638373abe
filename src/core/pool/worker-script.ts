import { fileURLToPath } from "node:url";

/**
 * Where a worker's code is. Built, it is the compiled `.js` beside this file; run from source (tests, benchmarks
 * under tsx), it is the `.ts` file, loaded through tsx in the worker too.
 */
export function workerScript(name: string): { filename: string; execArgv: string[] } {
  const fromSource = import.meta.url.endsWith(".ts");
  const url = new URL(`./${name}.${fromSource ? "ts" : "js"}`, import.meta.url);
  return { filename: fileURLToPath(url), execArgv: fromSource ? ["--import", "tsx"] : [] };
}
