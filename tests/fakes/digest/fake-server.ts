import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";

/** What the next request(s) to a fake endpoint suffer instead of a normal answer. */
export type Fault =
  /** Answers only after `delayMs`; with `processed` the message is posted first (the answer is what gets lost). */
  | { kind: "slow"; delayMs: number; processed: boolean }
  | { kind: "rate-limited"; retryAfterSeconds: number }
  | { kind: "server-error"; status?: number }
  /** A refusal that retrying cannot fix, e.g. Slack's channel_not_found or Discord's 403. */
  | { kind: "refused" };

export interface Hit {
  path: string;
  at: number;
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

/** A loopback HTTP server that closes cleanly, even with requests left hanging by a "slow" fault. */
export async function listen(
  handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
): Promise<{ server: Server; url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    handler(req, res).catch((error) => {
      if (!res.headersSent) sendJson(res, 500, { error: String(error) });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    server,
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
