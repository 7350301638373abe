import { setTimeout as sleep } from "node:timers/promises";
import { Client, Events, GatewayIntentBits, Status } from "discord.js";
import { type ActionCodec, actionCodec, type CommandContext, type Reply } from "../../../commands/index.js";
import { discordSettings } from "../../config/platforms/discord-settings.js";
import type { Logger } from "../../logging/logger.js";
import type { FrontEnd, FrontEndPlugin, FrontEndStatus } from "../front-end.js";
import { safeError } from "./discord-errors.js";
import { embedToText } from "./embed-to-text.js";
import { answerWhileStopping, handleInteraction } from "./handle-interaction.js";
import { discordChannelPoster } from "./post-digest.js";
import type { HandlerDeps } from "./present-reply.js";
import { type DiscordMessage, renderReplyMessage } from "./render-embeds.js";

export interface DiscordOptions {
  token: string;
  applicationId: string;
  /** Replaces the REST base URL (a proxy, or a test double); the gateway URL is then read from it. */
  apiUrl?: string;
  context: CommandContext;
  /**
   * Encodes the requests behind buttons. A custom id holds 100 characters, so long quotations are kept in storage;
   * without a store their Share button is left out.
   */
  actions?: ActionCodec;
  logger: Logger;
  /** How long connecting may take before start-up fails. */
  connectTimeoutMs?: number;
  /** How long `stop()` waits for answers in progress. */
  drainTimeoutMs?: number;
  /** Deadline for each REST request; default 10 s. */
  restTimeoutMs?: number;
}

export type DiscordFrontEnd = FrontEnd<DiscordMessage>;

const REST_TIMEOUT_MS = 10_000;

/** Connection events, logged; `isStopping` silences the closes that our own shutdown causes. */
function watchConnection(client: Client, logger: Logger, isStopping: () => boolean): void {
  client.on(Events.ShardDisconnect, (event, shardId) =>
    logger.warn(
      { shardId, code: event.code },
      "Discord gateway closed for good; check the token and intents",
    ),
  );
  client.on(Events.ShardReconnecting, (shardId) => {
    if (!isStopping()) logger.warn({ shardId }, "Discord gateway dropped; reconnecting");
  });
  client.on(Events.ShardResume, (shardId, replayed) =>
    logger.info({ shardId, replayed }, "Discord gateway connection resumed"),
  );
  client.on(Events.ShardError, (error, shardId) =>
    logger.warn({ shardId, err: safeError(error) }, "Discord gateway error"),
  );
  client.on(Events.Error, (error) => logger.error({ err: safeError(error) }, "Discord client error"));
  client.on(Events.Warn, (message) => logger.warn({ detail: message }, "Discord client warning"));
}

async function connect(client: Client, token: string, timeoutMs: number): Promise<void> {
  const timeout = new AbortController();
  try {
    await Promise.race([
      client.login(token),
      sleep(timeoutMs, undefined, { signal: timeout.signal }).then(() => {
        throw new Error(`no answer from the Discord gateway within ${Math.round(timeoutMs / 1000)} s`);
      }),
    ]);
  } catch (error) {
    await client.destroy();
    const reason = safeError(error).message;
    throw new Error(`Could not connect to Discord: ${reason}`, { cause: error });
  } finally {
    timeout.abort();
  }
}

/** Waits until nothing is in flight or the deadline passes; true when everything finished. */
async function drain(inFlight: Set<Promise<void>>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (inFlight.size > 0) {
    const left = deadline - Date.now();
    if (left <= 0) return false;
    const timer = new AbortController();
    await Promise.race([
      Promise.allSettled([...inFlight]),
      sleep(left, undefined, { signal: timer.signal }).catch(() => undefined),
    ]);
    timer.abort();
  }
  return true;
}

/**
 * Answers /verify, /quotes, "Verify quote" and their buttons between `start()` and `stop()`. Connection drops are
 * recovered by discord.js (resume, else a fresh session); they are only logged here.
 */
export function createDiscordFrontEnd(options: DiscordOptions): DiscordFrontEnd {
  const logger = options.logger.child({ frontEnd: "discord" });
  const deps: HandlerDeps = {
    context: options.context,
    actions: options.actions ?? actionCodec(null, options.context.clock),
    logger,
  };
  const postMessage = discordChannelPoster({
    token: options.token,
    logger,
    ...(options.apiUrl ? { apiUrl: options.apiUrl } : {}),
    timeoutMs: options.restTimeoutMs ?? REST_TIMEOUT_MS,
  });
  const inFlight = new Set<Promise<void>>();
  let client: Client | undefined;
  let stopping = false;
  let stopped: Promise<void> | undefined;

  async function start(): Promise<void> {
    const created = new Client({
      intents: [GatewayIntentBits.Guilds],
      allowedMentions: { parse: [] },
      rest: { timeout: REST_TIMEOUT_MS, ...(options.apiUrl ? { api: options.apiUrl } : {}) },
    });
    client = created;
    created.on(Events.InteractionCreate, (interaction) => {
      const work = stopping ? answerWhileStopping(interaction, deps) : handleInteraction(interaction, deps);
      inFlight.add(work);
      void work.finally(() => inFlight.delete(work));
    });
    watchConnection(created, logger, () => stopping);
    await connect(created, options.token, options.connectTimeoutMs ?? 60_000);
    const applicationId = created.application?.id;
    if (applicationId && applicationId !== options.applicationId) {
      logger.warn(
        { configured: options.applicationId, fromToken: applicationId },
        "DISCORD_APPLICATION_ID does not match the bot token's application; commands may be registered to the wrong app",
      );
    }
    logger.info({ bot: created.user?.tag, guilds: created.guilds.cache.size }, "connected to Discord");
  }

  async function shutdown(running: Client): Promise<void> {
    stopping = true;
    const finished = await drain(inFlight, options.drainTimeoutMs ?? 10_000);
    if (!finished) logger.warn({ pending: inFlight.size }, "stopping with answers still in progress");
    await running.destroy();
    logger.info({}, "disconnected from Discord");
  }

  const render = (reply: Reply) => renderReplyMessage(reply);
  return {
    name: "discord",
    start,
    stop: () => {
      stopped ??= client ? shutdown(client) : Promise.resolve();
      return stopped;
    },
    status: (): FrontEndStatus => {
      if (!client) return { ok: false, detail: "not started" };
      if (stopping) return { ok: false, detail: "stopping" };
      const state = client.ws.status;
      return state === Status.Ready
        ? { ok: true, detail: "connected" }
        : { ok: false, detail: (Status[state] ?? "unknown").toLowerCase() };
    },
    render,
    preview: (reply) => render(reply).embeds.map(embedToText).join("\n"),
    post: (channel, reply, context) => postMessage(channel, render(reply), context),
  };
}

/** Connects a Discord front end; the handle stops it. */
export async function startDiscord(options: DiscordOptions): Promise<DiscordFrontEnd> {
  const discord = createDiscordFrontEnd(options);
  await discord.start();
  return discord;
}

export const discordPlugin: FrontEndPlugin = {
  name: "discord",
  settings: discordSettings,
  fromConfig(config, deps) {
    if (!config.DISCORD_TOKEN) return null;
    return createDiscordFrontEnd({
      token: config.DISCORD_TOKEN,
      applicationId: config.DISCORD_APPLICATION_ID ?? "",
      context: deps.context,
      actions: deps.actions,
      logger: deps.logger,
      ...(config.DISCORD_API_URL ? { apiUrl: config.DISCORD_API_URL } : {}),
    });
  },
};
