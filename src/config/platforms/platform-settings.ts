/**
 * What each platform reads from the configuration: its variables, how they must fit together, whether they switch
 * the platform on and where its digest goes. These modules load nothing but zod, so checking the configuration
 * never loads a platform's SDK. Adding a platform means adding its settings here and its plugin to `src/front-ends/registry.ts`.
 */
import type { Config } from "../schema.js";
import type { VariableSpec } from "../variable-types.js";
import { discordSettings, discordVariables } from "./discord-settings.js";
import { slackSettings, slackVariables } from "./slack-settings.js";

export interface PlatformSettings {
  readonly name: string;
  readonly variables: Readonly<Record<string, VariableSpec>>;
  /** How to switch it on, as the message for a configuration with nothing to serve lists it. */
  readonly howToEnable: string;
  /** The variable that names its digest channel. */
  readonly digestVariable: string;
  /** Values that are each valid but do not work together: every such start would half-work. */
  problems(config: Config): string[];
  /** Whether the configuration asks it to take requests, not only to post digests. */
  takesRequests(config: Config): boolean;
  /** The digest channel the configuration names for it; a problem when it cannot be posted to. */
  digestChannel(config: Config): { channel: string } | { problem: string } | null;
}

export const platformSettings: readonly PlatformSettings[] = [slackSettings, discordSettings];

/** Every platform's variables, for the schema; spread one by one so each keeps its type. */
export const platformVariables = { ...slackVariables, ...discordVariables };
