/**
 * `<meta http-equiv="refresh" content="0; url=…">`: how link shorteners, consent walls and moved pages send a
 * reader on when they cannot answer with an HTTP redirect. A page that does so at once (or within a few seconds)
 * stands for the page it names, so the fetcher follows it like a redirect. A longer delay is a page that reloads
 * itself (live scores, tickers), not a move, and is read as it is.
 */
import { parseHTML } from "linkedom";

/** Seconds within which a refresh counts as sending the reader on. */
export const MAX_REFRESH_DELAY_S = 5;

/** Only the start of a page is searched: the tag belongs in its head. */
const HEAD_BYTES = 64 * 1024;

const HAS_REFRESH = /<meta[^>]+http-equiv\s*=\s*["']?refresh/i;
const CONTENT = /^\s*(\d+(?:\.\d*)?)\s*(?:[;,]\s*(?:url\s*=\s*)?(?:["']([^"']*)["']?|(\S.*?))\s*)?$/i;

/** The address a fetched HTML page refreshes to within MAX_REFRESH_DELAY_S, as written, or null. */
export function metaRefreshTarget(bytes: Uint8Array): string | null {
  // Latin-1 keeps every byte as one character: enough to find ASCII markup in any ASCII-compatible charset.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, HEAD_BYTES)).toString(
    "latin1",
  );
  if (!HAS_REFRESH.test(head)) return null;
  const { document } = parseHTML(head);
  for (const meta of document.querySelectorAll("meta[http-equiv]")) {
    if (meta.getAttribute("http-equiv")?.trim().toLowerCase() !== "refresh") continue;
    const match = CONTENT.exec(meta.getAttribute("content") ?? "");
    const target = (match?.[2] ?? match?.[3])?.trim();
    if (match && target && Number(match[1]) <= MAX_REFRESH_DELAY_S) return target;
  }
  return null;
}
