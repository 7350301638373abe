import type { Reply, RichText, Tone } from "../../../commands/index.js";

export interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  italic(s: string): string;
  underline(s: string): string;
  /** Words only the source has, in a word diff. */
  added(s: string): string;
  /** Words only the user's text has, in a word diff. */
  removed(s: string): string;
  /** How `added` and `removed` read, shown under a list that uses them. */
  legend: string;
  tone(tone: Tone, s: string): string;
}

const codes = (open: number, close: number) => (s: string) => `\x1b[${open}m${s}\x1b[${close}m`;
const toneCodes: Record<Tone, number> = { success: 32, warning: 33, danger: 31, info: 36, neutral: 37 };

export const colour: Paint = {
  bold: codes(1, 22),
  dim: codes(2, 22),
  italic: codes(3, 23),
  underline: codes(4, 24),
  added: (s) => codes(32, 39)(codes(4, 24)(s)),
  removed: (s) => codes(31, 39)(codes(9, 29)(s)),
  legend: `${codes(32, 39)(codes(4, 24)("green"))}: only in the source · ${codes(31, 39)(codes(9, 29)("red"))}: only in your text`,
  tone: (tone, s) => codes(toneCodes[tone], 39)(s),
};

/** Without colour, differences are named in words where they stand, and a legend says so. */
export const noColour: Paint = {
  bold: (s) => s,
  dim: (s) => s,
  italic: (s) => s,
  underline: (s) => s,
  added: (s) => `[source: ${s.trim()}]${/\s$/.test(s) ? " " : ""}`,
  removed: (s) => `[yours: ${s.trim()}]${/\s$/.test(s) ? " " : ""}`,
  legend: "[source: …] only in the source · [yours: …] only in your text",
  tone: (_t, s) => s,
};

export function wantsColour(
  stream: { isTTY?: boolean },
  env: Readonly<Record<string, string | undefined>> = process.env,
): boolean {
  return Boolean(stream.isTTY) && !env.NO_COLOR && env.TERM !== "dumb";
}

/** Strips terminal control sequences from text that came from users or the corpus. */
function safe(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "");
}

function run(parts: RichText, paint: Paint): string {
  return parts
    .map((part) => {
      const t = safe(part.text);
      if (part.href) return `${paint.underline(t)} ${paint.dim(`<${safe(part.href)}>`)}`;
      switch (part.style) {
        case "bold":
          return paint.bold(t);
        case "italic":
          return paint.italic(t);
        case "code":
          return paint.dim(t);
        case "added":
          return paint.added(t);
        case "removed":
          return paint.removed(t);
        default:
          return t;
      }
    })
    .join("");
}

export function renderTerminal(reply: Reply, paint: Paint): string {
  const lines: string[] = [paint.tone(reply.tone, paint.bold(`${reply.emoji}  ${reply.title}`))];
  if (reply.quote) lines.push(`   “${safe(reply.quote)}”`);
  if (reply.summary) lines.push(`   ${safe(reply.summary)}`);
  for (const field of reply.fields)
    lines.push(`   ${paint.dim(`${field.label}:`)} ${run(field.value, paint)}`);
  for (const section of reply.sections) {
    lines.push("", `   ${paint.bold(section.heading)}`);
    const diffs = section.items.some((item) =>
      item.some((p) => p.style === "added" || p.style === "removed"),
    );
    if (diffs) lines.push(`   ${paint.dim(paint.legend)}`);
    for (const item of section.items) lines.push(`   • ${run(item, paint)}`);
  }
  if (reply.footer) lines.push("", `   ${paint.dim(safe(reply.footer))}`);
  return `${lines.join("\n")}\n`;
}
