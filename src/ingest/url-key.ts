/**
 * Addresses as keys: the same article reached with a tracking parameter or a fragment is the same article.
 */

/** Query parameters that only say where a click came from. */
const TRACKING = /^(?:utm_[a-z]+|fbclid|gclid|dclid|mc_cid|mc_eid|ocid|cmpid|at_medium|at_campaign)$/i;

/** The address without fragment and tracking parameters, or null when it is not http(s). */
export function normaliseUrl(raw: string, base?: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (url.username || url.password) return null;
  url.hash = "";
  for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key);
  return url.toString();
}

/** www., mobile and AMP hosts serve the same site as the bare host. */
function siteOf(host: string): string {
  return host.toLowerCase().replace(/^(?:www\d?|m|amp|mobile)\./, "");
}

/**
 * Whether two addresses belong to one site. A page's canonical link on another site (a syndicated story pointing
 * at the original) does not make the copy the original's: the two stay two sources.
 */
export function sameSite(a: string, b: string): boolean {
  const x = siteOf(new URL(a).hostname);
  const y = siteOf(new URL(b).hostname);
  return x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`);
}

export function hostOf(url: string): string {
  return new URL(url).host;
}
