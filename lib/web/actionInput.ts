import { z } from "zod";
import { inEnglish, words } from "@/lib/core/serviceWords";
import { issueWords, said } from "@/lib/core/zodWords";
import type { InterfaceLanguage } from "@/lib/domain/interfaceLanguages";
import { MAX_FORM_FIELD_CHARACTERS } from "@/lib/domain/limits";
import { errorLanguage } from "./errorLanguage";
import { sayIn } from "./errorWording";

// A server action can be called by anyone with any arguments (React decodes whatever was posted), not only by the
// form it was written for. Every action reads its arguments here first, so anything that is not what its form or
// component sends is answered with a form error, never a thrown TypeError and a 500. What the fields must hold is
// still the verb's to check (one place for each rule); this only checks the shape and stops runaway text.

const UNREADABLE = said("unreadableForm");
const TOO_LONG = said("fieldTooLong");

/** What a form says when what arrived is not what it sends: a page from an older version, or a hand-made request. */
export const UNREADABLE_FORM = inEnglish(words("unreadableForm"));

export const FIELD_TOO_LONG = inEnglish(words("fieldTooLong"));

/** The arguments read, or the form error to answer with (it fits ActionResult's failure). */
export type ActionInput<T> = { ok: true; data: T } | { ok: false; error: string; fieldErrors: Record<string, string> };

/**
 * Reads a server action's argument with a schema (formOf, objectInput, …); never throws. The form error is worded in
 * the request's interface language, like runAction's.
 */
export async function readActionInput<S extends z.ZodType>(schema: S, input: unknown): Promise<ActionInput<z.output<S>>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  return inputFailure(await errorLanguage(), result.error.issues);
}

/** The form error for a schema's `issues`, in `language`: the first issue's words, and each field's first. */
export function inputFailure(language: InterfaceLanguage, issues: readonly z.core.$ZodIssue[]): Extract<ActionInput<never>, { ok: false }> {
  const worded = (issue: z.core.$ZodIssue) => sayIn(language, issueWords(issue));
  const fieldErrors: Record<string, string> = {};
  for (const issue of issues) {
    if (issue.path.length) fieldErrors[issue.path.join(".")] ??= worded(issue);
  }
  const first = issues[0];
  return { ok: false, error: first ? worded(first) : sayIn(language, words("unreadableForm")), fieldErrors };
}

/** A form's FormData, read field by field: each field of `shape` gets the value(s) the form sent under its name. */
export function formOf<Shape extends z.ZodRawShape>(shape: Shape) {
  return z
    .instanceof(FormData, { error: UNREADABLE })
    .transform((form): unknown => Object.fromEntries(Object.keys(shape).map((name) => [name, fieldValue(form.getAll(name))])))
    .pipe(z.object(shape));
}

function fieldValue(values: FormDataEntryValue[]): FormDataEntryValue | FormDataEntryValue[] | undefined {
  if (values.length === 0) return undefined;
  return values.length === 1 ? values[0] : values;
}

const text = z.string(UNREADABLE).max(MAX_FORM_FIELD_CHARACTERS, TOO_LONG);

/** A text field. Missing reads as "" (the verb then says what is missing); a file or a repeated field is refused. */
export const formText = text.optional().transform((value) => value ?? "");

/** A field the form sends once per ticked box or listed item: its values, none when it is missing. */
export const formList = z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(text));

/** A checkbox: ticked when the form sends it (a browser sends "on"), unticked when it is missing. */
export const formCheckbox = z
  .literal("on", UNREADABLE)
  .optional()
  .transform((value) => value === "on");

/** A hidden field that says "true" or "false". */
export const formBoolean = z.enum(["true", "false"], UNREADABLE).transform((value) => value === "true");

/** A file input: the chosen file (a browser sends an empty one when none was chosen), or undefined. */
export const formFile = z.instanceof(File, { error: UNREADABLE }).optional();

/** An argument a component sends as an object: a plain object, whose fields the verb then checks. */
export function objectInput<T>() {
  return z.custom<T>((value) => typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype, UNREADABLE);
}

/** An argument a component sends as one string, such as an id (the verb then checks what it names). */
export const stringInput = text;
