import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { writtenList } from "@/lib/domain/interfaceLocales";
import { verdictLanguage, type PublishedClaim } from "@/lib/domain/publishedSnapshot";
import { verdictMoved, verdictRenamed } from "@/lib/domain/verdictChange";
import { diffWords } from "@/lib/domain/wordDiff";
import type { ClaimChange } from "@/lib/services/publishing/versionsDto";
import { VerdictBadge } from "./VerdictBadge";
import { WordDiffText } from "./WordDiffText";
import { writtenIn } from "./WrittenIn";

const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;

/** A verdict as its badge, in place of the message's tag around the verdict's name (which tells translators what goes there). */
const badge = (verdict: PublishedClaim["verdict"]) => <VerdictBadge label={verdict.label} colour={verdict.colour} lang={verdictLanguage(verdict)} />;

/** How each claim changed from version `from` to a later one, in words: added, published again, removed, or what of it changed. */
export function ClaimChangeList({ changes, from }: { changes: ClaimChange[]; from: number }) {
  const t = useTranslations("reader.claimChanges");
  if (!changes.length) return <p>{t("none")}</p>;
  return (
    <ul aria-label={t("label")} className="flex flex-col gap-3">
      {changes.map((change) => (
        <li key={change.kind === "changed" ? change.after.id : change.claim.id} className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-700 dark:bg-stone-900">
          {change.kind === "added" ? (
            <p>
              {t.rich(change.publishedBefore ? "publishedAgain" : "added", {
                statement: change.claim.statement,
                verdict: change.claim.verdict.label,
                from,
                strong,
                badge: () => badge(change.claim.verdict),
              })}
            </p>
          ) : change.kind === "removed" ? (
            <p>{t.rich("removed", { statement: change.claim.statement, verdict: change.claim.verdict.label, strong, written: writtenIn(verdictLanguage(change.claim.verdict)) })}</p>
          ) : (
            <ChangedClaim change={change} />
          )}
        </li>
      ))}
    </ul>
  );
}

function ChangedClaim({ change }: { change: Extract<ClaimChange, { kind: "changed" }> }) {
  const t = useTranslations("reader.claimChanges");
  const locale = useLocale();
  const { before, after } = change;
  const added = after.sources.filter((s) => !before.sources.some((b) => b.url === s.url));
  const removed = before.sources.filter((s) => !after.sources.some((a) => a.url === s.url));
  const titles = (sources: typeof added) => writtenList(sources.map((s) => s.title || s.url), locale, "unit");
  const claimant = (claim: PublishedClaim) => (claim.claimant ? t("claimantAfter", { claimant: claim.claimant }) : "");
  return (
    <div className="flex flex-col gap-2">
      <p>{t.rich("changed", { statement: after.statement, strong })}</p>
      <ul className="flex list-disc flex-col gap-2 ps-5">
        {change.verdict ? (
          <li>
            {t.rich(verdictRenamed(before.verdict, after.verdict) ? "verdictRenamed" : verdictMoved(before.verdict, after.verdict) ? "verdictMoved" : "verdictChanged", {
              from: before.verdict.label,
              to: after.verdict.label,
              before: () => badge(before.verdict),
              after: () => badge(after.verdict),
            })}
          </li>
        ) : null}
        {change.statement ? (
          <li>{t("statementChanged", { from: before.statement, fromClaimant: claimant(before), to: after.statement, toClaimant: claimant(after) })}</li>
        ) : null}
        {change.claimant ? (
          <li>
            <ClaimantChange before={before} after={after} />
          </li>
        ) : null}
        {change.words ? <li>{t("wordsChanged", { from: before.quote, to: after.quote })}</li> : null}
        {change.explanation ? (
          <li>
            {t("explanationChanged")}
            <WordDiffText paragraphs={diffWords(before.explanation, after.explanation)} className="mt-1 text-sm" />
          </li>
        ) : null}
        {change.sources ? (
          <li>
            {added.length && removed.length
              ? t("sourcesAddedAndRemoved", { added: titles(added), removed: titles(removed) })
              : added.length
                ? t("sourcesAdded", { added: titles(added) })
                : removed.length
                  ? t("sourcesRemoved", { removed: titles(removed) })
                  : t("sourcesReordered")}
          </li>
        ) : null}
      </ul>
    </div>
  );
}

/** What changed of who made a claim (their kind) and where it was made, in words. */
function ClaimantChange({ before, after }: { before: PublishedClaim; after: PublishedClaim }) {
  const t = useTranslations("reader.claimChanges");
  const parts: string[] = [];
  if ((before.claimantType ?? null) !== (after.claimantType ?? null)) {
    parts.push(after.claimantType ? t(after.claimantType === "person" ? "claimantNowPerson" : "claimantNowOrganisation") : t("claimantKindRemoved"));
  }
  if ((before.appearanceUrl ?? null) !== (after.appearanceUrl ?? null)) {
    parts.push(after.appearanceUrl ? t("appearanceNow", { url: after.appearanceUrl }) : t("appearanceRemoved"));
  }
  return <>{`${parts.join("; ")}.`}</>;
}
