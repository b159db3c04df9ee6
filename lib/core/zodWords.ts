import type { z } from "zod";
import { words, type ErrorWordKey, type ServiceWords, type WordValues } from "./serviceWords";

// Zod keeps an issue's message as a string, so a schema's own message names its words in one:
// `z.string().min(1, said("enterTitle"))`. Whatever reads a Zod issue reads it through issueWording().

const MARK = "@errors.";

/** The message to give a Zod check: the words `key` of the errors catalog, with `values` for its placeholders. */
export function said(key: ErrorWordKey, values?: WordValues): string {
  return values ? `${MARK}${key} ${JSON.stringify(values)}` : `${MARK}${key}`;
}

/** A Zod issue's words: ours when the schema named them with said(), else Zod's own (its locales word them). */
export function issueWords(issue: z.core.$ZodIssue): ServiceWords {
  if (!issue.message.startsWith(MARK)) return { zodIssue: withoutInput(issue) };
  const space = issue.message.indexOf(" ");
  if (space < 0) return words(issue.message.slice(MARK.length) as ErrorWordKey);
  return words(issue.message.slice(MARK.length, space) as ErrorWordKey, JSON.parse(issue.message.slice(space + 1)) as WordValues);
}

/**
 * The issue without what was typed (a password must not ride along in an error), but for a wrong type, where Zod's
 * words name the type that came: then an empty one of that type stands in.
 */
function withoutInput(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  const { input, ...rest } = issue as z.core.$ZodIssue & { input?: unknown };
  if (issue.code !== "invalid_type") return rest as z.core.$ZodIssue;
  return { ...rest, input: typeof input === "string" ? "" : typeof input === "object" && input !== null ? (Array.isArray(input) ? [] : input instanceof Date ? new Date(0) : {}) : input } as z.core.$ZodIssue;
}
