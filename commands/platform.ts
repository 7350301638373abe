/** Where a request came from; recorded with each check and counted in the metrics. */
export type Platform = "slack" | "discord" | "cli";
