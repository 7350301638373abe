import { Cron } from "croner";
import { z } from "zod";

/**
 * Every environment variable Verbatim reads, with what it expects and an example. The names are part of the
 * product's interface: deployments set them, so renaming one is a breaking change.
 */
export interface VariableSpec {
  readonly schema: z.ZodType;
  readonly expected: string;
  readonly example: string;
  readonly description: string;
  readonly secret?: boolean;
}

const optionalText = z.string().trim().min(1).optional();
const url = z
  .string()
  .trim()
  .url()
  .refine((v) => /^(https?|wss?):\/\//.test(v));
const port = z.coerce.number().int().min(1).max(65535);
const timezone = z
  .string()
  .trim()
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  });
/** Read by the library that runs the schedule, so a pattern accepted here is one the scheduler can run. */
const cron = z
  .string()
  .trim()
  .superRefine((pattern, ctx) => {
    try {
      new Cron(pattern, { paused: true });
    } catch (error) {
      const reason = error instanceof Error ? error.message.replace(/^CronPattern:\s*/, "") : String(error);
      ctx.addIssue({ code: "custom", message: reason, params: { detail: reason } });
    }
  });
const snowflake = z
  .string()
  .trim()
  .regex(/^\d{15,21}$/);
const booleanFlag = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

export const variables = {
  CORPUS_DIR: {
    schema: z.string().trim().min(1).default("./corpus"),
    expected: "a directory path",
    example: "./corpus",
    description: "Directory of articles to verify against (read recursively).",
  },
  DATA_DIR: {
    schema: z.string().trim().min(1).default("./data"),
    expected: "a directory path",
    example: "./data",
    description: "Where the embedded database and the corpus index cache live.",
  },
  DATABASE_URL: {
    schema: z
      .string()
      .trim()
      .regex(/^postgres(ql)?:\/\//)
      .optional(),
    expected: "a postgres:// connection URL",
    example: "postgres://verbatim@127.0.0.1:5432/verbatim",
    description: "PostgreSQL server for deployments with several replicas. Unset: embedded database.",
    secret: true,
  },
  LOG_LEVEL: {
    schema: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    expected: "one of fatal, error, warn, info, debug, trace, silent",
    example: "info",
    description: "Minimum level of log lines written.",
  },
  HTTP_PORT: {
    schema: port.optional(),
    expected: "a port number from 1 to 65535",
    example: "9464",
    description:
      "Port of the health and metrics server (GET /healthz, /readyz, /metrics). Unset: no such server.",
  },
  SLACK_BOT_TOKEN: {
    schema: z
      .string()
      .trim()
      .regex(/^xox[bp]-/)
      .optional(),
    expected: "a Slack bot token starting with xoxb-",
    example: "xoxb-1234-5678-abcdef",
    description: "Slack bot token (OAuth & Permissions page). Slack starts when this is set.",
    secret: true,
  },
  SLACK_SIGNING_SECRET: {
    schema: optionalText,
    expected: "the Slack app's signing secret",
    example: "8f14e45fceea167a5a36dedd4bea2543",
    description: "Slack signing secret (Basic Information page); checks that requests come from Slack.",
    secret: true,
  },
  SLACK_APP_TOKEN: {
    schema: z
      .string()
      .trim()
      .regex(/^xapp-/)
      .optional(),
    expected: "a Slack app-level token starting with xapp-",
    example: "xapp-1-A0123-4567-abcdef",
    description:
      "App-level token with connections:write. When set, Slack runs in Socket Mode (no public URL).",
    secret: true,
  },
  SLACK_PORT: {
    schema: port.default(3000),
    expected: "a port number from 1 to 65535",
    example: "3000",
    description: "Port of the HTTP receiver (POST /slack/events) when not in Socket Mode.",
  },
  SLACK_API_URL: {
    schema: url.optional(),
    expected: "an http(s) URL ending in /api/",
    example: "https://slack.com/api/",
    description: "Replaces the Slack Web API base URL (GovSlack, rate-limit proxies, tests).",
  },
  DISCORD_TOKEN: {
    schema: optionalText,
    expected: "a Discord bot token",
    example: "MTA5ODc2NTQzMjEwOTg3NjU0.GAbcDe.abcdefghijklmnopqrstuvwxyz",
    description: "Discord bot token. Discord starts when this and DISCORD_APPLICATION_ID are set.",
    secret: true,
  },
  DISCORD_APPLICATION_ID: {
    schema: snowflake.optional(),
    expected: "a Discord application id (digits)",
    example: "1098765432109876543",
    description: "Discord application id (General Information page).",
  },
  DISCORD_GUILD_ID: {
    schema: snowflake.optional(),
    expected: "a Discord server (guild) id (digits)",
    example: "1012345678901234567",
    description: "Register commands in this server only (instant); unset registers them globally.",
  },
  DISCORD_API_URL: {
    schema: url.optional(),
    expected: "an http(s) URL of a Discord-compatible REST API",
    example: "https://discord.com/api",
    description: "Replaces the Discord REST base URL (rate-limit proxies, tests).",
  },
  DIGEST_CRON: {
    schema: cron.optional(),
    expected: "a cron expression (minute hour day month weekday, optionally seconds first)",
    example: "0 8 * * 1-5",
    description: "When to post the digest (croner syntax). Unset: no scheduled digest.",
  },
  DIGEST_TIMEZONE: {
    schema: timezone.default("UTC"),
    expected: "an IANA time zone",
    example: "Europe/London",
    description: "Time zone DIGEST_CRON is read in.",
  },
  DIGEST_SLACK_CHANNEL: {
    schema: optionalText,
    expected: "a Slack channel id",
    example: "C0123456789",
    description: "Slack channel the digest is posted to.",
  },
  DIGEST_DISCORD_CHANNEL: {
    schema: snowflake.optional(),
    expected: "a Discord channel id (digits)",
    example: "1023456789012345678",
    description: "Discord channel the digest is posted to.",
  },
  DIGEST_QUIET: {
    schema: z.enum(["note", "skip"]).default("note"),
    expected: "note or skip",
    example: "note",
    description: "What a digest with nothing new does: post a one-line note, or skip the post.",
  },
  RETENTION_DAYS: {
    schema: z.coerce.number().int().min(1).max(36500).default(365),
    expected: "a whole number of days from 1 to 36500",
    example: "365",
    description: "How long the record of verifications asked is kept.",
  },
  FEEDS_FILE: {
    schema: optionalText,
    expected: "a path to a YAML file listing feeds",
    example: "./feeds.yaml",
    description:
      "YAML file of news feeds to poll (RSS, Atom, RDF, JSON Feed); new articles are added to the corpus. Unset: no polling.",
  },
  INGEST_CONTACT: {
    schema: z
      .string()
      .trim()
      .refine((v) => /^https?:\/\/\S+$/.test(v) || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v))
      .optional(),
    expected: "a URL or e-mail address where site owners can reach you",
    example: "https://newsroom.example.org/verbatim",
    description: "Contact named in the User-Agent when fetching feeds and pages; required with FEEDS_FILE.",
  },
  INGEST_ALLOW_PRIVATE: {
    schema: booleanFlag.default(false),
    expected: "true or false",
    example: "false",
    description:
      "Let feeds and article links reach loopback and private network addresses (an intranet site). Off: refused.",
  },
  WATCH_CORPUS: {
    schema: booleanFlag.default(true),
    expected: "true or false",
    example: "true",
    description: "Pick up added or changed corpus files without a restart.",
  },
} satisfies Record<string, VariableSpec>;

export type VariableName = keyof typeof variables;

export type Config = {
  [K in VariableName]: z.output<(typeof variables)[K]["schema"]>;
};

export const secretVariables: readonly VariableName[] = (Object.keys(variables) as VariableName[]).filter(
  (name) => (variables[name] as VariableSpec).secret === true,
);

/** The configured values of every secret variable, for the logger to scrub. */
export function secretValues(config: Config): (string | undefined)[] {
  return secretVariables.map((name) => {
    const value = config[name];
    return typeof value === "string" ? value : undefined;
  });
}
