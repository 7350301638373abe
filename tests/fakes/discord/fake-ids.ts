/** Identifiers shared by the fake Discord and the payloads tests send through it. */
export const APPLICATION_ID = "1098765432109876543";
export const BOT_USER_ID = APPLICATION_ID;
export const GUILD_ID = "1012345678901234567";
export const CHANNEL_ID = "1023456789012345678";
export const USER_ID = "1034567890123456789";
export const BOT_TOKEN = "MTA5ODc2NTQzMjEwOTg3NjU0.GAbcDe.fake-token-for-the-fake-discord-only";

let counter = 0n;

/** A fresh snowflake-shaped id (digits, 19 long), unique within the test process. */
export function nextSnowflake(): string {
  counter += 1n;
  return (1_200_000_000_000_000_000n + counter).toString();
}

export const BOT_USER = {
  id: BOT_USER_ID,
  username: "Verbatim",
  discriminator: "0",
  global_name: "Verbatim",
  avatar: null,
  bot: true,
};

export const TEST_USER = {
  id: USER_ID,
  username: "reader",
  discriminator: "0",
  global_name: "Curious Reader",
  avatar: null,
};
