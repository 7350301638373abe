import { FakeGateway } from "./fake-gateway.js";
import type { RecordedRequest } from "./fake-rest.js";
import { FakeRest } from "./fake-rest.js";
import type { InteractionPayload } from "./interaction-payloads.js";

export type { GatewayConnection } from "./fake-gateway.js";
export * from "./fake-ids.js";
export type { RecordedRequest } from "./fake-rest.js";

/** Everything the bot sent back for one interaction, in order. */
export interface InteractionTrace {
  callbacks: RecordedRequest[];
  edits: RecordedRequest[];
  followUps: RecordedRequest[];
}

/** A fake Discord: REST and gateway on 127.0.0.1, wired so that GET /gateway/bot points at the gateway. */
export class FakeDiscord {
  readonly rest = new FakeRest();
  readonly gateway = new FakeGateway();

  static async start(): Promise<FakeDiscord> {
    const fake = new FakeDiscord();
    await fake.gateway.start();
    await fake.rest.start();
    fake.rest.gatewayUrl = fake.gateway.url;
    return fake;
  }

  get apiUrl(): string {
    return this.rest.url;
  }

  async close(): Promise<void> {
    await Promise.all([this.rest.close(), this.gateway.close()]);
  }

  /** Sends the interaction over the gateway, as Discord does when a user runs a command or clicks. */
  async interact(payload: InteractionPayload): Promise<void> {
    await this.gateway.waitUntilLive();
    this.gateway.dispatch("INTERACTION_CREATE", payload);
  }

  trace(payload: InteractionPayload): InteractionTrace {
    const mine = (r: RecordedRequest) => r.path.includes(`/${payload.token}`);
    return {
      callbacks: this.rest.requests.filter((r) => mine(r) && r.path.endsWith("/callback")),
      edits: this.rest.requests.filter((r) => mine(r) && r.method === "PATCH"),
      followUps: this.rest.requests.filter(
        (r) => mine(r) && r.method === "POST" && r.path.startsWith("/webhooks/"),
      ),
    };
  }

  /** Waits for the first request of this interaction that satisfies `predicate`. */
  waitFor(
    payload: InteractionPayload,
    predicate: (request: RecordedRequest) => boolean,
    timeoutMs?: number,
  ): Promise<RecordedRequest> {
    return this.rest.waitFor((r) => r.path.includes(`/${payload.token}`) && predicate(r), timeoutMs);
  }

  /** The callback (initial response) of this interaction. */
  callback(payload: InteractionPayload, timeoutMs?: number): Promise<RecordedRequest> {
    return this.waitFor(payload, (r) => r.path.endsWith("/callback"), timeoutMs);
  }

  /** The edit of the original response (the answer after "thinking…"). */
  edit(payload: InteractionPayload, timeoutMs?: number): Promise<RecordedRequest> {
    return this.waitFor(payload, (r) => r.method === "PATCH", timeoutMs);
  }

  followUp(payload: InteractionPayload, timeoutMs?: number): Promise<RecordedRequest> {
    return this.waitFor(payload, (r) => r.method === "POST" && r.path.startsWith("/webhooks/"), timeoutMs);
  }
}
