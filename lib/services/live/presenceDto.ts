/** Someone else on the same article: who, and the claim open in their workspace (shown only to who may see it). */
export type PresenceDto = { userId: string; name: string; claimId: string | null; editing: boolean };
