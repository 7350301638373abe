/**
 * The Slack listeners. Every one acknowledges first — Slack gives up after 3 seconds — and does the work on the
 * queue afterwards, answering through the request's response_url. Whatever fails, the user gets a message.
 */
import type {
  App,
  BlockAction,
  ButtonAction,
  MessageShortcut,
  RespondArguments,
  RespondFn,
  webApi,
} from "@slack/bolt";
import { type CommandContext, errorReply, type Requester } from "../../../commands/index.js";
import type { Logger } from "../../logging/logger.js";
import { decodeAction } from "./action-values.js";
import {
  ACTION_PAGE_NEXT,
  ACTION_PAGE_PREVIOUS,
  ACTION_SHARE,
  type Answer,
  answerAction,
  answerMessage,
  answerQuotesText,
  answerVerifyText,
  FAILURE_MESSAGE,
  SHORTCUT_VERIFY,
} from "./answers.js";
import { renderReplyBlocks } from "./render-blocks.js";
import type { WorkQueue } from "./work-queue.js";

export interface HandlerDeps {
  context: CommandContext;
  logger: Logger;
  queue: WorkQueue;
}

interface Meta {
  command: string;
  channel: string | undefined;
}

const STALE_BUTTON = "That button has expired. Run the command again to get a fresh answer.";
const SHARE_FAILED = "I couldn't post that in the channel just now. Please press Share again in a moment.";

type WebClient = webApi.WebClient;

function rendered(answer: Answer) {
  return renderReplyBlocks(answer.reply, { buttons: answer.buttons });
}

/** Runs `produce` on the queue; an exception becomes a friendly reply and a logged error with its context. */
function handle(
  deps: HandlerDeps,
  meta: Meta,
  produce: () => Promise<Answer>,
  deliver: (a: Answer) => Promise<void>,
) {
  return deps.queue.run(async () => {
    const started = Date.now();
    let answer: Answer;
    try {
      answer = await produce();
    } catch (error) {
      deps.logger.error({ err: error, ...meta }, "slack request failed");
      answer = { reply: errorReply(FAILURE_MESSAGE), buttons: [] };
    }
    try {
      await deliver(answer);
      deps.logger.debug(
        { ...meta, reply: answer.reply.kind, ms: Date.now() - started },
        "slack request answered",
      );
    } catch (error) {
      deps.logger.error({ err: error, ...meta }, "could not deliver an answer to slack");
    }
  });
}

/** Ephemeral through the response_url; if that is gone, chat.postEphemeral to the same person. */
async function answerPrivately(
  answer: Answer,
  respond: RespondFn,
  client: WebClient,
  channel?: string,
  user?: string,
) {
  const message = rendered(answer);
  try {
    await respond({ response_type: "ephemeral", replace_original: false, ...message });
  } catch (error) {
    if (!channel || !user) throw error;
    await client.chat.postEphemeral({ channel, user, ...message });
  }
}

function requesterOf(channelId: string | undefined, userId: string | undefined): Requester {
  return { frontEnd: "slack", ...(channelId ? { channelId } : {}), ...(userId ? { userId } : {}) };
}

function isChannelAccessError(error: unknown): boolean {
  const code = (error as { data?: { error?: string } }).data?.error;
  return code === "not_in_channel" || code === "channel_not_found" || code === "is_archived";
}

/** Posts for everyone; where the bot may not post, Slack still lets the interaction's response_url do it. */
async function postShared(
  answer: Answer,
  body: BlockAction,
  respond: RespondFn,
  client: WebClient,
): Promise<void> {
  const who = body.user.name ?? body.user.username ?? "a teammate";
  const message = renderReplyBlocks(answer.reply, { note: `Shared by ${who}` });
  const inChannel: RespondArguments = { response_type: "in_channel", replace_original: false, ...message };
  const channel = body.channel?.id;
  if (!channel) await respond(inChannel);
  else {
    try {
      await client.chat.postMessage({ channel, ...message, unfurl_links: false, unfurl_media: false });
    } catch (error) {
      if (!isChannelAccessError(error)) throw error;
      await respond(inChannel);
    }
  }
  await respond({ delete_original: true });
}

/** Acknowledges at once (Slack's 3-second deadline), timing it from the listener's start for the metrics. */
async function acknowledge(ack: () => Promise<void>, deps: HandlerDeps): Promise<void> {
  const done = deps.context.metrics?.acknowledgementStarted("slack");
  await ack();
  done?.();
}

export function registerHandlers(app: App, deps: HandlerDeps): void {
  const { context } = deps;

  app.command("/verify", async ({ command, ack, respond, client }) => {
    await acknowledge(ack, deps);
    const meta = { command: "/verify", channel: command.channel_id };
    const requester = requesterOf(command.channel_id, command.user_id);
    await handle(
      deps,
      meta,
      () => answerVerifyText(command.text, context, requester),
      (answer) => answerPrivately(answer, respond, client, command.channel_id, command.user_id),
    );
  });

  app.command("/quotes", async ({ command, ack, respond, client }) => {
    await acknowledge(ack, deps);
    const meta = { command: "/quotes", channel: command.channel_id };
    const requester = requesterOf(command.channel_id, command.user_id);
    await handle(
      deps,
      meta,
      () => answerQuotesText(command.text, context, requester),
      (answer) => answerPrivately(answer, respond, client, command.channel_id, command.user_id),
    );
  });

  app.shortcut<MessageShortcut>({ callback_id: SHORTCUT_VERIFY, type: "message_action" }, async (args) => {
    const { shortcut, ack, respond, client } = args;
    await acknowledge(ack, deps);
    const meta = { command: "shortcut:verify_quote", channel: shortcut.channel.id };
    const requester = requesterOf(shortcut.channel.id, shortcut.user.id);
    await handle(
      deps,
      meta,
      () => answerMessage(shortcut.message.text ?? "", context, requester),
      (answer) => answerPrivately(answer, respond, client, shortcut.channel.id, shortcut.user.id),
    );
  });

  /** Buttons carry their request in their value; re-running it reproduces the answer they belong to. */
  const onButton = (
    actionId: string | RegExp,
    command: string,
    deliver: (
      answer: Answer,
      body: BlockAction<ButtonAction>,
      respond: RespondFn,
      client: WebClient,
    ) => Promise<void>,
  ) =>
    app.action<BlockAction<ButtonAction>>(actionId, async ({ ack, body, action, respond, client }) => {
      await acknowledge(ack, deps);
      const meta = { command, channel: body.channel?.id };
      const request = decodeAction(action.value);
      const requester = requesterOf(body.channel?.id, body.user.id);
      await handle(
        deps,
        meta,
        async () =>
          request
            ? answerAction(request, context, requester)
            : { reply: errorReply(STALE_BUTTON), buttons: [] },
        (answer) => deliver(answer, body, respond, client),
      );
    });

  onButton(ACTION_SHARE, "action:share", async (answer, body, respond, client) => {
    const privately = (a: Answer) => answerPrivately(a, respond, client, body.channel?.id, body.user.id);
    if (answer.reply.kind === "error") return privately(answer);
    try {
      await postShared(answer, body, respond, client);
    } catch (error) {
      deps.logger.error(
        { err: error, command: "action:share", channel: body.channel?.id },
        "could not share an answer in the channel",
      );
      await privately({ reply: errorReply(SHARE_FAILED), buttons: [] });
    }
  });

  onButton(
    new RegExp(`^(${ACTION_PAGE_PREVIOUS}|${ACTION_PAGE_NEXT})$`),
    "action:quotes_page",
    async (answer, _body, respond) => {
      await respond({ response_type: "ephemeral", replace_original: true, ...rendered(answer) });
    },
  );
}
