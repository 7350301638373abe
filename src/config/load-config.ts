import { existsSync, readFileSync } from "node:fs";
import { parse as parseDotenv } from "dotenv";
import type { z } from "zod";
import { platformSettings } from "./platforms/platform-settings.js";
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

/** Values that are each valid but do not work together: every such start would half-work. */
function crossChecks(c: Config): string[] {
  const problems = platformSettings.flatMap((platform) => platform.problems(c));
  if (c.DIGEST_CRON && platformSettings.every((platform) => platform.digestChannel(c) === null)) {
    const channels = platformSettings.map((platform) => platform.digestVariable);
    problems.push(
      `${channels.join(" or ")} must be set when DIGEST_CRON is set: the digest needs a channel. Example: ${channels[0]}=${exampleFor(channels[0])}`,
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

function exampleFor(name: string | undefined): string {
  const spec = (variables as Record<string, VariableSpec>)[name ?? ""];
  return spec?.example ?? "";
}
