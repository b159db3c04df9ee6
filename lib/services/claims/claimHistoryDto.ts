/** One step of a claim's history, in words: who did what, when, and the text it was about. */
export type ClaimHistoryEventDto = { at: Date; who: string; what: string; detail?: string };

export type ClaimHistoryDto = { claimId: string; number: number; events: ClaimHistoryEventDto[] };
