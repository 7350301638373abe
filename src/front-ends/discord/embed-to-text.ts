import type { APIEmbed } from "discord.js";

/**
 * An embed as the text a reader sees, for previews: title, description, each field under its name, and the footer,
 * with Discord's markdown left as it is — the same words and the same cuts as the message posted.
 */
export function embedToText(embed: APIEmbed): string {
  const parts = [embed.title, embed.description];
  for (const field of embed.fields ?? []) parts.push(`${field.name}\n${field.value}`);
  parts.push(embed.footer?.text);
  return `${parts.filter((part): part is string => Boolean(part)).join("\n\n")}\n`;
}
