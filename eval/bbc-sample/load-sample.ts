/** The sample's article list and annotations, as committed (see choose.ts and DESIGN.md, "Measured"). */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Annotation } from "./score.js";

const here = path.dirname(fileURLToPath(import.meta.url));

export function sampleArticles(): string[] {
  return JSON.parse(readFileSync(path.join(here, "sample.json"), "utf8")) as string[];
}

export function sampleAnnotations(): Annotation[] {
  return JSON.parse(readFileSync(path.join(here, "annotations.json"), "utf8")) as Annotation[];
}
