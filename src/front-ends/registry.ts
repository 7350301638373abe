/**
 * The platforms Verbatim can serve. Adding one means adding its plugin here; start-app, the digest scheduler and
 * the command line find every front end through this list.
 */
import type { Config } from "../config/schema.js";
import { discordPlugin } from "./discord/discord-front-end.js";
import type { FrontEnd, FrontEndDeps, FrontEndPlugin } from "./front-end.js";
import { slackPlugin } from "./slack/slack-front-end.js";

export const frontEndPlugins: readonly FrontEndPlugin[] = [slackPlugin, discordPlugin];

export interface ConfiguredFrontEnd {
  plugin: FrontEndPlugin;
  frontEnd: FrontEnd;
}

/** Every front end whose credentials the configuration holds; none is started. */
export function configuredFrontEnds(
  config: Config,
  deps: FrontEndDeps,
  plugins: readonly FrontEndPlugin[] = frontEndPlugins,
): ConfiguredFrontEnd[] {
  return plugins.flatMap((plugin) => {
    const frontEnd = plugin.fromConfig(config, deps);
    return frontEnd ? [{ plugin, frontEnd }] : [];
  });
}
