import type { APIEmbed, APIEmbedField } from "discord.js";
import { andMore, type Reply, type ReplySection, type Tone, text } from "../../../commands/index.js";
import { neutraliseMentions, renderRun } from "./discord-markdown.js";

/** Discord rejects a message whose embeds exceed any of these. */
export const EMBED_LIMITS = {
  total: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
} as const;

const toneColours: Record<Tone, number> = {
  success: 0x57f287,
  warning: 0xfee75c,
  danger: 0xed4245,
  info: 0x5865f2,
  neutral: 0x99aab5,
};

export interface DiscordMessage {
  embeds: APIEmbed[];
  allowed_mentions: { parse: [] };
}

/** Caps for one layout attempt; each retry shrinks them until the embed fits Discord's total. */
interface Caps {
  quote: number;
  summary: number;
  fieldValue: number;
  sectionValue: number;
}

const attempts: readonly Caps[] = [
  { quote: 1000, summary: 1500, fieldValue: 1024, sectionValue: 1024 },
  { quote: 600, summary: 800, fieldValue: 512, sectionValue: 700 },
  { quote: 400, summary: 500, fieldValue: 256, sectionValue: 450 },
  { quote: 250, summary: 300, fieldValue: 128, sectionValue: 250 },
  { quote: 150, summary: 200, fieldValue: 64, sectionValue: 120 },
];

/** A message body for a reply: one embed, and never a ping. Buttons are added by who presents it. */
export function renderReplyMessage(reply: Reply): DiscordMessage {
  return { embeds: [renderEmbed(reply)], allowed_mentions: { parse: [] } };
}

/** Characters Discord counts towards the 6,000 limit. */
export function embedLength(embed: APIEmbed): number {
  let length = (embed.title ?? "").length + (embed.description ?? "").length;
  length += (embed.footer?.text ?? "").length + (embed.author?.name ?? "").length;
  for (const field of embed.fields ?? []) length += field.name.length + field.value.length;
  return length;
}

export function renderEmbed(reply: Reply): APIEmbed {
  let embed: APIEmbed = layout(reply, attempts[0] as Caps);
  for (const caps of attempts.slice(1)) {
    if (embedLength(embed) <= EMBED_LIMITS.total) return embed;
    embed = layout(reply, caps);
  }
  // Still too big only with a great many sections: drop the last ones rather than fail to answer.
  const fields = [...(embed.fields ?? [])];
  while (embedLength({ ...embed, fields }) > EMBED_LIMITS.total && fields.length > 0) fields.pop();
  return { ...embed, fields };
}

function layout(reply: Reply, caps: Caps): APIEmbed {
  const embed: APIEmbed = {
    color: toneColours[reply.tone],
    title: renderRun([text(`${reply.emoji} ${reply.title}`)], EMBED_LIMITS.title),
  };
  const description = describe(reply, caps);
  if (description) embed.description = description;
  const fields = [
    ...reply.fields.map(
      (field): APIEmbedField => ({
        name: renderRun([text(field.label)], EMBED_LIMITS.fieldName) || "\u200b",
        value: renderRun(field.value, caps.fieldValue) || "—",
        inline: true,
      }),
    ),
    ...reply.sections
      .filter((s) => s.items.length > 0)
      .map((section) => sectionField(section, caps.sectionValue)),
  ].slice(0, EMBED_LIMITS.fields);
  if (fields.length > 0) embed.fields = fields;
  if (reply.footer) embed.footer = { text: neutraliseMentions(reply.footer).slice(0, EMBED_LIMITS.footer) };
  return embed;
}

function describe(reply: Reply, caps: Caps): string {
  const parts: string[] = [];
  const quote = reply.quote?.replace(/\s+/g, " ").trim();
  if (quote) parts.push(`> ${renderRun([text(quote)], caps.quote)}`);
  if (reply.summary) parts.push(renderRun([text(reply.summary)], caps.summary));
  return parts.join("\n\n").slice(0, EMBED_LIMITS.description);
}

function moreLine(count: number, noun: string): string {
  return `_…${andMore(count, noun)}_`;
}

/**
 * A section as one field: its items, one a line, as many as fit whole in `cap`, then "…and 12 more sources".
 * The first item is always shown, shortened if it has to be.
 */
function sectionField(section: ReplySection, cap: number): APIEmbedField {
  const { items, noun } = section;
  const bullet = items.length > 1 ? "• " : "";
  const lines: string[] = [];
  let used = 0;
  for (const [index, item] of items.entries()) {
    const left = items.length - index - 1;
    const reserve = left > 0 ? moreLine(left, noun).length + 1 : 0;
    const separator = lines.length > 0 ? 1 : 0;
    const room = cap - used - separator - reserve - bullet.length;
    const line = index === 0 ? renderRun(item, room) : renderRun(item);
    if (index > 0 && line.length > room) break;
    lines.push(`${bullet}${line}`);
    used += separator + bullet.length + line.length;
  }
  const hidden = items.length - lines.length;
  if (hidden > 0) lines.push(moreLine(hidden, noun));
  return {
    name: renderRun([text(section.heading)], EMBED_LIMITS.fieldName) || "\u200b",
    value: lines.join("\n").slice(0, EMBED_LIMITS.fieldValue) || "—",
    inline: false,
  };
}
