import { Cron } from "croner";
import { z } from "zod";

/**
 * What a variable expects, with an example. Every module that reads configuration (the core settings, each
 * platform) describes its variables this way, so `loadConfig` can check them all and `.env.example` document them.
 */
export interface VariableSpec {
  readonly schema: z.ZodType;
  readonly expected: string;
  readonly example: string;
  readonly description: string;
  readonly secret?: boolean;
}

/** The values a set of variables parses to, each by its own schema. */
export type ValuesOf<V extends Readonly<Record<string, VariableSpec>>> = {
  readonly [K in keyof V]: z.output<V[K]["schema"]>;
};

export const optionalText = z.string().trim().min(1).optional();

export const httpUrl = z
  .string()
  .trim()
  .url()
  .refine((v) => /^(https?|wss?):\/\//.test(v));

export const port = z.coerce.number().int().min(1).max(65535);

export const timezone = z
  .string()
  .trim()
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  });

/** Read by the library that runs the schedule, so a pattern accepted here is one the scheduler can run. */
export const cron = z
  .string()
  .trim()
  .superRefine((pattern, ctx) => {
    try {
      new Cron(pattern, { paused: true });
    } catch (error) {
      const reason = error instanceof Error ? error.message.replace(/^CronPattern:\s*/, "") : String(error);
      ctx.addIssue({ code: "custom", message: reason, params: { detail: reason } });
    }
  });

export const snowflake = z
  .string()
  .trim()
  .regex(/^\d{15,21}$/);

export const booleanFlag = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

/** `NAME=example`, as every configuration message shows a fix. */
export function exampleOf(name: string, spec: VariableSpec): string {
  return `${name}=${spec.example}`;
}
