/** A reply's actions as Slack buttons: how each looks, and the request it carries in its value. */
import type { ActionCodec, ActionKind, Reply } from "../../../commands/index.js";
import { actionsOf } from "../../../commands/index.js";
import type { ButtonSpec } from "./render-blocks.js";

/** Slack caps a button value at 2,000 characters. */
export const MAX_BUTTON_VALUE = 2000;

export const ACTION_IDS: Record<ActionKind, string> = {
  previous: "quotes_page_previous",
  next: "quotes_page_next",
  share: "share_answer",
};

const LOOKS: Record<ActionKind, Pick<ButtonSpec, "text" | "style">> = {
  previous: { text: "◀ Previous" },
  next: { text: "Next ▶" },
  share: { text: "Share in channel", style: "primary" },
};

export async function buttonsFor(reply: Reply, codec: ActionCodec): Promise<ButtonSpec[]> {
  const buttons: ButtonSpec[] = [];
  for (const action of actionsOf(reply.actions, ["previous", "next", "share"])) {
    const value = await codec.encode(action.request, MAX_BUTTON_VALUE);
    if (value) buttons.push({ actionId: ACTION_IDS[action.kind], value, ...LOOKS[action.kind] });
  }
  return buttons;
}
