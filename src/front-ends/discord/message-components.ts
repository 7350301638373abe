import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIButtonComponentWithCustomId,
  ButtonStyle,
  ComponentType,
} from "discord.js";
import type { ActionCodec, ActionKind, Reply } from "../../../commands/index.js";
import { actionsOf } from "../../../commands/index.js";

/**
 * Buttons under an answer. A custom id holds at most 100 characters; it carries the action's kind and the request
 * as `commands/` encodes it (inline when short, else a stored key), so a click works after a restart too.
 */
export type MessageRow = APIActionRowComponent<APIButtonComponent>;

const PREFIX = "vb";
const MAX_CUSTOM_ID = 100;
const KINDS: readonly ActionKind[] = ["previous", "next", "share"];
const customIdPattern = /^vb:(previous|next|share):(.+)$/s;

export interface ButtonAction {
  kind: ActionKind;
  /** The encoded request, for `runAction`. */
  value: string;
}

export function customIdFor(kind: ActionKind, value: string): string {
  return `${PREFIX}:${kind}:${value}`;
}

export function parseButtonId(customId: string): ButtonAction | null {
  const match = customId.match(customIdPattern);
  if (!match?.[1] || !match[2]) return null;
  return { kind: match[1] as ActionKind, value: match[2] };
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

const LOOKS: Record<ActionKind, { label: string; emoji: string; style: ActionStyle }> = {
  previous: { label: "Previous", emoji: "◀️", style: ButtonStyle.Secondary },
  next: { label: "Next", emoji: "▶️", style: ButtonStyle.Secondary },
  share: { label: "Share in channel", emoji: "📣", style: ButtonStyle.Primary },
};

/** A disabled stand-in, so Previous and Next keep their places at either end of the pages. */
function placeholder(kind: "previous" | "next"): APIButtonComponentWithCustomId {
  const look = LOOKS[kind];
  return button(`${PREFIX}:${kind}:none`, look.label, look.emoji, look.style, true);
}

/** The button a shared answer's private copy keeps, disabled, so it is not posted twice. */
export function sharedButton(): APIButtonComponentWithCustomId {
  return button(`${PREFIX}:shared`, "Shared in channel", "✅", ButtonStyle.Secondary, true);
}

export async function replyComponents(reply: Reply, codec: ActionCodec): Promise<MessageRow[]> {
  const buttons: APIButtonComponent[] = [];
  const actions = actionsOf(reply.actions, KINDS);
  const paged = actions.some((a) => a.kind === "previous" || a.kind === "next");
  for (const kind of KINDS) {
    const action = actions.find((a) => a.kind === kind);
    const room = MAX_CUSTOM_ID - customIdFor(kind, "").length;
    const value = action ? await codec.encode(action.request, room) : null;
    const look = LOOKS[kind];
    if (value) buttons.push(button(customIdFor(kind, value), look.label, look.emoji, look.style));
    else if (paged && kind !== "share") buttons.push(placeholder(kind));
  }
  return buttons.length > 0 ? [{ type: ComponentType.ActionRow, components: buttons }] : [];
}

/** The clicked message's rows with its Share button turned into a disabled "Shared in channel". */
export function markShared(rows: readonly MessageRow[], customId: string): MessageRow[] {
  const marked = rows.map((row) => ({
    ...row,
    components: row.components.map((c) =>
      "custom_id" in c && c.custom_id === customId ? sharedButton() : c,
    ),
  }));
  const found = marked.some((row) =>
    row.components.some((c) => "custom_id" in c && c.custom_id === `${PREFIX}:shared`),
  );
  return found ? marked : [{ type: ComponentType.ActionRow, components: [sharedButton()] }];
}
