/**
 * What every front end is, whatever the platform. A front end turns a platform's requests into neutral command
 * requests (its handlers), runs them through `commands/` (`runRequest`, `runAction`), and shows the neutral reply
 * its own way (its renderer); it can also post a reply for everyone in a channel, which is how digests reach it.
 * start-app and the digest scheduler loop over front ends and know none of them by name.
 */
import type { ActionCodec, CommandContext, Reply } from "../../commands/index.js";
import type { PlatformSettings } from "../config/platforms/platform-settings.js";
import type { Config } from "../config/schema.js";
import type { Logger } from "../logging/logger.js";

/** Whether the platform can reach this front end now (what /readyz reports), and its state in a word or two. */
export interface FrontEndStatus {
  /** Taking requests: connected to the platform, or listening. */
  ok: boolean;
  /** "connected", "listening on port 3000", "reconnecting", "stopping"… */
  detail: string;
}

export interface PostContext {
  /** The slot being posted, e.g. the cron fire time in ISO form. */
  slot: string;
  /**
   * An earlier attempt for this slot may have reached the platform without an answer (timeout, 5xx, crash):
   * look for that message before posting again.
   */
  mayExist: boolean;
  /** When the first attempt for this slot may have started; messages before it cannot be ours. */
  since: Date;
  /**
   * Only this run's own attempt, moments ago, may have posted (not a run that crashed or gave up earlier), so a
   * platform's short-lived repeat check (Discord's nonce) still covers it.
   */
  recent?: boolean;
}

/** Why a post failed, and whether trying again could help. */
export class PostError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    /** The platform asked to wait this long before trying again. */
    readonly retryAfterMs?: number,
    /** The platform may have posted the message despite the failure (timeouts, 5xx). */
    readonly ambiguous = false,
  ) {
    super(message);
    this.name = "PostError";
  }
}

export interface FrontEnd<Rendered = unknown> {
  /** "slack", "discord", "terminal": names digest targets ("slack:C0123") and log lines. */
  readonly name: string;
  /** Connects or starts listening; resolves once requests are being taken. */
  start(): Promise<void>;
  /** Stops taking requests and finishes the answers already started. */
  stop(): Promise<void>;
  status(): FrontEndStatus;
  /** The platform's form of a reply (Block Kit, embeds, terminal text), within the platform's limits. */
  render(reply: Reply): Rendered;
  /** What `post` would show, as readable text: the preview of a digest is exactly what is posted. */
  preview(reply: Reply): string;
  /** Posts a reply for everyone in a channel; works without `start` (e.g. `verbatim digest --post`). */
  post(channel: string, reply: Reply, context: PostContext): Promise<{ messageId: string | null }>;
}

/** What every front end is given. */
export interface FrontEndDeps {
  context: CommandContext;
  /** Encodes and decodes the requests behind buttons. */
  actions: ActionCodec;
  logger: Logger;
}

/** A platform Verbatim can serve: what it reads from the configuration, and the front end made from it. */
export interface FrontEndPlugin {
  readonly name: string;
  /** Its variables, whether they switch it on, and where its digest goes (loads no SDK). */
  readonly settings: PlatformSettings;
  /** The front end, when the configuration holds its credentials; making one connects to nothing. */
  fromConfig(config: Config, deps: FrontEndDeps): FrontEnd | null;
}
