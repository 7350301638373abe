import { buildArticle } from "./build-article.js";
import { type FileNote, type FileResult, skippedFile } from "./file-result.js";
import { invalidDateReason, type Metadata, readMetadata, splitFrontMatter } from "./front-matter.js";
import { normaliseDate } from "./infer-date.js";

/**
 * The seed form: a first line `date YYYY-MM-DD`, possibly indented, with the article text sometimes continuing
 * on the same line (" date 2020-01-08 There is a growing belief…"). The body starts at the first word after it.
 */
const DATE_LINE = /^\s*date[ \t]*:?[ \t]+(\S+)(?:\s+|$)/;
const ISO_LIKE = /^\d{4}-\d{1,2}-\d{1,2}$/;

/** Headlines are short; a longer first line is the opening paragraph. */
const MAX_HEADLINE_CHARS = 120;
const MAX_HEADLINE_WORDS = 20;

const MARKDOWN_LINK = /^\[([^\]]+)\]\([^)]*\)$/;
const MARKDOWN_HEADING = /^#{1,6}[ \t]+(.+?)(?:[ \t]+#+)?$/;

function readDateLine(text: string, file: string, notes: FileNote[]): { date?: string; body: string } | null {
  const m = DATE_LINE.exec(text);
  if (!m || !ISO_LIKE.test(m[1]!)) return null;
  const body = text.slice(m[0].length);
  const date = normaliseDate(m[1]);
  if (date) return { date, body };
  notes.push({ file, action: "repaired", reason: invalidDateReason("date line", m[1]) });
  return { body };
}

/**
 * A title from the first line when it looks like a headline: short, followed by a blank line, and not a sentence
 * ending in a full stop. A markdown link or heading on the first line (`[Title](#)`, `# Title`) is a title too.
 */
export function guessTitle(body: string): string | undefined {
  const lines = body.split("\n");
  const index = lines.findIndex((line) => line.trim() !== "");
  const first = lines[index]?.trim();
  if (!first) return undefined;
  const marked = MARKDOWN_LINK.exec(first)?.[1] ?? MARKDOWN_HEADING.exec(first)?.[1];
  if (marked) return marked.trim();
  const next = lines[index + 1];
  if (next === undefined || next.trim() !== "") return undefined;
  if (first.length > MAX_HEADLINE_CHARS || first.split(/\s+/).length > MAX_HEADLINE_WORDS) return undefined;
  if (/[^.]\.$/.test(first) || !/\p{L}/u.test(first)) return undefined;
  return first;
}

/** Reads a .txt or .md article: optional front matter or seed date line, then the body. */
export function readTextArticle(file: string, text: string, format: "text" | "markdown"): FileResult {
  const notes: FileNote[] = [];
  let meta: Metadata = {};
  let body = text;
  const front = splitFrontMatter(text);
  if (front && "error" in front) return skippedFile(file, front.error);
  if (front) {
    meta = readMetadata(front.fields, file, notes);
    body = front.body;
  } else {
    const dated = readDateLine(text, file, notes);
    if (dated) {
      body = dated.body;
      if (dated.date) meta.date = dated.date;
    }
  }
  if (body.trim() === "")
    return { records: [], notes: [...notes, ...skippedFile(file, "it has no article text").notes] };
  const title = meta.title ?? guessTitle(body);
  const article = buildArticle({ ...meta, title, id: file, file, body, format });
  return { records: [{ article }], notes };
}
