import type { Reply } from "../../commands/reply.js";
import type { PostContext } from "../front-ends/front-end.js";

export { type PostContext, PostError } from "../front-ends/front-end.js";

/** A channel a digest goes to: one front end's channel. */
export interface DigestTarget {
  /** Stable and unique, recorded per slot once posted: "slack:C0123", "discord:1023…". */
  readonly id: string;
  post(reply: Reply, context: PostContext): Promise<{ messageId: string | null }>;
  /** Exactly what `post` would show, as text. */
  preview(reply: Reply): string;
}
