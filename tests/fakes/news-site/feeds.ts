import type { Story } from "./stories.js";

/** One entry of a fake feed. */
export interface Entry {
  story: Story;
  link: string;
  guid?: string;
}

const xml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function rfc822(date: string): string {
  return new Date(`${date}T08:30:00Z`).toUTCString();
}

export function rssFeed(title: string, entries: readonly Entry[]): string {
  const items = entries
    .map(
      (e) => `    <item>
      <title>${xml(e.story.title)}</title>
      <link>${xml(e.link)}</link>
      <guid isPermaLink="false">${xml(e.guid ?? e.link)}</guid>
      <pubDate>${rfc822(e.story.date)}</pubDate>
      <dc:creator>${xml(e.story.author)}</dc:creator>
      <description>${xml(e.story.paragraphs[0] ?? "")}</description>
    </item>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${xml(title)}</title>
    <link>http://127.0.0.1/</link>
    <description>News</description>
${items}
  </channel>
</rss>`;
}

export function atomFeed(title: string, entries: readonly Entry[]): string {
  const items = entries
    .map(
      (e) => `  <entry>
    <title>${xml(e.story.title)}</title>
    <id>${xml(e.guid ?? `urn:story:${e.story.slug}`)}</id>
    <link rel="alternate" type="text/html" href="${xml(e.link)}"/>
    <published>${e.story.date}T08:30:00+01:00</published>
    <updated>${e.story.date}T09:00:00+01:00</updated>
    <author><name>${xml(e.story.author)}</name></author>
  </entry>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${xml(title)}</title>
  <id>urn:feed:${xml(title)}</id>
  <updated>2024-03-09T09:00:00Z</updated>
${items}
</feed>`;
}

export function rdfFeed(title: string, entries: readonly Entry[]): string {
  const items = entries
    .map(
      (e) => `  <item rdf:about="${xml(e.link)}">
    <title>${xml(e.story.title)}</title>
    <link>${xml(e.link)}</link>
    <dc:date>${e.story.date}T08:30:00+01:00</dc:date>
    <dc:creator>${xml(e.story.author)}</dc:creator>
  </item>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
  xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="http://127.0.0.1/">
    <title>${xml(title)}</title>
    <link>http://127.0.0.1/</link>
    <description>News</description>
  </channel>
${items}
</rdf:RDF>`;
}

export function jsonFeed(title: string, entries: readonly Entry[]): string {
  return JSON.stringify({
    version: "https://jsonfeed.org/version/1.1",
    title,
    items: entries.map((e) => ({
      id: e.guid ?? e.link,
      url: e.link,
      title: e.story.title,
      date_published: `${e.story.date}T08:30:00+01:00`,
      authors: [{ name: e.story.author }],
      content_text: e.story.paragraphs[0],
    })),
  });
}
