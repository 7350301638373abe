import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIButtonComponentWithCustomId,
  ButtonStyle,
  ComponentType,
} from "discord.js";
import type { Reply } from "../../../commands/index.js";

/**
 * Buttons under an answer and the custom ids that carry their meaning. A custom id holds at most 100 characters,
 * so it carries a short key to an answer kept in memory, never the answer itself.
 */
export type MessageRow = APIActionRowComponent<APIButtonComponent>;

const PREFIX = "vb";
const KEY = "[A-Za-z0-9_-]{1,40}";
const sharePattern = new RegExp(`^${PREFIX}:share:(${KEY})$`);
const pagePattern = new RegExp(`^${PREFIX}:page:(\\d{1,6}):(${KEY})$`);

export type ButtonAction = { kind: "share"; key: string } | { kind: "page"; page: number; key: string };

export function shareButtonId(key: string): string {
  return `${PREFIX}:share:${key}`;
}

export function pageButtonId(page: number, key: string): string {
  return `${PREFIX}:page:${page}:${key}`;
}

export function parseButtonId(customId: string): ButtonAction | null {
  const share = customId.match(sharePattern);
  if (share?.[1]) return { kind: "share", key: share[1] };
  const page = customId.match(pagePattern);
  if (page?.[1] && page[2]) return { kind: "page", page: Number(page[1]), key: page[2] };
  return null;
}

type ActionStyle = ButtonStyle.Primary | ButtonStyle.Secondary;

function button(
  customId: string,
  label: string,
  emoji: string,
  style: ActionStyle,
  disabled = false,
): APIButtonComponentWithCustomId {
  return { type: ComponentType.Button, custom_id: customId, label, emoji: { name: emoji }, style, disabled };
}

export interface ComponentKeys {
  /** Key of the stored answer behind the "Share" button. */
  shareKey?: string;
  /** Key of the stored page argument behind "Previous" and "Next". */
  pageKey?: string;
  /** The answer was shared already: the button stays, disabled, so it is not posted twice. */
  shared?: boolean;
}

export function replyComponents(reply: Reply, keys: ComponentKeys): MessageRow[] {
  const buttons: APIButtonComponent[] = [];
  const pages = reply.pagination;
  if (pages && pages.pageCount > 1 && keys.pageKey) {
    const { page, pageCount } = pages;
    buttons.push(
      button(pageButtonId(page - 1, keys.pageKey), "Previous", "◀️", ButtonStyle.Secondary, page <= 1),
    );
    buttons.push(
      button(pageButtonId(page + 1, keys.pageKey), "Next", "▶️", ButtonStyle.Secondary, page >= pageCount),
    );
  }
  if (reply.shareable && keys.shareKey) {
    buttons.push(
      keys.shared
        ? button(`${PREFIX}:shared:${keys.shareKey}`, "Shared in channel", "✅", ButtonStyle.Secondary, true)
        : button(shareButtonId(keys.shareKey), "Share in channel", "📣", ButtonStyle.Primary),
    );
  }
  return buttons.length > 0 ? [{ type: ComponentType.ActionRow, components: buttons }] : [];
}
