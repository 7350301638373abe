/**
 * Slack's Home tab: the help, written once in commands/, then the latest digest. Published per user when they
 * open the tab (`app_home_opened` → views.publish), so it always shows the corpus and digest as they are now.
 */
import type { App, types } from "@slack/bolt";
import { type CommandContext, examplesFrom, helpReply, type Reply } from "../../../commands/index.js";
import type { CoreLogger } from "../../core/logger.js";
import { renderReplyBlocks } from "./render-blocks.js";

/** Slack refuses a Home tab view of more than 100 blocks. */
export const HOME_BLOCK_LIMIT = 100;

export interface PostedDigest {
  reply: Reply;
  postedAt: Date;
}

const NO_DIGEST =
  "No digest has been posted yet. Once one is, the latest appears here: new articles, quotations the outlets word " +
  "differently, and the checks people ran.";

function context(text: string): types.KnownBlock {
  return { type: "context", elements: [{ type: "mrkdwn", text }] };
}

/** Slack shows a `<!date>` in each reader's own time zone; the text after `|` is for clients that cannot. */
function postedAt(at: Date): string {
  const seconds = Math.floor(at.getTime() / 1000);
  return `<!date^${seconds}^{date_short_pretty} at {time}|${at.toISOString().slice(0, 16).replace("T", " ")} UTC>`;
}

/** The Home tab: the help, a divider, and the latest digest (or a word on what will appear there). */
export function homeView(help: Reply, latest: PostedDigest | null): types.HomeView {
  const blocks: types.KnownBlock[] = [...renderReplyBlocks(help).blocks, { type: "divider" }];
  if (!latest) {
    blocks.push(context(NO_DIGEST));
  } else {
    blocks.push(context(`*Latest digest* · posted ${postedAt(latest.postedAt)}`));
    const digest = renderReplyBlocks(latest.reply).blocks;
    const room = HOME_BLOCK_LIMIT - blocks.length;
    if (digest.length <= room) blocks.push(...digest);
    else blocks.push(...digest.slice(0, room - 1), context("_The rest of this digest is in its channel._"));
  }
  return { type: "home", blocks };
}

export interface AppHomeDeps {
  context: CommandContext;
  logger: CoreLogger;
}

/** The Home tab's content for now: help with examples from the corpus, and the latest digest if there is one. */
export async function currentHomeView(deps: AppHomeDeps): Promise<types.HomeView> {
  const { corpus } = deps.context;
  const examples = await examplesFrom(corpus);
  const help = helpReply("slack", examples, corpus.stats().articles);
  let latest: PostedDigest | null = null;
  try {
    latest = (await deps.context.latestDigest?.()) ?? null;
  } catch (error) {
    // The help is worth showing without the digest.
    deps.logger.warn({ err: error }, "could not read the latest digest for the Home tab");
  }
  return homeView(help, latest);
}

export function registerAppHome(app: App, deps: AppHomeDeps): void {
  app.event("app_home_opened", async ({ event, client }) => {
    if (event.tab !== undefined && event.tab !== "home") return;
    try {
      await client.views.publish({ user_id: event.user, view: await currentHomeView(deps) });
    } catch (error) {
      deps.logger.error({ err: error }, "could not publish the Home tab");
    }
  });
}
