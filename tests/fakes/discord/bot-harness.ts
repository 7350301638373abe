import { Writable } from "node:stream";
import type { APIEmbed } from "discord.js";
import type { ActionCodec, CommandContext } from "../../../commands/index.js";
import { inProcessCorpus } from "../../../src/core/corpus-service.js";
import { systemClock } from "../../../src/core/logger.js";
import type { Engine } from "../../../src/core/types.js";
import {
  type DiscordFrontEnd as DiscordBot,
  startDiscord,
} from "../../../src/front-ends/discord/discord-front-end.js";
import { createLogger } from "../../../src/logging/logger.js";
import { APPLICATION_ID, BOT_TOKEN, FakeDiscord, type RecordedRequest } from "./fake-discord.js";

/** The real bot, started against a fake Discord, with its log lines captured. */
export interface BotHarness {
  fake: FakeDiscord;
  bot: DiscordBot;
  logs: string[];
  close(): Promise<void>;
}

export async function startBotHarness(
  engine: Engine,
  extra: Partial<CommandContext> & { drainTimeoutMs?: number; actions?: ActionCodec } = {},
): Promise<BotHarness> {
  const logs: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const logger = createLogger({ pretty: false, level: "debug", destination, secrets: [BOT_TOKEN] });
  const fake = await FakeDiscord.start();
  const { drainTimeoutMs, actions, ...context } = extra;
  const bot = await startDiscord({
    token: BOT_TOKEN,
    applicationId: APPLICATION_ID,
    apiUrl: fake.apiUrl,
    context: { corpus: inProcessCorpus(() => engine), logger, clock: systemClock, ...context },
    logger,
    ...(drainTimeoutMs ? { drainTimeoutMs } : {}),
    ...(actions ? { actions } : {}),
  });
  return {
    fake,
    bot,
    logs,
    async close() {
      await bot.stop();
      await fake.close();
    },
  };
}

/** The message body the bot sent (interaction data or webhook body). */
export function messageBody(request: RecordedRequest): Record<string, unknown> {
  const body = request.body as Record<string, unknown>;
  return (body.data as Record<string, unknown> | undefined) ?? body;
}

export function embedOf(request: RecordedRequest): APIEmbed {
  const embeds = messageBody(request).embeds as APIEmbed[] | undefined;
  const [embed] = embeds ?? [];
  if (!embed) throw new Error(`no embed in ${JSON.stringify(request.body)}`);
  return embed;
}

/** Everything a user reads in an embed, as one string. */
export function readable(embed: APIEmbed): string {
  const fields = (embed.fields ?? []).map((f) => `${f.name}: ${f.value}`);
  return [embed.title, embed.description, ...fields, embed.footer?.text].filter(Boolean).join("\n");
}

export function fieldValue(embed: APIEmbed, name: string): string | undefined {
  return embed.fields?.find((f) => f.name === name)?.value;
}

interface ButtonJson {
  custom_id?: string;
  label?: string;
  disabled?: boolean;
}

export function buttonsOf(request: RecordedRequest): ButtonJson[] {
  const rows = (messageBody(request).components as { components: ButtonJson[] }[] | undefined) ?? [];
  return rows.flatMap((row) => row.components);
}
