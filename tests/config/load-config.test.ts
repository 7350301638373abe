import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config/load-config.js";
import { variables } from "../../src/config/schema.js";

function problemsOf(env: Record<string, string>): string {
  try {
    loadConfig(env, {});
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error("expected the configuration to be rejected");
}

describe("loadConfig", () => {
  it("applies the documented defaults to an empty environment", () => {
    const config = loadConfig({}, {});
    expect(config.CORPUS_DIR).toBe("./corpus");
    expect(config.DATA_DIR).toBe("./data");
    expect(config.SLACK_PORT).toBe(3000);
    expect(config.DIGEST_TIMEZONE).toBe("UTC");
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it("names the variable, what it expects and an example when a value is bad", () => {
    const message = problemsOf({ SLACK_PORT: "abc" });
    expect(message).toContain("SLACK_PORT must be a port number from 1 to 65535");
    expect(message).toContain('got "abc"');
    expect(message).toContain("Example: SLACK_PORT=3000");
    expect(message).not.toMatch(/\n\s+at /); // no stack frames
  });

  it("reports every bad variable at once", () => {
    const message = problemsOf({ SLACK_PORT: "70000", DIGEST_TIMEZONE: "Mars/Olympus", LOG_LEVEL: "loud" });
    expect(message).toContain("SLACK_PORT");
    expect(message).toContain("DIGEST_TIMEZONE must be an IANA time zone");
    expect(message).toContain("LOG_LEVEL must be one of");
  });

  it("never echoes a secret's value in the error", () => {
    const message = problemsOf({ SLACK_BOT_TOKEN: "not-a-token-but-secret-123" });
    expect(message).toContain("SLACK_BOT_TOKEN must be a Slack bot token");
    expect(message).not.toContain("not-a-token-but-secret-123");
  });

  it("requires what a front end needs once it is enabled", () => {
    expect(problemsOf({ SLACK_BOT_TOKEN: "xoxb-1-2-3" })).toContain("SLACK_SIGNING_SECRET must be set");
    expect(problemsOf({ DISCORD_TOKEN: "abc.def.ghi" })).toContain("DISCORD_APPLICATION_ID must be set");
    expect(() =>
      loadConfig({ SLACK_BOT_TOKEN: "xoxb-1-2-3", SLACK_APP_TOKEN: "xapp-1-2" }, {}),
    ).not.toThrow();
  });

  it("reads DIGEST_CRON with the scheduler's own parser and names the variable with the reason", () => {
    const digest = { SLACK_BOT_TOKEN: "xoxb-1-2", SLACK_APP_TOKEN: "xapp-1", DIGEST_SLACK_CHANNEL: "C1" };
    const message = problemsOf({ ...digest, DIGEST_CRON: "61 * * * *" });
    expect(message).toContain("DIGEST_CRON must be a cron expression");
    expect(message).toContain('got "61 * * * *" (Invalid value for minute: 61)');
    expect(message).toContain("Example: DIGEST_CRON=0 8 * * 1-5");
    expect(problemsOf({ ...digest, DIGEST_CRON: "0 8 * *" })).toContain("DIGEST_CRON must be");
    expect(problemsOf({ ...digest, DIGEST_CRON: "0 25 * * *" })).toContain("DIGEST_CRON must be");
    expect(loadConfig({ ...digest, DIGEST_CRON: "0 8 * * 1-5" }, {}).DIGEST_CRON).toBe("0 8 * * 1-5");
    expect(loadConfig({ ...digest, DIGEST_CRON: "30 0 8 * * MON" }, {}).DIGEST_CRON).toBe("30 0 8 * * MON");
  });

  it("refuses a digest channel whose platform has no token, naming what to set", () => {
    const slack = problemsOf({ DIGEST_CRON: "0 8 * * *", DIGEST_SLACK_CHANNEL: "C0123456789" });
    expect(slack).toContain("SLACK_BOT_TOKEN must be set when DIGEST_SLACK_CHANNEL is set");
    expect(slack).not.toContain("no digest channel");
    const discord = problemsOf({ DIGEST_DISCORD_CHANNEL: "1023456789012345678" });
    expect(discord).toContain("DISCORD_TOKEN must be set when DIGEST_DISCORD_CHANNEL is set");
    expect(() =>
      loadConfig(
        {
          DISCORD_TOKEN: "abc.def.ghi",
          DISCORD_APPLICATION_ID: "1098765432109876543",
          DIGEST_DISCORD_CHANNEL: "1023456789012345678",
        },
        {},
      ),
    ).not.toThrow();
  });

  it("refuses a digest schedule with no channel to post to", () => {
    const message = problemsOf({
      DIGEST_CRON: "0 8 * * *",
      SLACK_BOT_TOKEN: "xoxb-1-2",
      SLACK_APP_TOKEN: "xapp-1",
    });
    expect(message).toContain(
      "DIGEST_SLACK_CHANNEL or DIGEST_DISCORD_CHANNEL must be set when DIGEST_CRON is set",
    );
  });

  it("keeps the health server off Slack's HTTP port, and allows any port in Socket Mode", () => {
    const http = { SLACK_BOT_TOKEN: "xoxb-1-2", SLACK_SIGNING_SECRET: "0123456789abcdef" };
    expect(problemsOf({ ...http, HTTP_PORT: "3000" })).toContain(
      "HTTP_PORT must differ from SLACK_PORT (3000)",
    );
    expect(problemsOf({ ...http, SLACK_PORT: "8080", HTTP_PORT: "8080" })).toContain("HTTP_PORT must differ");
    expect(loadConfig({ ...http, HTTP_PORT: "9464" }, {}).HTTP_PORT).toBe(9464);
    expect(
      loadConfig({ SLACK_BOT_TOKEN: "xoxb-1-2", SLACK_APP_TOKEN: "xapp-1", HTTP_PORT: "3000" }, {}).HTTP_PORT,
    ).toBe(3000);
    expect(loadConfig({}, {}).HTTP_PORT).toBeUndefined();
    expect(problemsOf({ HTTP_PORT: "http" })).toContain(
      'HTTP_PORT must be a port number from 1 to 65535, got "http"',
    );
  });

  it("lets the environment win over .env", () => {
    expect(loadConfig({ SLACK_PORT: "4000" }, { SLACK_PORT: "5000" }).SLACK_PORT).toBe(4000);
    expect(loadConfig({}, { SLACK_PORT: "5000" }).SLACK_PORT).toBe(5000);
  });

  it("lists every variable in the README's configuration table", () => {
    const readme = readFileSync("README.md", "utf8");
    for (const name of Object.keys(variables)) expect(readme, name).toContain(`| \`${name}\` |`);
  });

  it("documents every variable in .env.example", () => {
    const example = readFileSync(".env.example", "utf8");
    for (const name of Object.keys(variables))
      expect(example, name).toMatch(new RegExp(`^#? ?${name}=`, "m"));
  });
});
