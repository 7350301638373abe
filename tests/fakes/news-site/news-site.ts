import { createHash } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import iconv from "iconv-lite";
import { articlePage, type Story, stories } from "./stories.js";

export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface SeenRequest {
  path: string;
  headers: IncomingHttpHeaders;
}

export const ROBOTS_TXT = "User-agent: *\nDisallow: /private/\n\nUser-agent: BadBot\nDisallow: /\n";

/**
 * A news site on 127.0.0.1 for the ingester's tests: feeds, article pages with boilerplate, robots.txt, and the
 * ways real sites misbehave (redirect loops, 500s, 429s, slow and huge answers). Every request is recorded.
 */
export class NewsSite {
  readonly requests: SeenRequest[] = [];
  /** Bytes the huge page has written before the client gave up. */
  hugeBytesSent = 0;
  hugeClosed: Promise<void> = Promise.resolve();
  private readonly routes = new Map<string, Handler>();
  private feedVersions = 0;
  private readonly server = createServer((req, res) => {
    this.handle(req, res).catch((error) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(error));
    });
  });
  private base = "";

  static async start(outlet = "Harbour Gazette"): Promise<NewsSite> {
    const site = new NewsSite(outlet);
    await new Promise<void>((resolve) => site.server.listen(0, "127.0.0.1", resolve));
    const address = site.server.address();
    site.base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    site.text("/robots.txt", ROBOTS_TXT, "text/plain");
    for (const story of Object.values(stories)) site.article(`/news/${story.slug}.html`, story);
    return site;
  }

  private constructor(readonly outlet: string) {}

  get url(): string {
    return this.base;
  }

  link(path: string): string {
    return `${this.base}${path}`;
  }

  hits(path: string): number {
    return this.requests.filter((r) => r.path === path).length;
  }

  route(path: string, handler: Handler): void {
    this.routes.set(path, handler);
  }

  text(path: string, body: string | Buffer, type: string): void {
    this.route(path, (_req, res) => {
      res.writeHead(200, { "content-type": type });
      res.end(body);
    });
  }

  /** A story page, its canonical link pointing at itself unless told otherwise. */
  article(path: string, story: Story, options: { canonical?: string; outlet?: string } = {}): void {
    const html = articlePage(story, {
      outlet: options.outlet ?? this.outlet,
      canonical: options.canonical ?? path,
    });
    this.text(path, html, "text/html; charset=utf-8");
  }

  /** A feed that answers 304 to a request carrying its ETag or Last-Modified. */
  feed(path: string, body: string, type = "application/rss+xml; charset=utf-8"): void {
    const etag = `"${createHash("sha1").update(body).digest("hex").slice(0, 12)}"`;
    // Each version of a feed is a minute newer than the one it replaced.
    this.feedVersions++;
    const modified = new Date(Date.UTC(2024, 2, 4, 9) + this.feedVersions * 60_000).toUTCString();
    this.route(path, (req, res) => {
      if (req.headers["if-none-match"] === etag || req.headers["if-modified-since"] === modified) {
        res.writeHead(304, { etag });
        res.end();
        return;
      }
      res.writeHead(200, { "content-type": type, etag, "last-modified": modified });
      res.end(body);
    });
  }

  redirect(from: string, to: string, status = 301): void {
    this.route(from, (_req, res) => {
      res.writeHead(status, { location: to });
      res.end();
    });
  }

  /** The first `times` requests get `status` (with `headers`), later ones the route as it was. */
  failFirst(path: string, times: number, status: number, headers: Record<string, string> = {}): void {
    const original = this.routes.get(path);
    let left = times;
    this.route(path, (req, res) => {
      if (left > 0 || !original) {
        left--;
        res.writeHead(status, { "content-type": "text/html", ...headers });
        res.end(`<html><body><h1>Error ${status}</h1></body></html>`);
        return;
      }
      return original(req, res);
    });
  }

  /** Holds every request to `path` until `release` is called; `seen` resolves when the first one arrives. */
  hold(path: string): { seen: Promise<void>; release(): void } {
    const original = this.routes.get(path);
    let signalSeen: () => void = () => undefined;
    const seen = new Promise<void>((resolve) => {
      signalSeen = resolve;
    });
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.route(path, async (req, res) => {
      signalSeen();
      await released;
      if (!res.destroyed && original) await original(req, res);
      else res.destroy();
    });
    return { seen, release };
  }

  /**
   * A page of `bytes` bytes streamed in 64 KB chunks as the client reads them, so the server never holds more
   * than one chunk: the client must stop reading at its own limit.
   */
  huge(path: string, bytes: number, declareLength: boolean): void {
    this.route(path, (req, res) => {
      res.writeHead(200, {
        "content-type": "text/html; charset=utf-8",
        ...(declareLength ? { "content-length": String(bytes) } : {}),
      });
      const chunk = Buffer.alloc(64 * 1024, "<p>filler text of a page that never ends</p>\n");
      this.hugeBytesSent = 0;
      this.hugeClosed = new Promise((resolve) => {
        res.on("close", resolve);
        req.socket.on("close", resolve);
      });
      const pump = () => {
        while (this.hugeBytesSent < bytes && !res.destroyed) {
          this.hugeBytesSent += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
        if (!res.destroyed) res.end();
      };
      pump();
    });
  }

  /** A page encoded in windows-1252, as old newsroom systems still serve them. */
  windows1252(path: string, story: Story, declare: "header" | "meta"): void {
    const html = articlePage(story, {
      outlet: this.outlet,
      canonical: path,
      ...(declare === "meta" ? { charset: "windows-1252" } : {}),
    });
    const type = declare === "header" ? "text/html; charset=windows-1252" : "text/html";
    this.text(path, iconv.encode(html, "windows-1252"), type);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.base);
    this.requests.push({ path: url.pathname + url.search, headers: req.headers });
    const handler = this.routes.get(url.pathname + url.search) ?? this.routes.get(url.pathname);
    if (!handler) {
      res.writeHead(404, { "content-type": "text/html" });
      res.end("<html><body>Not found</body></html>");
      return;
    }
    await handler(req, res);
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }
}
