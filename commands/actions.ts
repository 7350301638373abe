/**
 * What a reply's buttons do, decided here once for every front end. An action carries the neutral request it
 * runs; a front end only chooses how it looks and how long a value its platform lets a button carry. A request
 * that does not fit (Discord's 100-character custom ids) is kept in storage under a short random key, so the button
 * still works after a restart.
 */
import { randomBytes } from "node:crypto";
import type { Clock, CoreLogger } from "../src/core/logger.js";
import { type CommandRequest, inlineRequest, parseInlineRequest, validRequest } from "./request.js";

export type ActionKind = "share" | "previous" | "next";

export interface ReplyAction {
  kind: ActionKind;
  /** The request the button runs: for Share, the request that produced the answer. */
  request: CommandRequest;
}

/** Where requests too long for a button are kept; Storage provides it. */
export interface ActionStore {
  saveAction(key: string, request: string, at: Date): Promise<void>;
  loadAction(key: string): Promise<string | null>;
}

export interface ActionCodec {
  /** A value of at most `maxLength` characters for a button, or null when none can be made. */
  encode(request: CommandRequest, maxLength: number): Promise<string | null>;
  /** The request a button's value stands for; null for a value that is unknown, expired or forged. */
  decode(value: string): Promise<CommandRequest | null>;
}

const STORED = "k1:";
const STORED_KEY = /^k1:([A-Za-z0-9_-]{16})$/;

/**
 * `logger` hears of a request that could not be stored: its button is then left out, and the answer still goes out.
 */
export function actionCodec(store: ActionStore | null, clock: Clock, logger?: CoreLogger): ActionCodec {
  return {
    async encode(request, maxLength) {
      const inline = inlineRequest(request, maxLength);
      if (inline) return inline;
      if (!store || maxLength < STORED.length + 16) return null;
      const key = randomBytes(12).toString("base64url");
      try {
        await store.saveAction(key, JSON.stringify(request), clock.now());
      } catch (error) {
        logger?.warn(
          { err: error, command: request.command },
          "could not keep a button's request; button left out",
        );
        return null;
      }
      return `${STORED}${key}`;
    },
    async decode(value) {
      const key = value.match(STORED_KEY)?.[1];
      if (!key) return parseInlineRequest(value);
      if (!store) return null;
      const saved = await store.loadAction(key);
      if (saved === null) return null;
      try {
        return validRequest(JSON.parse(saved));
      } catch {
        return null;
      }
    },
  };
}

/** The actions of a reply of the given kinds, in the order given. */
export function actionsOf(actions: readonly ReplyAction[] | undefined, kinds: readonly ActionKind[]) {
  return kinds.flatMap((kind) => (actions ?? []).filter((a) => a.kind === kind));
}
