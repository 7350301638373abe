import type { DocumentNote } from "../core/image/document-notes.js";
import type { Article, Verdict } from "../core/types.js";
import type { IngestStore } from "./ingest-store.js";

/** A verification to keep; the user id is hashed before it is stored. */
export interface CheckToRecord {
  /** Where it was asked: "slack", "discord", "cli". */
  frontEnd: string;
  channelId?: string;
  userId?: string;
  quote: string;
  speaker: string | null;
  verdict: Verdict;
  at: Date;
}

/**
 * A digest's content as stored: a JSON object that the scheduler reads back as a reply, or null for a quiet
 * period. Storage checks it is an object; what it means is the reader's to check.
 */
export type StoredContent = Record<string, unknown> | null;

/** A corpus document as first seen; a later change to it keeps `firstSeen` and moves `changedAt`. */
export interface DocumentRecord {
  id: string;
  title: string | null;
  source: string | null;
  date: string | null;
  firstSeen: Date;
  changedAt: Date;
}

export interface NotedDocuments {
  /** Ids never seen before. */
  added: string[];
  /** Ids seen before whose content or metadata changed. */
  changed: string[];
}

export interface CheckCount {
  quote: string;
  /** The verdict of the latest check of this quotation. */
  verdict: Verdict;
  speaker: string | null;
  count: number;
}

export interface CheckSummary {
  total: number;
  byVerdict: Partial<Record<Verdict, number>>;
  /** The most-checked quotations, most first. */
  top: CheckCount[];
}

/** A digest slot as held by the claimer that is allowed to post it. */
export interface DigestClaim {
  slot: string;
  scheduledFor: Date;
  /** Whether the content was already built by an earlier attempt (then `reply` is what to post). */
  built: boolean;
  periodFrom: Date | null;
  periodTo: Date | null;
  /** Null with `built`: a quiet period whose post is skipped. */
  reply: StoredContent;
  attempts: number;
}

export interface ClaimRequest {
  slot: string;
  scheduledFor: Date;
  /** Who claims: unique per running process. */
  owner: string;
  now: Date;
  /** How long the claim holds without renewal, so a crashed claimer's slot can be taken over. */
  leaseMs: number;
}

/** The content of the latest posted digest, as stored (see `StoredContent`), and when it was posted. */
export interface PostedDigest {
  reply: Record<string, unknown>;
  postedAt: Date;
}

export interface PendingDigest {
  slot: string;
  scheduledFor: Date;
  attempts: number;
}

export interface Storage {
  readonly driver: "embedded" | "postgres";
  /** Keeps one verification; the user id is stored only as a salted hash. */
  recordCheck(check: CheckToRecord): Promise<void>;
  /**
   * Notes the corpus as it is at `at`: which documents are new, which changed. Takes notes (id, metadata, content
   * hash: see document-notes.ts) so the caller need not hold article texts, or whole articles.
   */
  noteDocuments(documents: Iterable<DocumentNote | Article>, at: Date): Promise<NotedDocuments>;
  /** Documents first seen in [from, to), oldest first. */
  documentsFirstSeen(from: Date, to: Date): Promise<DocumentRecord[]>;
  /** The checks people ran in [from, to). */
  summariseChecks(from: Date, to: Date, top?: number): Promise<CheckSummary>;
  /** Stores `value` under `key` unless a value is already there; returns the stored value. */
  settingOnce(key: string, value: string): Promise<string>;
  /** Deletes checks (and old digest records) older than `retentionDays` before `now`. */
  prune(now: Date, retentionDays: number): Promise<{ checks: number; digests: number }>;

  /** Fire time of the latest scheduled slot ever claimed, for catching up a missed one. */
  lastScheduledSlot(): Promise<Date | null>;
  /** End of the latest digest period (scheduled or manual) ending at or before `at`. */
  lastDigestPeriodEnd(at: Date): Promise<Date | null>;
  /** Claims a slot that is not complete and not leased by another owner; null when it is not ours to post. */
  claimDigest(request: ClaimRequest): Promise<DigestClaim | null>;
  /** Extends the owner's lease; false when the claim was lost. */
  renewDigestLease(slot: string, owner: string, now: Date, leaseMs: number): Promise<boolean>;
  /** Stores the content once, so a retry posts exactly what the first attempt built. */
  saveDigestContent(slot: string, content: { from: Date; to: Date; reply: object | null }): Promise<void>;
  postedTargets(slot: string): Promise<string[]>;
  markPosted(slot: string, target: string, at: Date, messageId: string | null): Promise<void>;
  /** Completes the slot, or releases it (pending) with the error that kept a target from being posted. */
  finishDigest(
    slot: string,
    owner: string,
    outcome: { now: Date; complete: boolean; error?: string },
  ): Promise<void>;
  /** The most recently posted digest, for showing it again (Slack's Home tab); null before the first post. */
  latestPostedDigest(): Promise<PostedDigest | null>;
  /** Slots not yet complete, scheduled at or after `since`, newest first. */
  pendingDigests(since: Date): Promise<PendingDigest[]>;
  /** Feeds, their items and the articles fetched from them. */
  readonly ingest: IngestStore;

  /** Keeps the request behind a button under `key` (requests too long for the button itself). */
  saveAction(key: string, request: string, at: Date): Promise<void>;
  /** The request kept under `key`, or null when there is none (never saved, or pruned). */
  loadAction(key: string): Promise<string | null>;
  /** Resolves when the database answers a trivial query; rejects (or hangs, for a caller to time out) otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
