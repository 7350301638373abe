import iconv from "iconv-lite";

export type Decoded = { text: string; repaired?: string } | { skip: string };

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** How far into a file to look for NUL bytes and an HTML charset declaration. */
const SNIFF_BYTES = 8192;

function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, SNIFF_BYTES)).toString("latin1");
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  const charset = m?.[1]?.toLowerCase();
  if (!charset || charset === "utf-8" || charset === "utf8") return null;
  return iconv.encodingExists(charset) ? charset : null;
}

/** A charset the transport declared (HTTP's Content-Type), if it names a usable non-UTF-8 encoding. */
function knownCharset(charset: string | undefined): string | null {
  const name = charset?.trim().toLowerCase();
  if (!name || name === "utf-8" || name === "utf8") return null;
  return iconv.encodingExists(name) ? name : null;
}

function utf16(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16be");
  return null;
}

/**
 * Turns a file's bytes into text. UTF-8 is expected and wins whenever the bytes are valid UTF-8 (saved pages
 * often keep a stale charset declaration after being re-encoded). Otherwise the charset the server declared is
 * used, else the page's own declaration, and failing that windows-1252, the usual legacy encoding of scraped text,
 * which decodes every byte; the article is kept and the repair reported. NUL bytes mean the file is not text.
 */
export function decodeFile(bytes: Uint8Array, options: { html?: boolean; charset?: string } = {}): Decoded {
  if (bytes.length === 0) return { skip: "the file is empty" };
  const wide = utf16(bytes);
  if (wide !== null) return { text: wide };
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) {
    return { skip: "the file is binary (it contains NUL bytes), not text" };
  }
  try {
    // The fatal decoder drops a leading BOM itself (ignoreBOM defaults to false).
    return { text: utf8.decode(bytes) };
  } catch {
    const charset =
      knownCharset(options.charset) || (options.html && declaredHtmlCharset(bytes)) || "windows-1252";
    return {
      text: iconv.decode(Buffer.from(bytes), charset),
      repaired: `the file is not valid UTF-8; decoded as ${charset}`,
    };
  }
}

/**
 * CRLF and lone CR become LF before parsing, so every offset into an article body refers to the LF form of the
 * text, whichever platform the file was saved on.
 */
export function normaliseNewlines(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}
