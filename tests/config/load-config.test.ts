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
