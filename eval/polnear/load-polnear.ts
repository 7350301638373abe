import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Article } from "../../src/core/types.js";

/** A text-bound annotation: `T12  Source 10 20;30 40  text`. Offsets index the article text. */
export interface Span {
  id: string;
  label: string;
  ranges: Array<[number, number]>;
}

/** One attribution relation (an `E` line) with its resolved spans. */
export interface Attribution {
  content: Span | null;
  source: Span | null;
  cue: Span | null;
}

export interface PolnearDocument {
  article: Article;
  attributions: Attribution[];
}

export function polnearDir(): string {
  return path.resolve(process.cwd(), "../shared/corpora/polnear-train");
}

/** Parses BRAT standoff: T lines (spans) and E lines (events tying Content, Source and Cue). */
export function parseAnn(text: string): Attribution[] {
  const spans = new Map<string, Span>();
  const events: Array<Record<string, string>> = [];
  for (const line of text.split("\n")) {
    const [id, body] = line.split("\t");
    if (!id || !body) continue;
    if (id.startsWith("T")) {
      const firstSpace = body.indexOf(" ");
      const label = body.slice(0, firstSpace);
      const ranges = body
        .slice(firstSpace + 1)
        .split(";")
        .map((part) => part.trim().split(" ").map(Number) as [number, number])
        .filter(([s, e]) => Number.isFinite(s) && Number.isFinite(e));
      spans.set(id, { id, label, ranges });
    } else if (id.startsWith("E")) {
      const roles: Record<string, string> = {};
      for (const arg of body.trim().split(/\s+/)) {
        const [role, ref] = arg.split(":");
        if (role && ref) roles[role] = ref;
      }
      events.push(roles);
    }
  }
  return events.map((roles) => ({
    content: spans.get(roles.Content ?? "") ?? null,
    source: spans.get(roles.Source ?? "") ?? null,
    cue: spans.get(roles.Cue ?? "") ?? null,
  }));
}

/** Loads every article with its annotations; where two annotators worked on one article, the first file wins. */
export function loadPolnear(dir: string, limit = Number.POSITIVE_INFINITY): PolnearDocument[] {
  if (!existsSync(dir)) return [];
  const annDir = path.join(dir, "attributions");
  const annByName = new Map<string, string>();
  for (const file of readdirSync(annDir).sort()) {
    const name = file.replace(/_[^_]+\.ann$/, "");
    if (!annByName.has(name)) annByName.set(name, file);
  }
  const docs: PolnearDocument[] = [];
  for (const file of readdirSync(path.join(dir, "text")).sort()) {
    if (docs.length >= limit) break;
    const name = file.replace(/\.txt$/, "");
    const annFile = annByName.get(name);
    if (!annFile) continue;
    const body = readFileSync(path.join(dir, "text", file), "utf8");
    const attributions = parseAnn(readFileSync(path.join(annDir, annFile), "utf8"));
    docs.push({
      article: { id: name, file, body, format: "text", punctuated: true },
      attributions,
    });
  }
  return docs;
}
