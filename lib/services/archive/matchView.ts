import type { ClaimMatch, MatchReason } from "@/lib/domain/claimMatching";
import { reasonWords } from "@/lib/domain/claimMatching/matchReason";
import { markWords } from "@/lib/domain/sharedWords";
import { type ArchiveEntry, toArchiveEntryDto } from "./archiveEntries";
import type { ClaimMatchDto } from "./matchDto";

/** How a match shows: the entry, its strength, why it matched, and its statement with the reason's words marked. */
export function toMatchView(entry: ArchiveEntry, found: ClaimMatch): Omit<ClaimMatchDto, "decision"> {
  const reason = copyReason(found.reason);
  return {
    ...toArchiveEntryDto(entry),
    score: found.score,
    strong: found.strength === "strong",
    sharedTerms: [...found.sharedTerms],
    reason,
    statementRuns: markWords(entry.statement, reasonWords(reason)),
  };
}

function copyReason(reason: MatchReason): MatchReason {
  return { numbers: [...reason.numbers], names: [...reason.names], words: [...reason.words] };
}

/** A linked match as it was kept; links made before matches had reasons show their shared words as the reason. */
export function linkedMatchView(snapshot: unknown): ClaimMatchDto {
  const kept = snapshot as Omit<ClaimMatchDto, "reason" | "decision"> & { reason?: MatchReason };
  return { ...kept, strong: false, reason: kept.reason ?? { numbers: [], names: [], words: [...(kept.sharedTerms ?? [])] }, decision: "linked" };
}
