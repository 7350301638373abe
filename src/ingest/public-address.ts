import { lookup as dnsLookup, type LookupAddress, type LookupOneOptions } from "node:dns";
import { BlockList, isIP, type LookupFunction } from "node:net";
import { Agent, fetch as undiciFetch } from "undici";
import { FetchError } from "./fetch-error.js";

/**
 * Addresses a feed must never lead the ingester to: loopback, private networks, link-local (cloud metadata
 * services live at 169.254.169.254), carrier-grade NAT and the like. A hostile or hijacked feed could otherwise
 * make Verbatim read an internal service and put its answer into the corpus, where any /verify could show it.
 */
const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 3],
] as const) {
  PRIVATE.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const) {
  PRIVATE.addSubnet(network, prefix, "ipv6");
}

const PRIVATE_CODE = "VERBATIM_PRIVATE_ADDRESS";

export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return !PRIVATE.check(mapped, "ipv4");
  return !PRIVATE.check(address, family === 4 ? "ipv4" : "ipv6");
}

function refused(address: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${address} is a private network address`);
  error.code = PRIVATE_CODE;
  return error;
}

/** Resolves as usual, then refuses private answers: checked at connect time, so DNS rebinding cannot slip past. */
const publicLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...(options as LookupOneOptions), all: true }, (error, addresses) => {
    if (error) return callback(error, "", 0);
    const list = addresses as unknown as LookupAddress[];
    const bad = list.find((a) => !isPublicAddress(a.address));
    if (bad) return callback(refused(bad.address), "", 0);
    if ((options as { all?: boolean }).all)
      return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
    const first = list[0];
    if (!first) return callback(new Error(`no address for ${hostname}`), "", 0);
    callback(null, first.address, first.family);
  });
};

/** The cause a refused connection carries, recognised so the error says why. */
export function isPrivateAddressRefusal(error: unknown): boolean {
  for (let cause: unknown = error; cause; cause = (cause as { cause?: unknown }).cause) {
    if ((cause as { code?: string }).code === PRIVATE_CODE) return true;
  }
  return false;
}

/** A fetch that refuses private network addresses, whether written in the URL or resolved from a name. */
export function publicOnlyFetch(): typeof fetch {
  const dispatcher = new Agent({ connect: { lookup: publicLookup } });
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : input);
    const host = url.hostname.replace(/^\[|\]$/g, "");
    if (isIP(host) && !isPublicAddress(host)) {
      throw new FetchError("bad-address", { url: url.href, cause: `${host} is a private network address` });
    }
    try {
      return await undiciFetch(url, { ...(init as object), dispatcher } as Parameters<typeof undiciFetch>[1]);
    } catch (error) {
      if (isPrivateAddressRefusal(error)) {
        throw new FetchError("bad-address", {
          url: url.href,
          cause: "it resolves to a private network address",
        });
      }
      throw error;
    }
  }) as unknown as typeof fetch;
}
