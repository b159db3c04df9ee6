"use server";

// Thin server actions for a claim's conversation: each checks that its argument is an object and calls a service
// verb, which authorizes and parses the fields itself. They do not refresh the page: the conversation reloads itself, and nothing else on the page changes.

import { getTranslations } from "next-intl/server";
import { addComment } from "@/lib/services/comments/addComment";
import { deleteComment } from "@/lib/services/comments/deleteComment";
import { editComment } from "@/lib/services/comments/editComment";
import { listClaimComments } from "@/lib/services/comments/listClaimComments";
import { runVerb, type VerbInput } from "@/lib/web/verbAction";

export async function listClaimCommentsAction(input: VerbInput<typeof listClaimComments>) {
  return runVerb(listClaimComments, input);
}

export async function addCommentAction(input: VerbInput<typeof addComment>) {
  return runVerb(addComment, input, (await getTranslations("review.actions"))("commentPosted"));
}

export async function editCommentAction(input: VerbInput<typeof editComment>) {
  return runVerb(editComment, input, (await getTranslations("review.actions"))("commentSaved"));
}

export async function deleteCommentAction(input: VerbInput<typeof deleteComment>) {
  return runVerb(deleteComment, input, (await getTranslations("review.actions"))("commentDeleted"));
}
