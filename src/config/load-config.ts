import { existsSync, readFileSync } from "node:fs";
import { parse as parseDotenv } from "dotenv";
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
    problems.push(`${name} must be ${spec.expected}, got ${got}. Example: ${name}=${spec.example}`);
  }
  const config = out as Config;
  problems.push(...crossChecks(config));
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

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
      `DISCORD_APPLICATION_ID must be set when DISCORD_TOKEN is set. Example: DISCORD_APPLICATION_ID=${variables.DISCORD_APPLICATION_ID.example}`,
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
