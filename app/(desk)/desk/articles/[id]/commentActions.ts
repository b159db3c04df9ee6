"use server";

// Thin server actions for a claim's conversation: each checks that its argument is an object and calls a service
// verb, which authorizes and parses the fields itself. They do not refresh the page: the conversation reloads itself, and nothing else on the page changes.

import { getServiceContext } from "@/lib/auth";
import { addComment } from "@/lib/services/comments/addComment";
import { deleteComment } from "@/lib/services/comments/deleteComment";
import { editComment } from "@/lib/services/comments/editComment";
import { listClaimComments } from "@/lib/services/comments/listClaimComments";
import type { Verb } from "@/lib/services/verb";
import { objectInput, readActionInput } from "@/lib/web/actionInput";
import { runAction, type ActionResult } from "@/lib/web/actionResult";

type In<V> = V extends Verb<infer I, unknown> ? I : never;

async function run<I, O>(verb: Verb<I, O>, input: I, message?: string): Promise<ActionResult<O>> {
  const read = readActionInput(objectInput<I>(), input);
  if (!read.ok) return read;
  return runAction(async () => verb(await getServiceContext(), read.data), message);
}

export async function listClaimCommentsAction(input: In<typeof listClaimComments>) {
  return run(listClaimComments, input);
}

export async function addCommentAction(input: In<typeof addComment>) {
  return run(addComment, input, "Comment posted.");
}

export async function editCommentAction(input: In<typeof editComment>) {
  return run(editComment, input, "Comment saved.");
}

export async function deleteCommentAction(input: In<typeof deleteComment>) {
  return run(deleteComment, input, "Comment deleted.");
}
