/**
 * What a platform's settings module provides (listed in platform-settings.ts): generic in the configuration values
 * it reads, so that each platform's module names only its own variables.
 */
import type { VariableSpec } from "../variable-types.js";

export interface PlatformSettingsOf<Values> {
  readonly name: string;
  readonly variables: Readonly<Record<string, VariableSpec>>;
  /** How to switch it on, as the message for a configuration with nothing to serve lists it. */
  readonly howToEnable: string;
  /** The variable that names its digest channel. */
  readonly digestVariable: string;
  /** Values that are each valid but do not work together: every such start would half-work. */
  problems(config: Values): string[];
  /** Whether the configuration asks it to take requests, not only to post digests. */
  takesRequests(config: Values): boolean;
  /** The digest channel the configuration names for it; a problem when it cannot be posted to. */
  digestChannel(config: Values): DigestChannel;
}

export type DigestChannel = { channel: string } | { problem: string } | null;

/**
 * The digest channel a platform is configured with, posted to as its bot: none when the channel variable is unset,
 * a problem when the bot's token is.
 */
export function digestChannelOf(
  platform: string,
  channel: { variable: string; value: string | undefined },
  token: { variable: string; value: string | undefined },
): DigestChannel {
  if (!channel.value) return null;
  if (!token.value) {
    return {
      problem: `${channel.variable} is set but ${token.variable} is not, so the ${platform} digest cannot be posted.`,
    };
  }
  return { channel: channel.value };
}
