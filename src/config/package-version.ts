import { existsSync, readFileSync } from "node:fs";

let cached: string | undefined;

/** Verbatim's own version, from the package.json above this file (sources run from src/, builds from dist/src/). */
export function packageVersion(): string {
  if (cached) return cached;
  for (let url = new URL("./", import.meta.url); url.pathname !== "/"; url = new URL("../", url)) {
    const candidate = new URL("package.json", url);
    if (existsSync(candidate)) {
      cached = (JSON.parse(readFileSync(candidate, "utf8")) as { version: string }).version;
      return cached;
    }
  }
  return "unknown";
}
