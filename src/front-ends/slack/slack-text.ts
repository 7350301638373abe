/**
 * Slack delivers message and command text in its own markup: `&amp;`-style entities, links as `<url|label>`,
 * mentions as `<@U123>`. The quotation a user means is the text as displayed, so the markup is undone before the
 * words are matched against the corpus.
 */
const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">" };

function token(inner: string): string {
  const [target = "", label] = inner.split("|", 2);
  if (label !== undefined) return label;
  if (target.startsWith("@")) return "@someone";
  if (target.startsWith("#")) return "#channel";
  if (target.startsWith("!subteam^")) return "@group";
  if (target.startsWith("!")) return `@${target.slice(1).split("^")[0] ?? ""}`;
  return target.replace(/^mailto:/, "");
}

export function slackTextToPlain(value: string): string {
  return value
    .replace(/<([^<>]*)>/g, (_match, inner: string) => token(inner))
    .replace(/&(amp|lt|gt);/g, (m) => ENTITIES[m] ?? m);
}
