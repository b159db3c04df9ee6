import { inEnglish, words, wordsOf, type ServiceWords, type Wording } from "./serviceWords";

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
  /** Its message as words the edge puts in the reader's language (lib/core/serviceWords.ts); `.message` is the English. */
  readonly words?: ServiceWords;

  constructor(wording: Wording, options?: ErrorOptions) {
    super(inEnglish(wording), options);
    this.words = wordsOf(wording);
  }
}

export class UnauthenticatedError extends ServiceError {
  readonly code = "UNAUTHENTICATED";
  constructor(message: Wording = words("signInFirst")) {
    super(message);
  }
}

export class ForbiddenError extends ServiceError {
  readonly code = "FORBIDDEN";
  constructor(message: Wording = words("notPermitted")) {
    super(message);
  }
}

export class NotFoundError extends ServiceError {
  readonly code = "NOT_FOUND";
  /** `what` in English ("That claim") makes the sentence; words are the whole sentence ("claimNotFound"). */
  constructor(what: Wording = words("itemNotFound")) {
    super(typeof what === "string" ? `${what} could not be found. It may have been deleted.` : what);
  }
}

/** A save from a version someone else has since changed. `detail` says, line by line, what they changed it to. */
export class ConflictError extends ServiceError {
  readonly code = "CONFLICT";
  readonly detail: string[];
  /** The words of each line of `detail` (undefined: the line as it is). */
  readonly detailWords: (ServiceWords | undefined)[];
  constructor(message: Wording = words("changedMeanwhile"), detail: Wording[] = []) {
    super(message);
    this.detail = detail.map(inEnglish);
    this.detailWords = detail.map(wordsOf);
  }
}

/** Bad input: `fieldErrors` maps a field name to what is wrong with it, in words a user can act on. */
export class ValidationError extends ServiceError {
  readonly code = "VALIDATION";
  readonly fieldErrors: Record<string, string>;
  /** The words of each field's error, for the fields that have them. */
  readonly fieldWords: Record<string, ServiceWords>;
  constructor(message: Wording, fieldErrors: Record<string, Wording> = {}) {
    super(message);
    this.fieldErrors = Object.fromEntries(Object.entries(fieldErrors).map(([field, wording]) => [field, inEnglish(wording)]));
    this.fieldWords = Object.fromEntries(Object.entries(fieldErrors).flatMap(([field, wording]) => (typeof wording === "string" ? [] : [[field, wording]])));
  }
}

export const DATABASE_UNAVAILABLE_DIGEST = "FACTDESK_DATABASE_UNAVAILABLE";
export const DATABASE_UNAVAILABLE_MESSAGE = inEnglish(words("databaseUnavailable"));

/**
 * The database cannot be reached. Pages answer 503 with a plain page; `digest` survives into the error boundary
 * (Next.js keeps an error's own digest), so the page can say what happened without leaking details.
 */
export class DatabaseUnavailableError extends ServiceError {
  readonly code = "DATABASE_UNAVAILABLE";
  readonly digest = DATABASE_UNAVAILABLE_DIGEST;
  constructor(cause?: unknown) {
    super(words("databaseUnavailable"), { cause });
  }
}
