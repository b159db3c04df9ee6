import { z } from "zod";
import { ValidationError } from "@/lib/core/errors";

/** Parses untrusted input with a Zod schema, turning failures into a ValidationError with per-field messages. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.join(".") || "form";
    fieldErrors[field] ??= issue.message;
  }
  // The messages are written for people; the field they belong to is in fieldErrors for the form to place.
  throw new ValidationError(result.error.issues[0]?.message ?? "Check the form and try again.", fieldErrors);
}

/**
 * A verb's input schema that never fails: the verb gets Zod's safeParse result of `schema` instead of a
 * ValidationError, for public reads that answer bad input with "not found" or a notice (a mistyped address is not
 * an error). Callers still pass `z.input<typeof schema>`.
 */
export function safeParsed<S extends z.ZodType>(schema: S) {
  return z.custom<z.input<S>>().transform((input) => schema.safeParse(input));
}
