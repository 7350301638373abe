import type { Config } from "./schema.js";

export type ServiceName = "slack" | "discord" | "digest" | "ingest";

/**
 * What `npm start` runs under a configuration. The configuration has been checked as a whole (`loadConfig`), so
 * each service named here has what it needs.
 */
export function configuredServices(config: Config): ServiceName[] {
  const services: ServiceName[] = [];
  if (config.SLACK_BOT_TOKEN) services.push("slack");
  if (config.DISCORD_TOKEN && config.DISCORD_APPLICATION_ID) services.push("discord");
  if (config.DIGEST_CRON) services.push("digest");
  if (config.FEEDS_FILE) services.push("ingest");
  return services;
}

export const NOTHING_TO_SERVE = `Verbatim has nothing to serve: no front end is configured.
Set SLACK_BOT_TOKEN (with SLACK_APP_TOKEN or SLACK_SIGNING_SECRET) for Slack, DISCORD_TOKEN and
DISCORD_APPLICATION_ID for Discord, DIGEST_CRON with a digest channel, or FEEDS_FILE (with INGEST_CONTACT)
to ingest news feeds — see README.md and .env.example.
To check a quotation from the terminal instead: npx verbatim verify "All is well"
`;
