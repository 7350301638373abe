/**
 * What each platform reads from the configuration: its variables, how they must fit together, whether they switch
 * the platform on and where its digest goes. These modules load nothing but zod, so checking the configuration
 * never loads a platform's SDK. Adding a platform means adding its settings here and its plugin to
 * `src/front-ends/registry.ts`.
 */
import type { ValuesOf } from "../variable-types.js";
import { discordSettings, discordVariables } from "./discord-settings.js";
import type { PlatformSettingsOf } from "./platform-interface.js";
import { slackSettings, slackVariables } from "./slack-settings.js";

/**
 * What the platforms read of a configuration: their own variables, and the health server's port, which Slack's
 * receiver must not share. The whole configuration is one of these.
 */
export type PlatformValues = ValuesOf<typeof slackVariables> &
  ValuesOf<typeof discordVariables> & { readonly HTTP_PORT?: number | undefined };

/** Every platform's settings, over the values they read. */
export type PlatformSettings = PlatformSettingsOf<PlatformValues>;

export const platformSettings: readonly PlatformSettings[] = [slackSettings, discordSettings];

/** Every platform's variables, for the schema; spread one by one so each keeps its type. */
export const platformVariables = { ...slackVariables, ...discordVariables };
