/**
 * Reading a posted Slack message the way a person sees it, and looking for anything in it that would notify
 * people.
 */
interface TextObject {
  text?: string;
}
interface Block {
  type: string;
  text?: TextObject;
  fields?: TextObject[];
  elements?: (TextObject & { value?: string; action_id?: string })[];
}

export interface PostedMessage {
  text?: unknown;
  blocks?: unknown;
}

/** Every piece of text in the message, in order: fallback text, then the blocks (markup left as posted). */
export function rawTexts(message: PostedMessage): string[] {
  const out: string[] = [];
  if (typeof message.text === "string") out.push(message.text);
  for (const block of (message.blocks ?? []) as Block[]) {
    if (block.text?.text) out.push(block.text.text);
    for (const field of block.fields ?? []) if (field.text) out.push(field.text);
    for (const element of block.elements ?? []) {
      if (typeof element.text === "string") out.push(element.text);
      else if (element.text && typeof element.text === "object")
        out.push((element.text as TextObject).text ?? "");
    }
  }
  return out;
}

/** The message as displayed: entities decoded, invisible joiners removed. */
export function readable(message: PostedMessage): string {
  return rawTexts(message)
    .slice(typeof message.text === "string" ? 1 : 0)
    .join("\n")
    .replace(/[\u200b\u200d]/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** Sequences Slack would turn into a notification: special mentions, user, channel and group links. */
export function liveMentions(message: PostedMessage): string[] {
  const found: string[] = [];
  for (const text of rawTexts(message)) {
    for (const match of text.matchAll(/<[!@#][^>]*>|@(?:channel|here|everyone)\b/gi)) found.push(match[0]);
  }
  return found;
}

export function buttons(message: PostedMessage): { actionId: string; text: string; value: string }[] {
  const out: { actionId: string; text: string; value: string }[] = [];
  for (const block of (message.blocks ?? []) as Block[]) {
    if (block.type !== "actions") continue;
    for (const element of block.elements ?? []) {
      const label = (element.text as TextObject | undefined)?.text ?? "";
      out.push({ actionId: element.action_id ?? "", text: label, value: element.value ?? "" });
    }
  }
  return out;
}
