/**
 * Block Kit as the text a reader sees, for previews: each block's text in order, with Slack's entities decoded
 * and markup left as it is, so a preview shows the same words — and the same cuts — as the message posted.
 */
import type { types } from "@slack/bolt";

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">" };
const decode = (value: string) => value.replace(/&(amp|lt|gt);/g, (m) => ENTITIES[m] ?? m);

function blockText(block: types.KnownBlock): string[] {
  switch (block.type) {
    case "header":
      return [block.text.text];
    case "section": {
      const lines = block.text ? [block.text.text] : [];
      for (const field of block.fields ?? []) lines.push(field.text);
      return lines;
    }
    case "context":
      return block.elements.map((element) => ("text" in element ? element.text : ""));
    default:
      return [];
  }
}

export function blocksToText(blocks: readonly types.KnownBlock[]): string {
  return `${blocks.flatMap(blockText).map(decode).join("\n\n")}\n`;
}
