import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../../commands/index.js";
import { applicationCommands, VERIFY_MESSAGE_COMMAND } from "../../../src/front-ends/discord/command-data.js";
import { runRegisterCli } from "../../../src/front-ends/discord/register-cli.js";
import { registerCommands } from "../../../src/front-ends/discord/register-commands.js";
import { APPLICATION_ID, BOT_TOKEN, GUILD_ID } from "../../fakes/discord/fake-ids.js";
import { FakeRest } from "../../fakes/discord/fake-rest.js";

let rest: FakeRest;

beforeAll(async () => {
  rest = await new FakeRest().start();
});

afterAll(async () => {
  await rest?.close();
});

describe("application command data", () => {
  it("is derived from the shared command definitions, plus the message action", () => {
    const data = applicationCommands();
    expect(data.map((c) => c.name)).toEqual([...commands.map((c) => c.name), VERIFY_MESSAGE_COMMAND]);
    for (const definition of commands) {
      const registered = data.find((c) => c.name === definition.name) as {
        options?: Record<string, unknown>[];
      };
      expect(registered.options?.map((o) => o.name).sort()).toEqual(
        definition.options.map((o) => o.name).sort(),
      );
      for (const option of definition.options) {
        expect(registered.options?.find((o) => o.name === option.name)).toMatchObject({
          type: 3,
          required: option.required,
          max_length: Math.min(option.maxLength, 6000),
          autocomplete: option.autocomplete === "speaker",
        });
      }
    }
    expect(data.at(-1)).toEqual({ name: "Verify quote", type: 3 });
  });

  it("puts required options first, as Discord demands", () => {
    for (const command of applicationCommands()) {
      const required = ((command as { options?: { required?: boolean }[] }).options ?? []).map(
        (o) => o.required,
      );
      expect(required).toEqual([...required].sort((a, b) => Number(b) - Number(a)));
    }
  });
});

describe("registerCommands", () => {
  it("registers in one server when a guild id is given", async () => {
    const result = await registerCommands({
      token: BOT_TOKEN,
      applicationId: APPLICATION_ID,
      guildId: GUILD_ID,
      apiUrl: rest.url,
    });
    expect(result).toEqual({ scope: "guild", count: 3 });
    const put = rest.requests.at(-1);
    expect(put?.method).toBe("PUT");
    expect(put?.path).toBe(`/applications/${APPLICATION_ID}/guilds/${GUILD_ID}/commands`);
    expect(put?.body).toEqual(applicationCommands());
  });

  it("registers globally without a guild id", async () => {
    const result = await registerCommands({
      token: BOT_TOKEN,
      applicationId: APPLICATION_ID,
      apiUrl: rest.url,
    });
    expect(result).toEqual({ scope: "global", count: 3 });
    expect(rest.requests.at(-1)?.path).toBe(`/applications/${APPLICATION_ID}/commands`);
  });
});

describe("npm run discord:register", () => {
  async function run(env: Record<string, string>) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runRegisterCli({
      env,
      dotenv: {},
      out: (l) => out.push(l),
      err: (l) => err.push(l),
    });
    return { code, out: out.join("\n"), err: err.join("\n") };
  }

  const valid = { DISCORD_TOKEN: BOT_TOKEN, DISCORD_APPLICATION_ID: APPLICATION_ID };

  it("reports how many commands it registered and where", async () => {
    const guild = await run({ ...valid, DISCORD_GUILD_ID: GUILD_ID, DISCORD_API_URL: rest.url });
    expect(guild).toEqual({
      code: 0,
      out: `Registered 3 commands in server ${GUILD_ID}. They are available there now.`,
      err: "",
    });
    const global = await run({ ...valid, DISCORD_API_URL: rest.url });
    expect(global.out).toMatch(/^Registered 3 commands globally\./);
  });

  it("names the missing variables", async () => {
    const result = await run({});
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^DISCORD_TOKEN and DISCORD_APPLICATION_ID must be set/);
  });

  it("explains an invalid configuration without a stack trace", async () => {
    const result = await run({ ...valid, DISCORD_APPLICATION_ID: "my-app" });
    expect(result.code).toBe(1);
    expect(result.err).toContain("DISCORD_APPLICATION_ID must be a Discord application id (digits)");
    expect(result.err).not.toMatch(/\n\s+at /);
  });

  it("explains a rejected token without printing it", async () => {
    const wrong = "MTA5ODc2NTQzMjEwOTg3NjU0.GAbcDe.wrong-token-wrong-token-wrong-token";
    const result = await run({ ...valid, DISCORD_TOKEN: wrong, DISCORD_API_URL: rest.url });
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^Discord rejected DISCORD_TOKEN \(401 Unauthorized\)/);
    expect(result.err).not.toContain(wrong);
  });

  it("explains an unreachable API", async () => {
    const result = await run({ ...valid, DISCORD_API_URL: "http://127.0.0.1:9/api" });
    expect(result.code).toBe(1);
    expect(result.err).toMatch(
      /^Could not reach Discord at http:\/\/127\.0\.0\.1:9\/api: .+ Check the network connection and DISCORD_API_URL\.$/,
    );
  });

  it("runs as a script and exits 1 with a message, never a stack trace", () => {
    const child = spawnSync(process.execPath, ["--import", "tsx", "src/front-ends/discord/register-cli.ts"], {
      env: { PATH: process.env.PATH ?? "", DISCORD_APPLICATION_ID: APPLICATION_ID },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(child.status).toBe(1);
    expect(child.stderr).toContain("DISCORD_TOKEN must be set to register commands");
    expect(child.stderr).not.toMatch(/\n\s+at /);
  });
});
