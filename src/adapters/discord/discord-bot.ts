import { setTimeout as sleep } from "node:timers/promises";
import { Client, Events, GatewayIntentBits, Status } from "discord.js";
import type { CommandContext } from "../../../commands/index.js";
import type { Logger } from "../../logging/logger.js";
import { safeError } from "./discord-errors.js";
import { answerWhileStopping, handleInteraction } from "./handle-interaction.js";
import type { HandlerDeps, StoredAnswer } from "./present-reply.js";
import { RecentAnswers } from "./recent-answers.js";

export interface DiscordOptions {
  token: string;
  applicationId: string;
  /** Replaces the REST base URL (a proxy, or a test double); the gateway URL is then read from it. */
  apiUrl?: string;
  context: CommandContext;
  logger: Logger;
  /** How long connecting may take before start-up fails. */
  connectTimeoutMs?: number;
  /** How long `stop()` waits for answers in progress. */
  drainTimeoutMs?: number;
  /** How many recent answers stay shareable. */
  answerCapacity?: number;
}

export interface DiscordBot {
  stop(): Promise<void>;
  /** Whether the gateway connection is up (for readiness); the detail names its state otherwise. */
  status(): { ok: boolean; detail: string };
}

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
 * Connects to Discord and answers /verify, /quotes, "Verify quote" and their buttons until `stop()`. Connection
 * drops are recovered by discord.js (resume, else a fresh session); they are only logged here.
 */
export async function startDiscord(options: DiscordOptions): Promise<DiscordBot> {
  const logger = options.logger.child({ frontEnd: "discord" });
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    rest: { timeout: REST_TIMEOUT_MS, ...(options.apiUrl ? { api: options.apiUrl } : {}) },
  });
  const deps: HandlerDeps = {
    context: options.context,
    logger,
    answers: new RecentAnswers<StoredAnswer>(options.answerCapacity ?? 500),
    pages: new RecentAnswers<string>(options.answerCapacity ?? 500),
  };
  const inFlight = new Set<Promise<void>>();
  let stopping = false;
  client.on(Events.InteractionCreate, (interaction) => {
    const work = stopping ? answerWhileStopping(interaction, deps) : handleInteraction(interaction, deps);
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  });
  watchConnection(client, logger, () => stopping);

  await connect(client, options.token, options.connectTimeoutMs ?? 60_000);
  const applicationId = client.application?.id;
  if (applicationId && applicationId !== options.applicationId) {
    logger.warn(
      { configured: options.applicationId, fromToken: applicationId },
      "DISCORD_APPLICATION_ID does not match the bot token's application; commands may be registered to the wrong app",
    );
  }
  logger.info({ bot: client.user?.tag, guilds: client.guilds.cache.size }, "connected to Discord");

  let stopped: Promise<void> | undefined;
  const shutdown = async (): Promise<void> => {
    stopping = true;
    const finished = await drain(inFlight, options.drainTimeoutMs ?? 10_000);
    if (!finished) logger.warn({ pending: inFlight.size }, "stopping with answers still in progress");
    await client.destroy();
    logger.info({}, "disconnected from Discord");
  };
  return {
    stop: () => {
      stopped ??= shutdown();
      return stopped;
    },
    status: () => {
      if (stopping) return { ok: false, detail: "stopping" };
      const state = client.ws.status;
      return state === Status.Ready
        ? { ok: true, detail: "connected" }
        : { ok: false, detail: (Status[state] ?? "unknown").toLowerCase() };
    },
  };
}
