/**
 * Slack's Block Kit limits, checked the way Slack checks them: a message that breaks any of these is rejected
 * whole (`invalid_blocks`), so the user would see nothing.
 */
interface TextObject {
  type: string;
  text: string;
}
interface AnyBlock {
  type: string;
  text?: TextObject;
  fields?: TextObject[];
  elements?: { type: string; text?: TextObject | string; value?: string; action_id?: string }[];
}

export function blockKitViolations(message: { blocks: unknown; text: unknown }): string[] {
  const problems: string[] = [];
  const blocks = message.blocks as AnyBlock[];
  if (typeof message.text !== "string" || message.text.trim() === "") problems.push("no fallback text");
  if (blocks.length > 50) problems.push(`${blocks.length} blocks`);
  for (const [i, block] of blocks.entries()) {
    const where = `block ${i} (${block.type})`;
    if (block.type === "header" && (block.text?.text.length ?? 0) > 150)
      problems.push(`${where}: header too long`);
    if (block.type === "section") {
      if (!block.text && !block.fields) problems.push(`${where}: empty section`);
      if (block.text && block.text.text.length > 3000)
        problems.push(`${where}: text ${block.text.text.length}`);
      if (block.text && block.text.text.length === 0) problems.push(`${where}: empty text`);
      if ((block.fields?.length ?? 0) > 10) problems.push(`${where}: ${block.fields?.length} fields`);
      for (const field of block.fields ?? [])
        if (field.text.length > 2000) problems.push(`${where}: long field`);
    }
    if (block.type === "context") {
      if ((block.elements?.length ?? 0) > 10) problems.push(`${where}: too many elements`);
      for (const el of block.elements ?? []) {
        if (typeof el.text === "string" && el.text.length > 3000) problems.push(`${where}: long context`);
      }
    }
    if (block.type === "actions") {
      const ids = new Set<string>();
      for (const el of block.elements ?? []) {
        if ((el.value?.length ?? 0) > 2000) problems.push(`${where}: button value ${el.value?.length}`);
        const label = typeof el.text === "object" ? el.text.text : "";
        if (label.length > 75) problems.push(`${where}: button text too long`);
        if (el.action_id && ids.has(el.action_id)) problems.push(`${where}: duplicate action_id`);
        if (el.action_id) ids.add(el.action_id);
      }
    }
  }
  return problems;
}
