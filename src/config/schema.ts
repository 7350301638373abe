import { z } from "zod";
import { platformVariables } from "./platforms/platform-settings.js";
import { booleanFlag, cron, optionalText, port, timezone, type VariableSpec } from "./variable-types.js";

export type { VariableSpec } from "./variable-types.js";

/**
 * Every environment variable Verbatim reads, with what it expects and an example: the core's here, each
 * platform's in its settings file (`slack-settings.ts`, `discord-settings.ts`). The names are part of the
 * product's interface: deployments set them, so renaming one is a breaking change.
 */
const coreVariables = {
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

export const variables = { ...coreVariables, ...platformVariables } satisfies Record<string, VariableSpec>;

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
