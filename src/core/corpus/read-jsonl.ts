import { z } from "zod";
import { buildArticle } from "./build-article.js";
import { normaliseNewlines } from "./decode-file.js";
import type { ArticleRecord, FileNote, FileResult } from "./file-result.js";
import { invalidDateReason } from "./front-matter.js";
import { normaliseDate } from "./infer-date.js";

function textField(key: string) {
  return z.string({
    error: (issue) => (issue.input === undefined ? `it has no "${key}"` : `"${key}" is not text`),
  });
}

function optionalText(key: string) {
  return textField(key).nullish();
}

const RecordSchema = z.object(
  {
    id: textField("id").refine((id) => id.trim() !== "", { error: '"id" is empty' }),
    text: textField("text").refine((text) => text.trim() !== "", { error: '"text" is empty' }),
    title: optionalText("title"),
    source: optionalText("source"),
    date: optionalText("date"),
    url: optionalText("url"),
    author: optionalText("author"),
  },
  { error: "the line is not a JSON object" },
);

type JsonlRecord = z.infer<typeof RecordSchema>;

function parseLine(line: string): { record: JsonlRecord } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { error: `the line is not valid JSON (${(error as Error).message.slice(0, 80)})` };
  }
  const parsed = RecordSchema.safeParse(value);
  if (!parsed.success) return { error: parsed.error.issues.map((issue) => issue.message).join("; ") };
  return { record: parsed.data };
}

function clean(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * Reads a JSON Lines file: one article per line. A bad line is skipped with a note naming its line number and
 * the rest of the file still loads.
 */
export function readJsonl(file: string, text: string): FileResult {
  const records: ArticleRecord[] = [];
  const notes: FileNote[] = [];
  const seen = new Map<string, number>();
  const lines = text.split("\n");
  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    if (raw.trim() === "") continue;
    const parsed = parseLine(raw);
    if ("error" in parsed) {
      notes.push({ file, line, action: "skipped", reason: parsed.error });
      continue;
    }
    const { record } = parsed;
    const firstLine = seen.get(record.id);
    if (firstLine !== undefined) {
      notes.push({
        file,
        line,
        action: "skipped",
        reason: `duplicate id "${record.id}" (first used on line ${firstLine})`,
      });
      continue;
    }
    seen.set(record.id, line);
    const date = record.date == null ? undefined : normaliseDate(record.date);
    if (record.date != null && !date) {
      notes.push({ file, line, action: "repaired", reason: invalidDateReason("date", record.date) });
    }
    const article = buildArticle({
      id: record.id,
      file,
      body: normaliseNewlines(record.text),
      format: "jsonl",
      title: clean(record.title),
      source: clean(record.source),
      url: clean(record.url),
      author: clean(record.author),
      date: date ?? undefined,
    });
    records.push({ article, line });
  }
  if (records.length === 0 && notes.length === 0) {
    notes.push({ file, action: "skipped", reason: "it has no records" });
  }
  return { records, notes };
}
