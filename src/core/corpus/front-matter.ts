import { parse as parseYaml } from "yaml";
import type { Article } from "../types.js";
import type { FileNote } from "./file-result.js";
import { normaliseDate } from "./infer-date.js";

export type Metadata = Pick<Article, "title" | "source" | "date" | "url" | "author">;

export type FrontMatter = { fields: Record<string, unknown>; body: string } | { error: string };

const OPENING = /^---[ \t]*\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;

/** The parser's complaint without its source excerpt, placed on the file's line (the opening --- is line 1). */
function yamlProblem(error: unknown): string {
  const message = String((error as Error).message ?? error);
  const what = message.split(" at line ", 1)[0]?.split("\n", 1)[0]?.trim() ?? message;
  const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
  return line === undefined ? what : `${what}, line ${line + 1}`;
}

/**
 * Splits YAML front matter (`---` … `---`) from the body. Returns null when the text has none. The body is the
 * text after the closing line, untouched, because quotation offsets index it.
 */
export function splitFrontMatter(text: string): FrontMatter | null {
  const opening = OPENING.exec(text);
  if (!opening) return null;
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) return { error: "its front matter opens with --- but is never closed" };
  const afterClosing = closing.index + closing[0].length;
  const body = rest.slice(rest[afterClosing] === "\n" ? afterClosing + 1 : afterClosing);
  let parsed: unknown;
  try {
    parsed = parseYaml(rest.slice(0, closing.index));
  } catch (error) {
    return { error: `its front matter is not valid YAML (${yamlProblem(error)})` };
  }
  if (parsed === null || parsed === undefined) return { fields: {}, body };
  if (typeof parsed !== "object" || Array.isArray(parsed) || parsed instanceof Date) {
    return { error: "its front matter is not a set of fields (expected lines like `title: …`)" };
  }
  return { fields: parsed as Record<string, unknown>, body };
}

const TEXT_FIELDS = ["title", "source", "url", "author"] as const;

/**
 * Reads the known fields. A field of the wrong kind is dropped with a note rather than failing the article: the
 * text is still worth searching. Unknown fields (tags, categories…) are ignored.
 */
export function readMetadata(fields: Record<string, unknown>, file: string, notes: FileNote[]): Metadata {
  const meta: Metadata = {};
  for (const key of TEXT_FIELDS) {
    const value = fields[key];
    if (value === null || value === undefined) continue;
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
      const text = String(value).trim();
      if (text) meta[key] = text;
    } else {
      notes.push({ file, action: "repaired", reason: `front matter field "${key}" is not text; ignored` });
    }
  }
  const date = fields.date;
  if (date !== null && date !== undefined) {
    const normalised = normaliseDate(date);
    if (normalised) meta.date = normalised;
    else notes.push({ file, action: "repaired", reason: invalidDateReason("front matter date", date) });
  }
  return meta;
}

export function invalidDateReason(what: string, value: unknown): string {
  const shown = typeof value === "string" ? `"${value.slice(0, 40)}"` : JSON.stringify(value)?.slice(0, 40);
  return `${what} ${shown} is not a real YYYY-MM-DD date; ignored`;
}
