import type { Config } from "../config/schema.js";
import type { CoreLogger } from "../core/logger.js";
import { discordDigestTarget } from "../front-ends/discord/post-digest.js";
import { slackDigestTarget } from "../front-ends/slack/post-digest.js";
import type { DigestTarget } from "./digest-target.js";

export type DigestTargetConfig = Pick<
  Config,
  | "SLACK_BOT_TOKEN"
  | "SLACK_API_URL"
  | "DIGEST_SLACK_CHANNEL"
  | "DISCORD_TOKEN"
  | "DISCORD_API_URL"
  | "DIGEST_DISCORD_CHANNEL"
>;

export interface TargetsFromConfig {
  targets: DigestTarget[];
  /** Why a channel that was named cannot be posted to, in words an operator can act on. */
  problems: string[];
}

/** The channels the configuration names, each with the credentials its platform needs. */
export function digestTargetsFromConfig(
  config: DigestTargetConfig,
  logger: CoreLogger,
  timeoutMs = 10_000,
): TargetsFromConfig {
  const targets: DigestTarget[] = [];
  const problems: string[] = [];
  if (config.DIGEST_SLACK_CHANNEL) {
    if (config.SLACK_BOT_TOKEN) {
      targets.push(
        slackDigestTarget({
          token: config.SLACK_BOT_TOKEN,
          channel: config.DIGEST_SLACK_CHANNEL,
          ...(config.SLACK_API_URL ? { apiUrl: config.SLACK_API_URL } : {}),
          timeoutMs,
          logger,
        }),
      );
    } else {
      problems.push(
        "DIGEST_SLACK_CHANNEL is set but SLACK_BOT_TOKEN is not, so the Slack digest cannot be posted.",
      );
    }
  }
  if (config.DIGEST_DISCORD_CHANNEL) {
    if (config.DISCORD_TOKEN) {
      targets.push(
        discordDigestTarget({
          token: config.DISCORD_TOKEN,
          channel: config.DIGEST_DISCORD_CHANNEL,
          ...(config.DISCORD_API_URL ? { apiUrl: config.DISCORD_API_URL } : {}),
          timeoutMs,
          logger,
        }),
      );
    } else {
      problems.push(
        "DIGEST_DISCORD_CHANNEL is set but DISCORD_TOKEN is not, so the Discord digest cannot be posted.",
      );
    }
  }
  return { targets, problems };
}
