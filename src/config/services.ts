import { platformSettings } from "./platforms/platform-settings.js";
import type { Config } from "./schema.js";

/** A platform's name ("slack", "discord"), or one of the services every deployment may run. */
export type ServiceName = string;

/**
 * What `npm start` runs under a configuration. The configuration has been checked as a whole (`loadConfig`), so
 * each service named here has what it needs.
 */
export function configuredServices(config: Config): ServiceName[] {
  const services: ServiceName[] = platformSettings
    .filter((platform) => platform.takesRequests(config))
    .map((platform) => platform.name);
  if (config.DIGEST_CRON) services.push("digest");
  if (config.FEEDS_FILE) services.push("ingest");
  return services;
}

/**
 * Whether the configuration serves answers (a front end or digests) and so needs the corpus loaded. An instance
 * that only ingests writes articles for others to serve and never reads the corpus.
 */
export function servesCorpus(config: Config): boolean {
  return configuredServices(config).some((service) => service !== "ingest");
}

export const NOTHING_TO_SERVE = `Verbatim has nothing to serve: no front end is configured.
Set ${platformSettings.map((platform) => platform.howToEnable).join(", ")},
DIGEST_CRON with a digest channel, or FEEDS_FILE (with INGEST_CONTACT) to ingest news feeds — see README.md
and .env.example.
To check a quotation from the terminal instead: npx verbatim verify "All is well"
`;
