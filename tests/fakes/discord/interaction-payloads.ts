import { APPLICATION_ID, BOT_USER, CHANNEL_ID, GUILD_ID, nextSnowflake, TEST_USER } from "./fake-ids.js";

/**
 * INTERACTION_CREATE payloads as Discord sends them for a guild text channel. Each has a fresh id and token, so a
 * test can find the responses to exactly this interaction in the fake REST log.
 */

export interface InteractionPayload {
  id: string;
  token: string;
  [key: string]: unknown;
}

function base(
  type: number,
  data: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): InteractionPayload {
  const id = nextSnowflake();
  return {
    id,
    token: `interaction-token-${id}`,
    application_id: APPLICATION_ID,
    type,
    data,
    guild_id: GUILD_ID,
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: "newsroom" },
    member: {
      user: TEST_USER,
      roles: [],
      joined_at: "2024-01-01T00:00:00.000Z",
      deaf: false,
      mute: false,
      flags: 0,
      permissions: "2248473465835073",
    },
    app_permissions: "2248473465835073",
    locale: "en-US",
    guild_locale: "en-US",
    entitlements: [],
    authorizing_integration_owners: { "0": GUILD_ID },
    context: 0,
    attachment_size_limit: 8_388_608,
    version: 1,
    ...extra,
  };
}

type StringOptions = Record<string, string | undefined>;

function stringOptions(options: StringOptions, focused?: string) {
  return Object.entries(options)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ({ name, type: 3, value, ...(name === focused ? { focused: true } : {}) }));
}

export function slashCommand(name: string, options: StringOptions): InteractionPayload {
  return base(2, { id: nextSnowflake(), name, type: 1, options: stringOptions(options) });
}

export function autocomplete(name: string, options: StringOptions, focused: string): InteractionPayload {
  return base(4, { id: nextSnowflake(), name, type: 1, options: stringOptions(options, focused) });
}

function message(content: string, extra: Record<string, unknown> = {}) {
  return {
    id: nextSnowflake(),
    channel_id: CHANNEL_ID,
    author: TEST_USER,
    content,
    timestamp: "2024-05-01T12:00:00.000Z",
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: 0,
    flags: 0,
    components: [],
    ...extra,
  };
}

export function messageCommand(name: string, content: string): InteractionPayload {
  const target = message(content);
  return base(2, {
    id: nextSnowflake(),
    name,
    type: 3,
    target_id: target.id,
    resolved: { messages: { [target.id]: target } },
  });
}

/** A click on a button of one of the bot's private (ephemeral) answers. */
export function buttonClick(customId: string, components: unknown[] = []): InteractionPayload {
  const source = message("", { author: BOT_USER, flags: 64, components, application_id: APPLICATION_ID });
  return base(3, { custom_id: customId, component_type: 2 }, { message: source });
}
