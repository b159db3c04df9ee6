import type { PublishedClaim } from "@/lib/domain/publishedSnapshot";
import { diffWords } from "@/lib/domain/wordDiff";
import type { ClaimChange } from "@/lib/services/publishing/versionsDto";
import { VerdictBadge } from "./VerdictBadge";
import { WordDiffText } from "./WordDiffText";

type Claim = Extract<ClaimChange, { kind: "added" }>["claim"];

const nameOf = (claim: Claim) => `“${claim.statement}”`;

/** How each claim changed between two versions, in words: added, removed, or what of it changed. */
export function ClaimChangeList({ changes }: { changes: ClaimChange[] }) {
  if (!changes.length) return <p>No claim changed between these versions.</p>;
  return (
    <ul aria-label="Claim changes" className="flex flex-col gap-3">
      {changes.map((change) => (
        <li key={change.kind === "changed" ? change.after.id : change.claim.id} className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-700 dark:bg-stone-900">
          {change.kind === "added" ? (
            <p>
              <strong>Claim added:</strong> {nameOf(change.claim)}, rated <VerdictBadge label={change.claim.verdict.label} colour={change.claim.verdict.colour} />
            </p>
          ) : change.kind === "removed" ? (
            <p>
              <strong>Claim removed:</strong> {nameOf(change.claim)}, which was rated {change.claim.verdict.label}.
            </p>
          ) : (
            <ChangedClaim change={change} />
          )}
        </li>
      ))}
    </ul>
  );
}

function ChangedClaim({ change }: { change: Extract<ClaimChange, { kind: "changed" }> }) {
  const { before, after } = change;
  const added = after.sources.filter((s) => !before.sources.some((b) => b.url === s.url));
  const removed = before.sources.filter((s) => !after.sources.some((a) => a.url === s.url));
  return (
    <div className="flex flex-col gap-2">
      <p>
        <strong>Claim changed:</strong> {nameOf(after)}
      </p>
      <ul className="flex list-disc flex-col gap-2 pl-5">
        {change.verdict ? (
          <li>
            Verdict changed from <VerdictBadge label={before.verdict.label} colour={before.verdict.colour} /> to{" "}
            <VerdictBadge label={after.verdict.label} colour={after.verdict.colour} />.
          </li>
        ) : null}
        {change.statement ? (
          <li>
            Statement changed from “{before.statement}”{before.claimant ? ` (${before.claimant})` : ""} to “{after.statement}”
            {after.claimant ? ` (${after.claimant})` : ""}.
          </li>
        ) : null}
        {change.claimant ? <li>{claimantChange(before, after)}.</li> : null}
        {change.words ? (
          <li>
            The words checked changed from “{before.quote}” to “{after.quote}”.
          </li>
        ) : null}
        {change.explanation ? (
          <li>
            Explanation changed:
            <WordDiffText paragraphs={diffWords(before.explanation, after.explanation)} className="mt-1 text-sm" />
          </li>
        ) : null}
        {change.sources ? (
          <li>
            Sources changed
            {added.length ? <>: added {added.map((s) => s.title || s.url).join(", ")}</> : null}
            {removed.length ? <>{added.length ? "; " : ": "}removed {removed.map((s) => s.title || s.url).join(", ")}</> : null}
            {!added.length && !removed.length ? " (their titles or order)" : null}.
          </li>
        ) : null}
      </ul>
    </div>
  );
}

/** What changed of who made a claim (their kind) and where it was made, in words. */
function claimantChange(before: PublishedClaim, after: PublishedClaim): string {
  const parts: string[] = [];
  if ((before.claimantType ?? null) !== (after.claimantType ?? null)) {
    parts.push(after.claimantType ? `The claimant is now recorded as ${after.claimantType === "person" ? "a person" : "an organisation"}` : "The claimant's kind is no longer recorded");
  }
  if ((before.appearanceUrl ?? null) !== (after.appearanceUrl ?? null)) {
    parts.push(after.appearanceUrl ? `Where the claim was made: ${after.appearanceUrl}` : "The link to where the claim was made was removed");
  }
  return parts.join("; ");
}
