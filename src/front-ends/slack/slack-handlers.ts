/**
 * The Slack listeners. Every one acknowledges first — Slack gives up after 3 seconds — and does the work on the
 * queue afterwards, answering through the request's response_url. What a request means is decided by
 * `commands/`; these only read Slack's payloads and deliver the answers.
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
import {
  type ActionCodec,
  type CommandContext,
  type CommandRequest,
  commandMessages,
  errorReply,
  quoteFromMessage,
  type Reply,
  type Requester,
  requestFromText,
  runAction,
  runRequest,
} from "../../../commands/index.js";
import type { Logger } from "../../logging/logger.js";
import { ACTION_IDS, buttonsFor } from "./buttons.js";
import { renderReplyBlocks } from "./render-blocks.js";
import { slackTextToPlain } from "./slack-text.js";
import type { WorkQueue } from "./work-queue.js";

export const SHORTCUT_VERIFY = "verify_quote";

export interface HandlerDeps {
  context: CommandContext;
  actions: ActionCodec;
  /** The one Web API client (posting shared answers, ephemeral fallbacks). */
  client: webApi.WebClient;
  logger: Logger;
  queue: WorkQueue;
}

interface Meta {
  command: string;
  channel: string | undefined;
}

type Deliver = (reply: Reply) => Promise<void>;

/** Runs `produce` on the queue and delivers what it gives; a failure to deliver is logged with its context. */
function handle(deps: HandlerDeps, meta: Meta, produce: () => Promise<Reply>, deliver: Deliver) {
  return deps.queue.run(async () => {
    const started = Date.now();
    const reply = await produce();
    try {
      await deliver(reply);
      deps.logger.debug({ ...meta, reply: reply.kind, ms: Date.now() - started }, "slack request answered");
    } catch (error) {
      deps.logger.error({ err: error, ...meta }, "could not deliver an answer to slack");
    }
  });
}

/** Ephemeral through the response_url; if that is gone, chat.postEphemeral to the same person. */
async function answerPrivately(deps: HandlerDeps, reply: Reply, respond: RespondFn, who: Requester) {
  const message = renderReplyBlocks(reply, { buttons: await buttonsFor(reply, deps.actions) });
  try {
    await respond({ response_type: "ephemeral", replace_original: false, ...message });
  } catch (error) {
    if (!who.channelId || !who.userId) throw error;
    await deps.client.chat.postEphemeral({ channel: who.channelId, user: who.userId, ...message });
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
async function postShared(deps: HandlerDeps, reply: Reply, body: BlockAction, respond: RespondFn) {
  const who = body.user.name ?? body.user.username ?? "a teammate";
  const message = renderReplyBlocks(reply, { note: `Shared by ${who}` });
  const inChannel: RespondArguments = { response_type: "in_channel", replace_original: false, ...message };
  const channel = body.channel?.id;
  if (!channel) await respond(inChannel);
  else {
    try {
      await deps.client.chat.postMessage({ channel, ...message, unfurl_links: false, unfurl_media: false });
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

  for (const name of ["verify", "quotes"]) {
    app.command(`/${name}`, async ({ command, ack, respond }) => {
      await acknowledge(ack, deps);
      const requester = requesterOf(command.channel_id, command.user_id);
      const request = requestFromText(name, slackTextToPlain(command.text).trim()) as CommandRequest;
      await handle(
        deps,
        { command: `/${name}`, channel: command.channel_id },
        () => runRequest(request, context, requester),
        (reply) => answerPrivately(deps, reply, respond, requester),
      );
    });
  }

  app.shortcut<MessageShortcut>({ callback_id: SHORTCUT_VERIFY, type: "message_action" }, async (args) => {
    const { shortcut, ack, respond } = args;
    await acknowledge(ack, deps);
    const requester = requesterOf(shortcut.channel.id, shortcut.user.id);
    const quote = quoteFromMessage(slackTextToPlain(shortcut.message.text ?? ""));
    await handle(
      deps,
      { command: `shortcut:${SHORTCUT_VERIFY}`, channel: shortcut.channel.id },
      async () =>
        quote
          ? runRequest({ command: "verify", input: { quote } }, context, requester)
          : errorReply(commandMessages.MESSAGE_WITHOUT_TEXT(), "MESSAGE_WITHOUT_TEXT"),
      (reply) => answerPrivately(deps, reply, respond, requester),
    );
  });

  /** Buttons carry their request in their value; running it again gives the answer as it stands now. */
  const onButton = (
    actionId: string | RegExp,
    command: string,
    deliver: (reply: Reply, body: BlockAction<ButtonAction>, respond: RespondFn) => Promise<void>,
  ) =>
    app.action<BlockAction<ButtonAction>>(actionId, async ({ ack, body, action, respond }) => {
      await acknowledge(ack, deps);
      const requester = requesterOf(body.channel?.id, body.user.id);
      await handle(
        deps,
        { command, channel: body.channel?.id },
        async () => (await runAction(deps.actions, action.value ?? "", context, requester)).reply,
        (reply) => deliver(reply, body, respond),
      );
    });

  onButton(ACTION_IDS.share, "action:share", async (reply, body, respond) => {
    const requester = requesterOf(body.channel?.id, body.user.id);
    if (reply.kind === "error") return answerPrivately(deps, reply, respond, requester);
    try {
      await postShared(deps, reply, body, respond);
    } catch (error) {
      deps.logger.error(
        { err: error, command: "action:share", channel: body.channel?.id },
        "could not share an answer in the channel",
      );
      await answerPrivately(
        deps,
        errorReply(commandMessages.SHARE_FAILED(), "SHARE_FAILED"),
        respond,
        requester,
      );
    }
  });

  onButton(
    new RegExp(`^(${ACTION_IDS.previous}|${ACTION_IDS.next})$`),
    "action:quotes_page",
    async (reply, _body, respond) => {
      const buttons = await buttonsFor(reply, deps.actions);
      await respond({
        response_type: "ephemeral",
        replace_original: true,
        ...renderReplyBlocks(reply, { buttons }),
      });
    },
  );
}
