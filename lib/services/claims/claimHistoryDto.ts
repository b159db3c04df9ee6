import type { HistoryEvent } from "@/lib/domain/claimHistory";

/** One step of a claim's history: who did what (as codes the interface words), when, and the text it was about. */
export type ClaimHistoryEventDto = HistoryEvent;

export type ClaimHistoryDto = { claimId: string; number: number; events: ClaimHistoryEventDto[] };
