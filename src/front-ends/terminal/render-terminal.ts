import type { Reply, RichText, Tone } from "../../../commands/index.js";

export interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  italic(s: string): string;
  strike(s: string): string;
  underline(s: string): string;
  tone(tone: Tone, s: string): string;
}

const codes = (open: number, close: number) => (s: string) => `\x1b[${open}m${s}\x1b[${close}m`;
const toneCodes: Record<Tone, number> = { success: 32, warning: 33, danger: 31, info: 36, neutral: 37 };

export const colour: Paint = {
  bold: codes(1, 22),
  dim: codes(2, 22),
  italic: codes(3, 23),
  strike: codes(9, 29),
  underline: codes(4, 24),
  tone: (tone, s) => codes(toneCodes[tone], 39)(s),
};

/** Without colour, differences stay visible: [-removed-] and {+added+}, as in `git diff --word-diff`. */
export const noColour: Paint = {
  bold: (s) => s,
  dim: (s) => s,
  italic: (s) => s,
  strike: (s) => `[-${s}-]`,
  underline: (s) => `{+${s}+}`,
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
          return paint.tone("success", paint.underline(t));
        case "removed":
          return paint.tone("danger", paint.strike(t));
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
    for (const item of section.items) lines.push(`   • ${run(item, paint)}`);
  }
  if (reply.footer) lines.push("", `   ${paint.dim(safe(reply.footer))}`);
  return `${lines.join("\n")}\n`;
}
