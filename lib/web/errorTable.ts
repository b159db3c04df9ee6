import { toServiceError } from "@/lib/core/databaseErrors";
import { ServiceError, type ServiceErrorCode } from "@/lib/core/errors";

// How every edge answers the service's typed errors, in one table (the code is the error's; the message its own):
//   status   the HTTP status it stands for;
//   page     what a page does: answer 404 (a malformed id in the address is as good as an unknown one), 403, send
//            the visitor to sign in and back, or let it through (the server answers the database being down with
//            a plain 503 page, anything else with the error page);
//   form     what a form's action shows beside the error's message: its field errors, what the other person
//            changed, or the message alone;
//   filters  a list page shows it beside its filter form (bad filters in the address are the visitor's to fix);
//   api      the public read-only API answers it with `status` and the message; any other failure of a public read
//            is not the reader's doing: it is logged and answered 500.

export type PageAnswer = "notFound" | "forbidden" | "signIn" | "rethrow";
export type FormAnswer = "message" | "fieldErrors" | "conflictDetail";

export type ErrorAnswer = { status: number; page: PageAnswer; form: FormAnswer; filters: boolean; api: boolean };

export const ERROR_TABLE: Readonly<Record<ServiceErrorCode, ErrorAnswer>> = {
  VALIDATION: { status: 400, page: "notFound", form: "fieldErrors", filters: true, api: true },
  UNAUTHENTICATED: { status: 401, page: "signIn", form: "message", filters: false, api: false },
  FORBIDDEN: { status: 403, page: "forbidden", form: "message", filters: false, api: false },
  IDENTITY_NOT_CONFIRMED: { status: 403, page: "rethrow", form: "message", filters: false, api: false },
  NOT_FOUND: { status: 404, page: "notFound", form: "message", filters: false, api: true },
  CONFLICT: { status: 409, page: "rethrow", form: "conflictDetail", filters: false, api: false },
  DATABASE_UNAVAILABLE: { status: 503, page: "rethrow", form: "message", filters: false, api: true },
};

/** A thrown value as the edges see it: a service error (driver failures turned into one) with its row, or anything else. */
export type ClassifiedError = { error: ServiceError; answer: ErrorAnswer } | { error: unknown; answer: null };

/** Classifies what a service call threw: driver failures become service errors first (lib/core/databaseErrors). */
export function classifyError(thrown: unknown): ClassifiedError {
  const error = toServiceError(thrown);
  if (error instanceof ServiceError) return { error, answer: ERROR_TABLE[error.code] };
  return { error, answer: null };
}
