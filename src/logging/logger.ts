import type { Writable } from "node:stream";
import pino, { type Logger } from "pino";
import pretty from "pino-pretty";

export type { Logger } from "pino";

const REDACTED = "[redacted]";

/** Keys whose values are secrets wherever they appear in a log object. */
const secretKeys = [
  "token",
  "botToken",
  "appToken",
  "secret",
  "signingSecret",
  "password",
  "authorization",
  "Authorization",
  "cookie",
  "DATABASE_URL",
  "SLACK_BOT_TOKEN",
  "SLACK_APP_TOKEN",
  "SLACK_SIGNING_SECRET",
  "DISCORD_TOKEN",
];

/** Token shapes scrubbed from any text, even inside messages and error stacks. */
const tokenPatterns: [RegExp, string][] = [
  [/xox[abposr]-[A-Za-z0-9-]+/g, REDACTED],
  [/xapp-[A-Za-z0-9-]+/g, REDACTED],
  [/\b[MN][A-Za-z\d_-]{23,27}\.[A-Za-z\d_-]{6}\.[A-Za-z\d_-]{27,40}\b/g, REDACTED],
  [/(postgres(?:ql)?:\/\/[^:/@\s]+:)[^@\s]+@/g, `$1${REDACTED}@`],
  [/(Bot |Bearer )[A-Za-z0-9._~+/-]+=*/g, `$1${REDACTED}`],
];

export interface LoggerOptions {
  level?: string;
  /** Exact secret values (from the configuration) to scrub from every line. */
  secrets?: readonly (string | undefined)[];
  /** Human-readable output; defaults to whether stdout is a terminal. */
  pretty?: boolean;
  destination?: Writable | NodeJS.WritableStream;
}

export function scrubSecrets(line: string, secrets: readonly string[]): string {
  let out = line;
  for (const value of secrets) out = out.split(value).join(REDACTED);
  for (const [pattern, replacement] of tokenPatterns) out = out.replace(pattern, replacement);
  return out;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  // Short values would scrub ordinary words out of log lines; real secrets are long.
  const secrets = (options.secrets ?? []).filter((s): s is string => typeof s === "string" && s.length >= 8);
  const usePretty = options.pretty ?? Boolean(process.stdout.isTTY);
  // Readable lines on a terminal wherever they are written (the CLI logs to stderr), JSON lines otherwise.
  const destination = usePretty
    ? pretty({
        colorize: true,
        translateTime: "SYS:HH:MM:ss",
        ignore: "pid,hostname,service",
        ...(options.destination ? { destination: options.destination } : {}),
      })
    : options.destination;
  const opts: pino.LoggerOptions = {
    level: options.level ?? "info",
    base: { service: "verbatim" },
    redact: {
      paths: [...secretKeys, ...secretKeys.map((k) => `*.${k}`), ...secretKeys.map((k) => `*.*.${k}`)],
      censor: REDACTED,
    },
    hooks: { streamWrite: (line) => scrubSecrets(line, secrets) },
  };
  return destination ? pino(opts, destination as pino.DestinationStream) : pino(opts);
}
