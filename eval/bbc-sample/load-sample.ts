/**
 * The samples' article lists and annotations, as committed (see choose.ts and DESIGN.md, "Measured"): the first
 * sample of 40 articles, and a second of 40 more chosen by the same ranking and annotated blind.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Annotation } from "./score.js";

const here = path.dirname(fileURLToPath(import.meta.url));

export const SAMPLES = [1, 2] as const;
/** Which sample: 1 is the articles ranked 1st–8th in each category, 2 those ranked 9th–16th. */
export type SampleNumber = (typeof SAMPLES)[number];

/** "sample.json" for the first sample, "sample-2.json" for the second; likewise for the annotations. */
function file(stem: string, which: SampleNumber): string {
  return which === 1 ? `${stem}.json` : `${stem}-${which}.json`;
}

export function sampleFile(which: SampleNumber): string {
  return file("sample", which);
}

export function sampleArticles(which: SampleNumber = 1): string[] {
  return JSON.parse(readFileSync(path.join(here, sampleFile(which)), "utf8")) as string[];
}

export function sampleAnnotations(which: SampleNumber = 1): Annotation[] {
  return JSON.parse(readFileSync(path.join(here, file("annotations", which)), "utf8")) as Annotation[];
}

/** Every sampled article: none of them may be listed or tuned on. */
export function allSampleArticles(): string[] {
  return SAMPLES.flatMap((which) => sampleArticles(which));
}
