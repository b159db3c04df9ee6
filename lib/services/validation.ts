import { z } from "zod";
import { ValidationError } from "@/lib/core/errors";
import { words, type ServiceWords } from "@/lib/core/serviceWords";
import { issueWords } from "@/lib/core/zodWords";

/**
 * Parses untrusted input with a Zod schema, turning failures into a ValidationError with per-field messages: the
 * schema's own words (said()), or Zod's, which its locales word in the reader's language.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  // Zod words "received a number" from the input the issue keeps.
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const fieldErrors: Record<string, ServiceWords> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.join(".") || "form";
    fieldErrors[field] ??= issueWords(issue);
  }
  // The messages are written for people; the field they belong to is in fieldErrors for the form to place.
  const first = result.error.issues[0];
  throw new ValidationError(first ? issueWords(first) : words("checkTheForm"), fieldErrors);
}

/**
 * A verb's input schema that never fails: the verb gets Zod's safeParse result of `schema` instead of a
 * ValidationError, for public reads that answer bad input with "not found" or a notice (a mistyped address is not
 * an error). Callers still pass `z.input<typeof schema>`.
 */
export function safeParsed<S extends z.ZodType>(schema: S) {
  return z.custom<z.input<S>>().transform((input) => schema.safeParse(input));
}
