import { type DocumentNote, noteOf } from "../core/image/document-notes.js";
import type { Article } from "../core/types.js";
import type { SqlClient } from "./sql-client.js";
import type { DocumentRecord, NotedDocuments } from "./storage.js";

/** Rows per statement: keeps each statement's parameters small for a corpus of tens of thousands of files. */
const BATCH = 500;

interface Seen {
  id: string;
  content_hash: string;
}

/** Batches of notes; an article held in full is hashed as it is batched. */
function* batches(documents: Iterable<DocumentNote | Article>, size: number): Generator<DocumentNote[]> {
  let batch: DocumentNote[] = [];
  for (const document of documents) {
    batch.push("contentHash" in document ? document : noteOf(document));
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

export async function noteDocuments(
  db: SqlClient,
  documents: Iterable<DocumentNote | Article>,
  at: Date,
): Promise<NotedDocuments> {
  const added: string[] = [];
  const changed: string[] = [];
  for (const batch of batches(documents, BATCH)) {
    const hashes = batch.map((note) => note.contentHash);
    const seen = await db.query<Seen>("SELECT id, content_hash FROM documents WHERE id = ANY($1::text[])", [
      batch.map((a) => a.id),
    ]);
    const known = new Map(seen.map((row) => [row.id, row.content_hash]));
    const fresh = batch.map((a, i) => ({ a, hash: hashes[i]! })).filter(({ a }) => !known.has(a.id));
    const edited = batch
      .map((a, i) => ({ a, hash: hashes[i]! }))
      .filter(({ a, hash }) => known.has(a.id) && known.get(a.id) !== hash);
    if (fresh.length > 0) {
      // DO NOTHING: a replica noting the same corpus at the same moment must not reset first_seen.
      const rows = await db.query<{ id: string }>(
        `INSERT INTO documents (id, title, source, date, content_hash, first_seen, changed_at)
         SELECT id, title, source, date, content_hash, $6::timestamptz, $6::timestamptz
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
           AS t(id, title, source, date, content_hash)
         ON CONFLICT (id) DO NOTHING
         RETURNING id`,
        [
          fresh.map(({ a }) => a.id),
          fresh.map(({ a }) => a.title ?? null),
          fresh.map(({ a }) => a.source ?? null),
          fresh.map(({ a }) => a.date ?? null),
          fresh.map(({ hash }) => hash),
          at,
        ],
      );
      added.push(...rows.map((r) => r.id));
    }
    if (edited.length > 0) {
      await db.query(
        `UPDATE documents AS d SET title = t.title, source = t.source, date = t.date,
           content_hash = t.content_hash, changed_at = $6::timestamptz
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
           AS t(id, title, source, date, content_hash)
         WHERE d.id = t.id`,
        [
          edited.map(({ a }) => a.id),
          edited.map(({ a }) => a.title ?? null),
          edited.map(({ a }) => a.source ?? null),
          edited.map(({ a }) => a.date ?? null),
          edited.map(({ hash }) => hash),
          at,
        ],
      );
      changed.push(...edited.map(({ a }) => a.id));
    }
  }
  return { added, changed };
}

interface DocumentRow {
  id: string;
  title: string | null;
  source: string | null;
  date: string | null;
  first_seen: Date;
  changed_at: Date;
}

export async function documentsFirstSeen(db: SqlClient, from: Date, to: Date): Promise<DocumentRecord[]> {
  const rows = await db.query<DocumentRow>(
    `SELECT id, title, source, date, first_seen, changed_at FROM documents
     WHERE first_seen >= $1 AND first_seen < $2 ORDER BY first_seen, id`,
    [from, to],
  );
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    source: r.source,
    date: r.date,
    firstSeen: new Date(r.first_seen),
    changedAt: new Date(r.changed_at),
  }));
}
