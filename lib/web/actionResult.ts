import { unstable_rethrow } from "next/navigation";
import { ConflictError, ValidationError } from "@/lib/core/errors";
import { logFailure } from "@/lib/core/log";
import { classifyError } from "./errorTable";

/** The one result shape every form's server action returns. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; error: string; fieldErrors?: Record<string, string>; conflict?: string[] };

export const IDLE: ActionResult<never> | null = null;

export const GENERIC_FAILURE = "Something went wrong on our side and nothing was saved. Please try again.";

/**
 * Runs a service call for a server action: typed service errors (a refusal, bad input, a conflict, the database
 * being down) become their message, anything else is logged and shown as a generic apology (never a stack trace,
 * never a 500 page for a form).
 */
export async function runAction<T>(work: () => Promise<T>, message?: string): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work(), message };
  } catch (thrown) {
    unstable_rethrow(thrown);
    const { error, answer } = classifyError(thrown);
    if (!answer) {
      logFailure("action failed", error);
      return { ok: false, error: GENERIC_FAILURE };
    }
    if (answer.form === "fieldErrors" && error instanceof ValidationError) return { ok: false, error: error.message, fieldErrors: error.fieldErrors };
    if (answer.form === "conflictDetail" && error instanceof ConflictError && error.detail.length) {
      return { ok: false, error: error.message, conflict: error.detail };
    }
    return { ok: false, error: error.message };
  }
}
