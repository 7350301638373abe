/**
 * Commands sent to the bot through the local fakes of Slack and Discord, each timed from sending to its
 * acknowledgement and to its answer (load.ts).
 */
import type { FakeDiscord } from "../tests/fakes/discord/fake-discord.js";
import { TEST_USER } from "../tests/fakes/discord/fake-discord.js";
import { slashCommand } from "../tests/fakes/discord/interaction-payloads.js";
import type { FakeSlackApi } from "../tests/fakes/slack/fake-slack-api.js";
import { sign, slashCommandBody } from "../tests/fakes/slack/slack-requests.js";

export const ANSWER_WAIT_MS = 180_000;

export type Platform = "slack" | "discord";
export interface Command {
  platform: Platform;
  kind: "verify" | "heavy" | "quotes";
  text: string;
  user: string;
}
export interface Outcome {
  command: Command;
  ackMs: number | null;
  answerMs: number | null;
  /** The answer shown was an error message rather than a verdict or listing. */
  failed: boolean;
}

const FAILURE = /went wrong|couldn't check|too many requests|try again in a moment/i;

async function sendSlack(api: FakeSlackApi, port: number, command: Command, id: string): Promise<Outcome> {
  const body = slashCommandBody({
    command: command.kind === "quotes" ? "/quotes" : "/verify",
    text: command.text,
    responseUrl: api.responseUrl(id),
    userId: command.user,
  });
  const started = Date.now();
  let ackMs: number | null = null;
  try {
    const response = await fetch(`http://127.0.0.1:${port}/slack/events`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", ...sign(body) },
      body,
      signal: AbortSignal.timeout(30_000),
    });
    await response.text();
    if (response.status === 200) ackMs = Date.now() - started;
  } catch {
    ackMs = null;
  }
  const deadline = started + ANSWER_WAIT_MS;
  while (Date.now() < deadline) {
    const answer = api.responses.find((r) => r.id === id);
    if (answer)
      return {
        command,
        ackMs,
        answerMs: Date.now() - started,
        failed: FAILURE.test(JSON.stringify(answer.body)),
      };
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { command, ackMs, answerMs: null, failed: true };
}

async function sendDiscord(fake: FakeDiscord, command: Command): Promise<Outcome> {
  const payload = slashCommand(
    command.kind === "quotes" ? "quotes" : "verify",
    command.kind === "quotes" ? { speaker: command.text } : { quote: command.text },
  );
  payload.member = { ...(payload.member as object), user: { ...TEST_USER, id: command.user } };
  await fake.gateway.waitUntilLive();
  const started = Date.now();
  await fake.interact(payload);
  const ack = await fake.callback(payload, ANSWER_WAIT_MS).catch(() => null);
  const edit = await fake.edit(payload, ANSWER_WAIT_MS).catch(() => null);
  return {
    command,
    ackMs: ack ? ack.at - started : null,
    answerMs: edit ? edit.at - started : null,
    failed: !edit || FAILURE.test(JSON.stringify(edit.body)),
  };
}

let sent = 0;
export function send(
  fakes: { slack: FakeSlackApi; discord: FakeDiscord; port: number },
  commands: Command[],
) {
  return commands.map((c) =>
    c.platform === "slack"
      ? sendSlack(fakes.slack, fakes.port, c, `load-${sent++}`)
      : sendDiscord(fakes.discord, c),
  );
}
