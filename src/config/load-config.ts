import { existsSync, readFileSync } from "node:fs";
import { parse as parseDotenv } from "dotenv";
import type { z } from "zod";
import { type Config, type VariableName, type VariableSpec, variables } from "./schema.js";

export class ConfigError extends Error {
  readonly code = "VERBATIM_CONFIG_INVALID";
  constructor(readonly problems: readonly string[]) {
    super(
      `Verbatim cannot start: the configuration is invalid.\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
    this.name = "ConfigError";
  }
}

type Source = Readonly<Record<string, string | undefined>>;

/** Reads `.env` (if present) without overriding variables already set in the environment. */
export function readDotenv(path = ".env"): Record<string, string> {
  if (!existsSync(path)) return {};
  return parseDotenv(readFileSync(path));
}

function describeValue(raw: string): string {
  const shown = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
  return JSON.stringify(shown);
}

/** Validates every variable; collects all problems so one start-up shows them all. */
export function loadConfig(env: Source = process.env, dotenv: Source = readDotenv()): Config {
  const problems: string[] = [];
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(variables) as [VariableName, VariableSpec][]) {
    const fromEnv = env[name] ?? dotenv[name];
    const raw = fromEnv === undefined || fromEnv.trim() === "" ? undefined : fromEnv;
    const result = spec.schema.safeParse(raw);
    if (result.success) {
      out[name] = result.data;
      continue;
    }
    const got =
      raw === undefined ? "nothing" : spec.secret ? "a value that does not fit" : describeValue(raw);
    const detail = spec.secret ? undefined : detailOf(result.error.issues);
    problems.push(
      `${name} must be ${spec.expected}, got ${got}${detail ? ` (${detail})` : ""}. Example: ${name}=${spec.example}`,
    );
  }
  const config = out as Config;
  problems.push(...crossChecks(config));
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** A schema that knows why a value was refused (e.g. the cron parser's reason) says so in `params.detail`. */
function detailOf(issues: readonly z.core.$ZodIssue[]): string | undefined {
  for (const issue of issues) {
    const detail = issue.code === "custom" ? issue.params?.detail : undefined;
    if (typeof detail === "string" && detail) return detail;
  }
  return undefined;
}

const example = (name: VariableName) => `${name}=${variables[name].example}`;

/** Values that are each valid but do not work together: every such start would half-work. */
function crossChecks(c: Config): string[] {
  const problems: string[] = [];
  if (c.SLACK_BOT_TOKEN && !c.SLACK_APP_TOKEN && !c.SLACK_SIGNING_SECRET) {
    problems.push(
      "SLACK_SIGNING_SECRET must be set when SLACK_BOT_TOKEN is set without SLACK_APP_TOKEN (HTTP mode). " +
        `Example: SLACK_SIGNING_SECRET=${variables.SLACK_SIGNING_SECRET.example}`,
    );
  }
  if (c.DISCORD_TOKEN && !c.DISCORD_APPLICATION_ID) {
    problems.push(
      `DISCORD_APPLICATION_ID must be set when DISCORD_TOKEN is set. Example: ${example("DISCORD_APPLICATION_ID")}`,
    );
  }
  if (c.DIGEST_SLACK_CHANNEL && !c.SLACK_BOT_TOKEN) {
    problems.push(
      `SLACK_BOT_TOKEN must be set when DIGEST_SLACK_CHANNEL is set: the digest is posted as the Slack bot. Example: ${example("SLACK_BOT_TOKEN")}`,
    );
  }
  if (c.DIGEST_DISCORD_CHANNEL && !c.DISCORD_TOKEN) {
    problems.push(
      `DISCORD_TOKEN must be set when DIGEST_DISCORD_CHANNEL is set: the digest is posted as the Discord bot. Example: ${example("DISCORD_TOKEN")}`,
    );
  }
  if (c.DIGEST_CRON && !c.DIGEST_SLACK_CHANNEL && !c.DIGEST_DISCORD_CHANNEL) {
    problems.push(
      `DIGEST_SLACK_CHANNEL or DIGEST_DISCORD_CHANNEL must be set when DIGEST_CRON is set: the digest needs a channel. Example: ${example("DIGEST_SLACK_CHANNEL")}`,
    );
  }
  const slackOverHttp = c.SLACK_BOT_TOKEN && !c.SLACK_APP_TOKEN;
  if (slackOverHttp && c.HTTP_PORT === c.SLACK_PORT) {
    problems.push(
      `HTTP_PORT must differ from SLACK_PORT (${c.SLACK_PORT}), where Slack's requests arrive: the health and metrics server has a port of its own. Example: ${example("HTTP_PORT")}`,
    );
  }
  if (c.FEEDS_FILE && !c.INGEST_CONTACT) {
    problems.push(
      "INGEST_CONTACT must be set when FEEDS_FILE is set: sites see it in the User-Agent and can reach you. " +
        `Example: INGEST_CONTACT=${variables.INGEST_CONTACT.example}`,
    );
  }
  return problems;
}
