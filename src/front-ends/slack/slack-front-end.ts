/**
 * The Slack front end: Bolt receives commands, shortcuts and button clicks; answers, shared answers and digests
 * go out through the one Web API client.
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { App } from "@slack/bolt";
import { type ActionCodec, actionCodec, type CommandContext, type Reply } from "../../../commands/index.js";
import { slackSettings } from "../../config/platforms/slack-settings.js";
import type { Logger } from "../../logging/logger.js";
import type { FrontEnd, FrontEndPlugin, FrontEndStatus } from "../front-end.js";
import { registerAppHome } from "./app-home.js";
import { blocksToText } from "./blocks-to-text.js";
import { slackDigestPoster } from "./post-digest.js";
import { renderReplyBlocks } from "./render-blocks.js";
import { createApp, describeStartError } from "./slack-app.js";
import { registerHandlers } from "./slack-handlers.js";
import { createSlackClient, slackApiUrl } from "./web-client.js";
import { WorkQueue } from "./work-queue.js";

export interface SlackOptions {
  botToken: string;
  signingSecret?: string;
  appToken?: string;
  port: number;
  apiUrl?: string;
  context: CommandContext;
  /** Encodes the requests behind buttons; by default inline only (every Slack request fits a button). */
  actions?: ActionCodec;
  logger: Logger;
  /** Deadline for each call to Slack (Web API, response_url); default 10 s. */
  requestTimeoutMs?: number;
}

export interface SlackFrontEnd extends FrontEnd<ReturnType<typeof renderReplyBlocks>> {
  /** The HTTP receiver's port once started; null in Socket Mode. */
  readonly port: number | null;
}

/** How long shutdown waits for answers already being worked on. */
const DRAIN_TIMEOUT_MS = 15_000;

export function createSlackFrontEnd(options: SlackOptions): SlackFrontEnd {
  const log = options.logger.child({ component: "slack" });
  const client = createSlackClient({
    token: options.botToken,
    logger: options.logger,
    ...(options.apiUrl ? { apiUrl: options.apiUrl } : {}),
    ...(options.requestTimeoutMs ? { timeoutMs: options.requestTimeoutMs } : {}),
  });
  const postDigest = slackDigestPoster(client, log);
  const socketMode = Boolean(options.appToken);
  const queue = new WorkQueue();
  let app: App | undefined;
  let port: number | null = null;
  let socketState: (() => FrontEndStatus) | undefined;
  let stopped = false;
  let stopping: Promise<void> | undefined;

  async function start(): Promise<void> {
    const made = createApp({ ...options, logger: options.logger, clock: options.context.clock });
    const created = made.app;
    socketState = made.socketState;
    app = created;
    created.error(async (error) => {
      log.error({ err: error }, "slack listener failed");
    });
    registerHandlers(created, {
      context: options.context,
      actions: options.actions ?? actionCodec(null, options.context.clock),
      client,
      logger: log,
      queue,
    });
    registerAppHome(created, { context: options.context, logger: log });
    try {
      await created.init();
      const started = (await (socketMode ? created.start() : created.start(options.port))) as
        | Server
        | undefined;
      if (!socketMode) port = (started?.address() as AddressInfo | null)?.port ?? options.port;
    } catch (error) {
      throw new Error(describeStartError(error, slackApiUrl(options.apiUrl)), { cause: error });
    }
    log.info({ mode: socketMode ? "socket" : "http", ...(port !== null ? { port } : {}) }, "slack ready");
  }

  async function shutdown(): Promise<void> {
    stopped = true;
    try {
      await app?.stop();
    } catch (error) {
      log.warn({ err: error }, "slack receiver did not stop cleanly");
    }
    const pending = queue.size;
    if (!(await queue.drain(DRAIN_TIMEOUT_MS))) {
      log.warn({ pending: queue.size }, "slack stopped with answers still unsent");
    } else {
      log.info({ finished: pending }, "slack stopped");
    }
  }

  const render = (reply: Reply) => renderReplyBlocks(reply);
  return {
    name: "slack",
    get port() {
      return port;
    },
    start,
    stop: () => {
      stopping ??= app ? shutdown() : Promise.resolve();
      return stopping;
    },
    status: (): FrontEndStatus => {
      if (!app) return { ok: false, detail: "not started" };
      if (stopped) return { ok: false, detail: "stopping" };
      return socketState ? socketState() : { ok: true, detail: `listening on port ${port}` };
    },
    render,
    preview: (reply) => blocksToText(render(reply).blocks),
    post: (channel, reply, context) => postDigest(channel, render(reply), context),
  };
}

/** Starts a Slack front end; the handle stops it. */
export async function startSlack(options: SlackOptions): Promise<SlackFrontEnd> {
  const slack = createSlackFrontEnd(options);
  await slack.start();
  return slack;
}

export const slackPlugin: FrontEndPlugin = {
  name: "slack",
  settings: slackSettings,
  fromConfig(config, deps) {
    if (!config.SLACK_BOT_TOKEN) return null;
    return createSlackFrontEnd({
      botToken: config.SLACK_BOT_TOKEN,
      port: config.SLACK_PORT,
      context: deps.context,
      actions: deps.actions,
      logger: deps.logger,
      ...(config.SLACK_SIGNING_SECRET ? { signingSecret: config.SLACK_SIGNING_SECRET } : {}),
      ...(config.SLACK_APP_TOKEN ? { appToken: config.SLACK_APP_TOKEN } : {}),
      ...(config.SLACK_API_URL ? { apiUrl: config.SLACK_API_URL } : {}),
    });
  },
};
