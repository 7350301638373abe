/**
 * Slack's HTTP endpoint (POST /slack/events), in place of Bolt's HTTPReceiver, which hands bodies to the app
 * without checking their shape (a signed `payload=null` threw outside any handler and ended the process). Each
 * request is read within a size limit, its signature and timestamp checked, its body parsed and validated, and an
 * exact replay dropped; only then does Bolt see it. Whatever fails is answered with a status and one log line,
 * never a stack trace or a crash.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { App, Receiver, ReceiverEvent } from "@slack/bolt";
import { HTTPModuleFunctions } from "@slack/bolt";
import type { Clock } from "../../core/logger.js";
import type { Logger } from "../../logging/logger.js";
import { realTimers, type Timers } from "../../timers/timers.js";
import { RecentSignatures } from "./recent-signatures.js";
import { isSslCheck, parseSlackBody } from "./slack-request-body.js";
import { checkSignature, SIGNATURE_WINDOW_MS } from "./verify-signature.js";

export const SLACK_EVENTS_PATH = "/slack/events";

/** Far above any body Slack sends (a slash command's text is at most a few kilobytes). */
export const SLACK_BODY_LIMIT_BYTES = 1024 * 1024;

/** Slack gives up on an acknowledgement after 3 s; a listener that has not acknowledged by then never will in time. */
const ACK_DEADLINE_MS = 3_001;

/** Slack sends a few kilobytes at once; a sender slower than this is holding a connection open, not sending. */
const READ_TIMEOUT_MS = 10_000;

const REFUSED = {
  notFound: [404, "Not found.\n"],
  unsigned: [401, "Request signature or timestamp not accepted.\n"],
  malformed: [400, "Malformed request.\n"],
  tooLarge: [400, "Request body too large.\n"],
  failed: [500, "Internal error.\n"],
} as const;

export interface SlackReceiverOptions {
  signingSecret: string;
  logger: Logger;
  clock: Clock;
  timers?: Timers;
  bodyLimitBytes?: number;
}

function refuse(res: ServerResponse, [status, text]: readonly [number, string]): void {
  if (res.headersSent) return;
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8" });
  res.end(text);
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === "string" ? value : undefined;
}

type ReadBody = { text: string } | { problem: "too large" | "aborted" };

/** The body as text; beyond `limit` bytes the rest is read and discarded, so memory stays bounded. */
async function readBody(req: IncomingMessage, limit: number): Promise<ReadBody> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size <= limit) chunks.push(chunk as Buffer);
    }
  } catch {
    return { problem: "aborted" };
  }
  return size > limit ? { problem: "too large" } : { text: Buffer.concat(chunks).toString("utf8") };
}

export class SlackHttpReceiver implements Receiver {
  private app: App | undefined;
  private server: Server | undefined;
  private readonly recent: RecentSignatures;
  private readonly timers: Timers;
  private readonly limit: number;

  constructor(private readonly options: SlackReceiverOptions) {
    this.recent = new RecentSignatures(options.clock, SIGNATURE_WINDOW_MS);
    this.timers = options.timers ?? realTimers;
    this.limit = options.bodyLimitBytes ?? SLACK_BODY_LIMIT_BYTES;
  }

  init(app: App): void {
    this.app = app;
  }

  start(port: number): Promise<Server> {
    const server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        this.options.logger.error({ err: error }, "slack request failed");
        refuse(res, REFUSED.failed);
      });
    });
    server.requestTimeout = READ_TIMEOUT_MS;
    server.headersTimeout = READ_TIMEOUT_MS;
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, () => {
        server.off("error", reject);
        server.on("error", (error) => this.options.logger.error({ err: error }, "slack receiver error"));
        resolve(server);
      });
    });
  }

  stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return Promise.resolve();
    return new Promise((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeIdleConnections();
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const log = this.options.logger;
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (path !== SLACK_EVENTS_PATH || req.method !== "POST") return refuse(res, REFUSED.notFound);
    const read = await readBody(req, this.limit);
    if ("problem" in read) {
      if (read.problem === "aborted") return log.debug({}, "slack request abandoned by the sender");
      log.warn({ limitBytes: this.limit }, "slack request refused: body too large");
      return refuse(res, REFUSED.tooLarge);
    }
    const { text } = read;
    const contentType = header(req, "content-type");
    // Slack's reachability probe is unsigned and carries nothing to act on.
    if (isSslCheck(contentType, text)) return refuse(res, [200, ""]);
    const signed = checkSignature(
      {
        body: text,
        signature: header(req, "x-slack-signature"),
        timestamp: header(req, "x-slack-request-timestamp"),
      },
      this.options.signingSecret,
      this.options.clock,
    );
    if (!signed.ok) {
      log.warn({ reason: signed.reason }, "slack request refused: not signed by Slack");
      return refuse(res, REFUSED.unsigned);
    }
    const parsed = parseSlackBody(contentType, text);
    if (!parsed.ok) {
      log.warn({ reason: parsed.reason }, "slack request refused: malformed body");
      return refuse(res, REFUSED.malformed);
    }
    const body = parsed.value;
    if (body.kind === "url-verification") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ challenge: body.challenge }));
      return;
    }
    if (!this.recent.remember(signed.signature)) {
      // Answered as handled so that Slack, if this was its retry, stops retrying.
      log.warn(
        { retry: header(req, "x-slack-retry-num") ?? null },
        "slack request dropped: repeated signature",
      );
      return refuse(res, [200, ""]);
    }
    await this.dispatch(req, res, body.body);
  }

  private async dispatch(
    req: IncomingMessage,
    res: ServerResponse,
    body: Record<string, unknown>,
  ): Promise<void> {
    const log = this.options.logger;
    let acked = false;
    const settle = (answer: () => void) => {
      if (acked) return;
      acked = true;
      this.timers.clearTimeout(deadline);
      answer();
    };
    const deadline = this.timers.setTimeout(
      () =>
        settle(() => {
          log.error({}, "slack request not acknowledged in time");
          refuse(res, REFUSED.notFound);
        }),
      ACK_DEADLINE_MS,
    );
    const event: ReceiverEvent = {
      body,
      ack: async (response?: unknown) =>
        settle(() => HTTPModuleFunctions.buildContentResponse(res, response)),
      retryNum: HTTPModuleFunctions.extractRetryNumFromHTTPRequest(req),
      retryReason: HTTPModuleFunctions.extractRetryReasonFromHTTPRequest(req),
      customProperties: {},
    };
    try {
      await this.app?.processEvent(event);
    } catch (error) {
      log.error({ err: error }, "slack request failed");
      settle(() => refuse(res, REFUSED.failed));
      return;
    }
    settle(() => {
      log.warn({}, "slack request not handled by any listener");
      refuse(res, REFUSED.notFound);
    });
  }
}
