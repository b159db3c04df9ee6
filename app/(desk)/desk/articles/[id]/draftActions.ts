"use server";

// Thin server actions for the workspace's drafts: each calls a service verb, which authorizes and parses the fields
// itself. They do not refresh the page: a draft changes nothing anyone else sees.

import { discardDraft } from "@/lib/services/drafts/discardDraft";
import { saveDraft } from "@/lib/services/drafts/saveDraft";
import { runVerb, type VerbInput } from "@/lib/web/verbAction";

export async function saveDraftAction(input: VerbInput<typeof saveDraft>) {
  return runVerb(saveDraft, input);
}

export async function discardDraftAction(input: VerbInput<typeof discardDraft>) {
  return runVerb(discardDraft, input);
}
