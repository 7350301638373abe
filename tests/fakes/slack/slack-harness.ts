/**
 * The Slack front end running for real (Bolt's HTTP receiver on a random port) against the fake Slack, with its
 * log lines captured.
 */
import { Writable } from "node:stream";
import type { CommandContext } from "../../../commands/index.js";
import { inProcessCorpus } from "../../../src/core/corpus-service.js";
import { systemClock } from "../../../src/core/logger.js";
import type { Engine } from "../../../src/core/types.js";
import {
  type SlackFrontEnd as SlackHandle,
  startSlack,
} from "../../../src/front-ends/slack/slack-front-end.js";
import { createLogger } from "../../../src/logging/logger.js";
import { type FakeSlackApi, startFakeSlackApi, waitFor } from "./fake-slack-api.js";
import {
  BOT_TOKEN,
  buttonPayload,
  interactionBody,
  messageShortcutPayload,
  type PostResult,
  postSigned,
  SIGNING_SECRET,
  slashCommandBody,
} from "./slack-requests.js";

export interface LogCapture {
  lines: string[];
  entries(): Record<string, unknown>[];
}

export function captureLogs(): { logger: ReturnType<typeof createLogger>; logs: LogCapture } {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  // No secrets are configured for scrubbing here, so a test can see whether any reach a log line at all.
  const logger = createLogger({ pretty: false, destination, level: "debug" });
  return {
    logger,
    logs: { lines, entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) },
  };
}

export interface Harness {
  api: FakeSlackApi;
  slack: SlackHandle;
  logs: LogCapture;
  port: number;
  /** Sends a signed slash command; its answer arrives at response URL `id`. */
  command(command: string, text: string, id: string, channelId?: string): Promise<PostResult>;
  click(actionId: string, value: string, id: string, channelId?: string): Promise<PostResult>;
  shortcut(messageText: string, id: string): Promise<PostResult>;
  /** The first message posted to response URL `id`. */
  answer(id: string, timeoutMs?: number): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

export function contextFor(engine: () => Engine, extra: Partial<CommandContext> = {}): CommandContext {
  return {
    corpus: inProcessCorpus(engine),
    logger: { debug() {}, info() {}, warn() {}, error() {} },
    clock: systemClock,
    ...extra,
  };
}

export async function startHarness(
  context: CommandContext,
  options: { requestTimeoutMs?: number } = {},
): Promise<Harness> {
  const api = await startFakeSlackApi();
  const { logger, logs } = captureLogs();
  const slack = await startSlack({
    botToken: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    port: 0,
    apiUrl: api.apiUrl,
    // Failures inside commands are logged through the context: capture those lines too.
    context: { ...context, logger },
    logger,
    ...options,
  });
  const port = slack.port ?? 0;
  return {
    api,
    slack,
    logs,
    port,
    command: (command, text, id, channelId) =>
      postSigned(
        port,
        slashCommandBody({
          command,
          text,
          responseUrl: api.responseUrl(id),
          ...(channelId ? { channelId } : {}),
        }),
      ),
    click: (actionId, value, id, channelId) =>
      postSigned(port, interactionBody(buttonPayload({ actionId, value }, api.responseUrl(id), channelId))),
    shortcut: (messageText, id) =>
      postSigned(port, interactionBody(messageShortcutPayload(messageText, api.responseUrl(id)))),
    answer: (id, timeoutMs = 5000) =>
      waitFor(
        () => api.responses.find((r) => r.id === id)?.body,
        timeoutMs,
        `an answer at response URL ${id}`,
      ),
    close: async () => {
      await slack.stop();
      await api.close();
    },
  };
}
