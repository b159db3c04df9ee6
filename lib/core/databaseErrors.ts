import { ConflictError, DatabaseUnavailableError, ServiceError } from "./errors";
import { currentRequest } from "./requestState";
import { words, type ServiceWords } from "@/lib/core/serviceWords";

// Failures of the database driver, turned into the service's typed errors once, so every edge (actions, pages,
// route handlers, the command line) answers them the same way on both drivers.

/** Network and server states that mean "the database cannot be reached now" (postgres.js and Node codes). */
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now
  "53300", // too_many_connections
]);

/** Unique constraints a person can run into at the same moment as someone else, in words they can act on. */
const UNIQUE_MESSAGES: Record<string, ServiceWords> = {
  users_email_lower_idx: words("emailTaken"),
  articles_slug_idx: words("sameTitleAtSameMoment"),
  article_versions_article_number_idx: words("publishedAtSameMoment"),
};

const SIMULTANEOUS =
  words("savedAtSameMoment");

type DriverError = { code?: unknown; constraint_name?: unknown; constraint?: unknown; errors?: unknown; message?: unknown };

/**
 * The service error a driver failure stands for (unique violations, serialization failures and deadlocks become a
 * ConflictError; an unreachable database a DatabaseUnavailableError), or the error itself when it is not one of those.
 */
export function toServiceError(error: unknown): unknown {
  if (error instanceof ServiceError) return error;
  for (const cause of causes(error)) {
    const code = typeof cause.code === "string" ? cause.code : "";
    if (code === "23505") {
      const constraint = String(cause.constraint_name ?? cause.constraint ?? "");
      return new ConflictError(UNIQUE_MESSAGES[constraint] ?? SIMULTANEOUS);
    }
    if (code === "40001" || code === "40P01") return new ConflictError(SIMULTANEOUS);
    if (isUnreachable(cause, code)) {
      const request = currentRequest();
      if (request) request.databaseUnavailable = true;
      return new DatabaseUnavailableError(error);
    }
  }
  return error;
}

function isUnreachable(cause: DriverError, code: string): boolean {
  if (UNAVAILABLE_CODES.has(code) || code.startsWith("08")) return true; // class 08: connection exception
  // Happy-eyeballs connects fail with an AggregateError of per-address errors.
  if (Array.isArray(cause.errors)) return cause.errors.some((e: DriverError) => typeof e?.code === "string" && UNAVAILABLE_CODES.has(e.code));
  return typeof cause.message === "string" && cause.message === "PGlite is closed";
}

/** The error and its causes (Drizzle wraps driver errors), outermost first. */
function* causes(error: unknown): Generator<DriverError> {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    yield current as DriverError;
    current = (current as { cause?: unknown }).cause;
  }
}
