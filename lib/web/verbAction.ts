import { refresh } from "next/cache";
import { getServiceContext } from "@/lib/auth";
import type { Verb } from "@/lib/services/verb";
import { objectInput, readActionInput } from "./actionInput";
import { runAction, type ActionResult } from "./actionResult";

// The body of a thin server action that hands its argument to one verb, shared by the action files (app/**/actions.ts).

/** The input a verb takes: what its server action accepts. */
export type VerbInput<V> = V extends Verb<infer I, unknown> ? I : never;

/**
 * Checks that the action's argument is an object (the verb authorizes the actor and parses the fields itself), calls
 * the verb with the request's context, and answers with an ActionResult carrying `message` on success.
 */
export async function runVerb<I, O>(verb: Verb<I, O>, input: I, message?: string): Promise<ActionResult<O>> {
  const read = await readActionInput(objectInput<I>(), input);
  if (!read.ok) return read;
  return runAction(async () => verb(await getServiceContext(), read.data), message);
}

/** runVerb, then, when the verb succeeded, refreshes the page the user is on (for verbs that change what it shows). */
export async function runVerbAndRefresh<I, O>(verb: Verb<I, O>, input: I, message?: string): Promise<ActionResult<O>> {
  const result = await runVerb(verb, input, message);
  if (result.ok) refresh();
  return result;
}
