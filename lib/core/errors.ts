/**
 * Typed failures of the service verbs. Each carries a stable `code`; actions, pages and route handlers answer a code
 * as one table says (lib/web/errorTable.ts), so a new failure needs a new code and a row there, or the types fail.
 */
export type ServiceErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "VALIDATION"
  | "DATABASE_UNAVAILABLE"
  | "IDENTITY_NOT_CONFIRMED";

export abstract class ServiceError extends Error {
  abstract readonly code: ServiceErrorCode;
}

export class UnauthenticatedError extends ServiceError {
  readonly code = "UNAUTHENTICATED";
  constructor(message = "Please sign in to continue.") {
    super(message);
  }
}

export class ForbiddenError extends ServiceError {
  readonly code = "FORBIDDEN";
  constructor(message = "You do not have permission to do that.") {
    super(message);
  }
}

export class NotFoundError extends ServiceError {
  readonly code = "NOT_FOUND";
  constructor(what = "That item") {
    super(`${what} could not be found. It may have been deleted.`);
  }
}

/** A save from a version someone else has since changed. `detail` says, line by line, what they changed it to. */
export class ConflictError extends ServiceError {
  readonly code = "CONFLICT";
  constructor(
    message = "Someone else changed this in the meantime. Reload to see their change, then try again.",
    readonly detail: string[] = [],
  ) {
    super(message);
  }
}

/** Bad input: `fieldErrors` maps a field name to what is wrong with it, in words a user can act on. */
export class ValidationError extends ServiceError {
  readonly code = "VALIDATION";
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const DATABASE_UNAVAILABLE_DIGEST = "FACTDESK_DATABASE_UNAVAILABLE";
export const DATABASE_UNAVAILABLE_MESSAGE =
  "We can't reach the database right now. Nothing you saved is lost; please try again in a minute.";

/**
 * The database cannot be reached. Pages answer 503 with a plain page; `digest` survives into the error boundary
 * (Next.js keeps an error's own digest), so the page can say what happened without leaking details.
 */
export class DatabaseUnavailableError extends ServiceError {
  readonly code = "DATABASE_UNAVAILABLE";
  readonly digest = DATABASE_UNAVAILABLE_DIGEST;
  constructor(cause?: unknown) {
    super(DATABASE_UNAVAILABLE_MESSAGE, { cause });
  }
}
