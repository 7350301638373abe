/**
 * The neutral reply as Block Kit. Slack rejects a whole message that breaks a limit, so every piece is sized here:
 * long lists end with "and N more …", long text is cut with an ellipsis, and the block count stays under 50.
 */
import type { types } from "@slack/bolt";
import { andMore, plain, type Reply, type ReplyField, type ReplySection } from "../../../commands/index.js";
import {
  blockQuote,
  escapeMrkdwn,
  escapeTruncated,
  neutralisePlain,
  runToMrkdwn,
  truncate,
} from "./mrkdwn.js";

type KnownBlock = types.KnownBlock;
type Button = types.Button;

export const LIMITS = {
  blocks: 50,
  sectionText: 3000,
  fields: 10,
  fieldText: 2000,
  header: 150,
  buttonText: 75,
  contextText: 3000,
  /** Items shown per list; the rest are counted. */
  itemsPerSection: 10,
  /** One item may not crowd out the others. */
  itemText: 1000,
  /** The notification text: a glance, not the answer. */
  fallbackText: 600,
} as const;

export interface ButtonSpec {
  actionId: string;
  text: string;
  value: string;
  style?: "primary" | "danger";
}

export interface RenderExtras {
  buttons?: ButtonSpec[];
  /** A line under the answer, e.g. who shared it; plain text. */
  note?: string;
}

export function renderReplyBlocks(
  reply: Reply,
  extras: RenderExtras = {},
): { blocks: KnownBlock[]; text: string } {
  const head: KnownBlock[] = [headerBlock(reply)];
  if (reply.quote?.trim()) head.push(mrkdwnSection(blockQuote(reply.quote, LIMITS.sectionText)));
  if (reply.summary?.trim()) head.push(mrkdwnSection(escapeTruncated(reply.summary, LIMITS.sectionText)));
  head.push(...fieldBlocks(reply.fields));
  const tail: KnownBlock[] = [];
  const footer = [reply.footer, extras.note].filter((line): line is string => Boolean(line?.trim()));
  if (footer.length > 0) tail.push(contextBlock(escapeTruncated(footer.join("\n"), LIMITS.contextText)));
  if (extras.buttons && extras.buttons.length > 0) tail.push(actionsBlock(extras.buttons));
  const room = LIMITS.blocks - head.length - tail.length;
  return { blocks: [...head, ...sectionBlocks(reply.sections, room), ...tail], text: fallbackText(reply) };
}

function headerBlock(reply: Reply): KnownBlock {
  const title = neutralisePlain(`${reply.emoji} ${reply.title}`.trim());
  return { type: "header", text: { type: "plain_text", text: truncate(title, LIMITS.header), emoji: true } };
}

function mrkdwnSection(text: string): KnownBlock {
  return { type: "section", text: { type: "mrkdwn", text } };
}

function contextBlock(text: string): KnownBlock {
  return { type: "context", elements: [{ type: "mrkdwn", text: truncate(text, LIMITS.contextText) }] };
}

function fieldText(field: ReplyField, max: number): string {
  const label = `*${escapeTruncated(field.label, 100)}*`;
  return `${label}\n${runToMrkdwn(field.value, max - label.length - 1)}`;
}

/** Up to ten side-by-side fields; any beyond that become lines of a section so nothing is lost. */
function fieldBlocks(fields: readonly ReplyField[]): KnownBlock[] {
  if (fields.length === 0) return [];
  const shown = fields.slice(0, LIMITS.fields);
  const blocks: KnownBlock[] = [
    {
      type: "section",
      fields: shown.map((field) => ({ type: "mrkdwn", text: fieldText(field, LIMITS.fieldText) })),
    },
  ];
  const rest = fields.slice(LIMITS.fields);
  if (rest.length > 0) {
    const perField = Math.floor(LIMITS.sectionText / rest.length) - 1;
    blocks.push(mrkdwnSection(rest.map((field) => fieldText(field, perField).replace("\n", " ")).join("\n")));
  }
  return blocks;
}

function moreLine(count: number, noun: string): string {
  return `_${escapeMrkdwn(andMore(count, noun))}_`;
}

/** One section block per list: heading, as many items as fit, then how many were left out. */
export function sectionText(section: ReplySection): string {
  const heading = `*${escapeTruncated(section.heading, 150)}*`;
  const reserve = moreLine(section.items.length, section.noun).length + 1;
  const bullet = section.items.length > 1 ? "• " : "";
  let text = heading;
  let shown = 0;
  for (const item of section.items) {
    if (shown >= LIMITS.itemsPerSection) break;
    const line = `\n${bullet}${runToMrkdwn(item, LIMITS.itemText)}`;
    const isLast = shown === section.items.length - 1;
    if (text.length + line.length + (isLast ? 0 : reserve) > LIMITS.sectionText) break;
    text += line;
    shown += 1;
  }
  const left = section.items.length - shown;
  return left > 0 ? `${text}\n${moreLine(left, section.noun)}` : text;
}

function sectionBlocks(sections: readonly ReplySection[], room: number): KnownBlock[] {
  const listed = sections.filter((section) => section.items.length > 0);
  if (listed.length <= room) return listed.map((section) => mrkdwnSection(sectionText(section)));
  const kept = listed.slice(0, Math.max(0, room - 1)).map((section) => mrkdwnSection(sectionText(section)));
  const dropped = listed.slice(kept.length);
  const items = dropped.reduce((sum, section) => sum + section.items.length, 0);
  const note = `${dropped.length} more section${dropped.length === 1 ? "" : "s"} (${items} item${items === 1 ? "" : "s"}) not shown`;
  return [...kept, contextBlock(`_and ${note}_`)];
}

function actionsBlock(buttons: readonly ButtonSpec[]): KnownBlock {
  const elements: Button[] = buttons.slice(0, 25).map((button) => ({
    type: "button",
    action_id: button.actionId,
    text: {
      type: "plain_text",
      text: truncate(neutralisePlain(button.text), LIMITS.buttonText),
      emoji: true,
    },
    value: button.value,
    ...(button.style ? { style: button.style } : {}),
  }));
  return { type: "actions", elements };
}

/** What notifications and screen readers show: verdict, the quote and the one-line summary, without markup. */
export function fallbackText(reply: Reply): string {
  const parts = [`${reply.emoji} ${reply.title}`.trim()];
  if (reply.quote?.trim()) parts.push(`“${truncate(reply.quote.trim().replace(/\s+/g, " "), 200)}”`);
  if (reply.summary?.trim()) parts.push(reply.summary.trim());
  else if (reply.sections[0]?.items[0]) parts.push(plain(reply.sections[0].items[0]));
  return escapeTruncated(parts.join(" — "), LIMITS.fallbackText);
}
