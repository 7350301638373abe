import { z } from "zod";
import { exampleOf, httpUrl, optionalText, port, type ValuesOf } from "../variable-types.js";
import { digestChannelOf, type PlatformSettingsOf } from "./platform-interface.js";

export const slackVariables = {
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
    schema: httpUrl.optional(),
    expected: "an http(s) URL ending in /api/",
    example: "https://slack.com/api/",
    description: "Replaces the Slack Web API base URL (GovSlack, rate-limit proxies, tests).",
  },
  DIGEST_SLACK_CHANNEL: {
    schema: optionalText,
    expected: "a Slack channel id",
    example: "C0123456789",
    description: "Slack channel the digest is posted to.",
  },
} as const;

/** What this platform reads of the configuration (and the health server port it must not share). */
type SlackValues = ValuesOf<typeof slackVariables> & { readonly HTTP_PORT?: number | undefined };

const example = (name: keyof typeof slackVariables) => exampleOf(name, slackVariables[name]);

function problems(c: SlackValues): string[] {
  const found: string[] = [];
  if (c.SLACK_BOT_TOKEN && !c.SLACK_APP_TOKEN && !c.SLACK_SIGNING_SECRET) {
    found.push(
      "SLACK_SIGNING_SECRET must be set when SLACK_BOT_TOKEN is set without SLACK_APP_TOKEN (HTTP mode). " +
        `Example: ${example("SLACK_SIGNING_SECRET")}`,
    );
  }
  if (c.DIGEST_SLACK_CHANNEL && !c.SLACK_BOT_TOKEN) {
    found.push(
      `SLACK_BOT_TOKEN must be set when DIGEST_SLACK_CHANNEL is set: the digest is posted as the Slack bot. Example: ${example("SLACK_BOT_TOKEN")}`,
    );
  }
  const overHttp = c.SLACK_BOT_TOKEN && !c.SLACK_APP_TOKEN;
  if (overHttp && c.HTTP_PORT === c.SLACK_PORT) {
    found.push(
      `HTTP_PORT must differ from SLACK_PORT (${c.SLACK_PORT}), where Slack's requests arrive: the health and metrics server has a port of its own. Example: HTTP_PORT=9464`,
    );
  }
  return found;
}

export const slackSettings: PlatformSettingsOf<SlackValues> = {
  name: "slack",
  variables: slackVariables,
  howToEnable: "SLACK_BOT_TOKEN (with SLACK_APP_TOKEN or SLACK_SIGNING_SECRET) for Slack",
  digestVariable: "DIGEST_SLACK_CHANNEL",
  problems,
  takesRequests: (config) => Boolean(config.SLACK_BOT_TOKEN),
  digestChannel: (config) =>
    digestChannelOf(
      "Slack",
      { variable: "DIGEST_SLACK_CHANNEL", value: config.DIGEST_SLACK_CHANNEL },
      { variable: "SLACK_BOT_TOKEN", value: config.SLACK_BOT_TOKEN },
    ),
};
