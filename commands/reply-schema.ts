/**
 * The reply model as a schema, for replies read back from storage (a digest's content is built once and posted
 * later, possibly by another version): what does not match is refused rather than posted half-formed.
 */
import { z } from "zod";
import type { Reply } from "./reply.js";

const inline = z.object({
  text: z.string(),
  href: z.string().optional(),
  style: z.enum(["bold", "italic", "code", "added", "removed"]).optional(),
});
const run = z.array(inline);

export const replySchema = z.object({
  kind: z.enum(["verification", "quotes", "digest", "error"]),
  tone: z.enum(["success", "warning", "danger", "info", "neutral"]),
  emoji: z.string(),
  title: z.string(),
  quote: z.string().optional(),
  summary: z.string().optional(),
  fields: z.array(z.object({ label: z.string(), value: run })),
  sections: z.array(z.object({ heading: z.string(), items: z.array(run), noun: z.string() })),
  footer: z.string().optional(),
});

/** The stored value as a reply (without buttons, which a stored reply never carries); throws when it is not one. */
export function parseStoredReply(value: unknown): Reply {
  return replySchema.parse(value);
}
