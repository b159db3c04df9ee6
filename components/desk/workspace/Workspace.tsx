"use client";

import { useTranslations } from "next-intl";
import { useCallback, useContext, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from "react";
import type { WorkspaceDto } from "@/lib/services/articles/workspaceDto";
import type { DraftDto } from "@/lib/services/drafts/draftDto";
import { ClaimEditor, CLAIM_EDITOR_HEADING } from "./ClaimEditor";
import { ClaimList } from "./ClaimList";
import { claimOptionId } from "./ClaimOption";
import { DraftsProvider, type DraftActions } from "./drafts";
import { linkedElsewhere, notLinkedElsewhere } from "./claimLink";
import { nextInText } from "./claimListOrder";
import type { ConversationActions } from "./conversationActions";
import type { MatchActions } from "./matchActions";
import { HighlightedText } from "./HighlightedText";
import { OutcomeProvider, ReportContext, useWorkspaceAction } from "./outcome";
import { EditingLine, PresenceEditingContext, PresenceLine, usePresence } from "./presence";
import { ReviseTextForm } from "./ReviseTextForm";
import { SelectionToolbar } from "./SelectionToolbar";
import { SelectTextPanel } from "./SelectTextPanel";
import { SuggestionsPanel } from "./SuggestionsPanel";
import { TextModeSwitch, type TextMode } from "./TextModeSwitch";
import type { WorkspaceActions } from "./workspaceActions";
import { WorkspaceHeader } from "./WorkspaceHeader";

type Props = {
  workspace: WorkspaceDto;
  actions: WorkspaceActions;
  conversation: ConversationActions;
  matches: MatchActions;
  currentUserId: string;
  /** The viewer's own drafts on this article, put back in their forms. */
  drafts: DraftDto[];
  draftActions: DraftActions;
};

/** The editor's claim workspace for one article: its text with claims highlighted, suggestions, the claim list and editor. */
export function Workspace(props: Props) {
  return (
    <OutcomeProvider>
      <DraftsProvider articleId={props.workspace.article.id} initial={props.drafts} actions={props.draftActions}>
        <WorkspaceView {...props} />
      </DraftsProvider>
    </OutcomeProvider>
  );
}

type Span = { start: number; end: number };

function WorkspaceView({ workspace, actions, conversation, matches, currentUserId }: Props) {
  const { article, claims, suggestions, permissions } = workspace;
  const t = useTranslations("workspace.view");
  const report = useContext(ReportContext);
  // The server cannot see the address's #claim-<id>: it renders the first claim, and the linked one is chosen before
  // the first paint after hydration (until then a style rule hides the panel if the link names another claim, as
  // claimLink.ts's script, run while the page is parsed, records on <html>).
  const [selectedId, setSelected] = useState<string | null>(claims[0]?.id ?? null);
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  // The claim the address asked for, until it is shown: the address is not rewritten to another claim meanwhile.
  const linkedId = useRef<string | null>(null);
  const setSelectedId = useCallback((claimId: string | null) => {
    linkedId.current = null;
    setSelected(claimId);
  }, []);
  const [mode, setMode] = useState<TextMode>("read");
  const [attachingId, setAttachingId] = useState<string | null>(null);
  // A mouse selection in the highlighted text, valid only for the text revision it was made in.
  const [textSelection, setTextSelection] = useState<(Span & { revision: number }) | null>(null);
  const [pending, run] = useWorkspaceAction();
  const [editingReview, setEditingReview] = useState(false);

  const selected = claims.find((c) => c.id === selectedId) ?? null;
  const others = usePresence(article.id, selected?.id ?? null, editingReview && Boolean(selected));
  const attaching = claims.find((c) => c.id === attachingId) ?? null;
  const selection = textSelection?.revision === article.textRevision ? textSelection : null;

  const selectFromList = useCallback((claimId: string, how: "pick" | "arrow" = "pick") => {
    setSelectedId(claimId);
    // Bring its words into view (not on every render: only when the editor picks it in the list), and the
    // claim's editor when it was clicked (arrow keys keep the list in view instead).
    if (SAFE_ID.test(claimId)) {
      requestAnimationFrame(() => {
        document.querySelector(`[data-claims~="${claimId}"]`)?.scrollIntoView({ block: "nearest" });
        if (how === "pick") document.getElementById(CLAIM_EDITOR_HEADING)?.scrollIntoView({ block: "nearest" });
      });
    }
  }, [setSelectedId]);

  const selectFromText = useCallback((claimId: string) => {
    setSelectedId(claimId);
    showClaim(claimId);
  }, [setSelectedId]);

  // The address names the selected claim (…#claim-<id>), so a claim can be linked to; opening such a link (from
  // "My claims", a notification or search) selects it and shows its words. A layout effect: the linked claim
  // replaces the server's first claim before the browser paints, so the first claim never flashes.
  useLayoutEffect(() => {
    function openFromAddress() {
      const id = /^#claim-([0-9a-f-]{36})$/i.exec(window.location.hash)?.[1];
      if (!id) return;
      // Remembered even when the claim is not (or no longer) here: the link stays as it was, not another claim's.
      linkedId.current = id;
      if (!document.getElementById(claimOptionId(id))) return;
      setSelected(id);
      showClaim(id);
      requestAnimationFrame(() => document.getElementById(CLAIM_EDITOR_HEADING)?.focus());
    }
    openFromAddress();
    window.addEventListener("hashchange", openFromAddress);
    return () => window.removeEventListener("hashchange", openFromAddress);
  }, []);
  useEffect(() => {
    if (linkedId.current !== null) return;
    if (selectedId && window.location.hash !== `#claim-${selectedId}`) window.history.replaceState(null, "", `#claim-${selectedId}`);
  }, [selectedId]);

  const openEditor = useCallback(() => document.getElementById(CLAIM_EDITOR_HEADING)?.focus(), []);

  const revision = article.textRevision;
  const onTextSelect = useCallback((span: Span | null) => setTextSelection(span ? { ...span, revision } : null), [revision]);

  function startAttach(claimId: string) {
    setAttachingId(claimId);
    setMode("select");
  }

  function makeClaim(span: Span) {
    run(() => actions.createClaim({ articleId: article.id, start: span.start, end: span.end, textRevision: article.textRevision }), {
      onSuccess: (claim) => {
        setSelectedId(claim.id);
        setTextSelection(null);
      },
    });
  }

  // A suggestion just accepted opens as the new claim (the first of them), as a claim made from a selection does:
  // the panel must never stay on the claim that was open before, whose controls the next click would reach.
  const openAccepted = useCallback((claimIds: readonly string[]) => {
    const first = claimIds[0];
    if (first) selectFromText(first);
  }, [selectFromText]);

  function attach(claimId: string, version: number, span: Span) {
    run(() => actions.moveClaimAnchor({ claimId, version, ...span, textRevision: article.textRevision }), {
      success: () => t("attached"),
      onSuccess: () => {
        setAttachingId(null);
        setSelectedId(claimId);
        setTextSelection(null);
        setMode("read");
      },
    });
  }

  return (
    <PresenceEditingContext.Provider value={setEditingReview}>
    <div className="flex flex-col gap-4">
      <WorkspaceHeader
        article={article}
        counts={workspace.counts}
        canEditDetails={permissions.editArticle}
        saveDetails={actions.updateArticleDetails}
        canPublish={permissions.publish}
        publishing={{ preview: actions.previewPublication, publish: actions.publishArticle, retract: actions.retractArticle }}
      />
      <PresenceLine others={others} />
      {/* The selected claim is outlined by one style rule, so selecting never re-renders the text. */}
      {selectedId && SAFE_ID.test(selectedId) ? (
        <style>{`${hydrated ? "" : notLinkedElsewhere(selectedId)}[data-claims~="${selectedId}"]{outline:2px solid #1d4ed8;outline-offset:1px}`}</style>
      ) : null}
      {/* Before the script runs, a link to another claim hides the first claim's panel and selection, which are the server's guess. */}
      {!hydrated && selectedId && SAFE_ID.test(selectedId) ? (
        <style>{`${linkedElsewhere(selectedId)}[data-claim-editor]{display:none}${linkedElsewhere(selectedId)}[role=option][aria-selected=true]{background:transparent;box-shadow:none;border-color:transparent}${linkedElsewhere(selectedId)}[data-opening-claim]{display:block}`}</style>
      ) : null}
      <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(22rem,2fr)]">
        <section aria-labelledby="text-heading" className="flex min-w-0 flex-col gap-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="text-heading" className="text-lg font-semibold">
              {t("textHeading")}
            </h2>
            {permissions.editClaims || permissions.editArticle ? (
              <TextModeSwitch
                mode={mode}
                canSelect={permissions.editClaims}
                canRevise={permissions.editArticle}
                onChange={(next) => {
                  setMode(next);
                  if (next !== "select") setAttachingId(null);
                }}
              />
            ) : null}
          </div>
          {mode === "select" ? (
            <SelectTextPanel
              body={article.body}
              attaching={attaching}
              pending={pending}
              onMakeClaim={makeClaim}
              onAttach={(claim, span) => attach(claim.id, claim.version, span)}
              onCancelAttach={() => setAttachingId(null)}
              onError={(text) => report({ tone: "error", text })}
            />
          ) : mode === "revise" ? (
            <ReviseTextForm key={article.id} article={article} revise={actions.reviseArticleText} onDone={() => setMode("read")} />
          ) : (
            <>
              {permissions.editClaims && selection ? (
                <SelectionToolbar
                  quote={article.body.slice(selection.start, selection.end)}
                  pending={pending}
                  onMakeClaim={() => makeClaim(selection)}
                  onClear={() => {
                    window.getSelection()?.removeAllRanges();
                    setTextSelection(null);
                  }}
                />
              ) : null}
              <HighlightedText
                body={article.body}
                claims={claims}
                suggestions={permissions.editClaims ? suggestions : NO_SUGGESTIONS}
                onClaimClick={selectFromText}
                onTextSelect={permissions.editClaims ? onTextSelect : null}
              />
            </>
          )}
        </section>
        {/* The selected claim's editor comes first, so it is in view whichever claim is chosen. */}
        <aside aria-label={t("claimsPanel")} className="flex min-w-0 flex-col gap-4 lg:sticky lg:top-2 lg:max-h-[calc(100vh-1rem)] lg:overflow-y-auto">
          {!hydrated ? (
            <p data-opening-claim className="hidden text-sm text-stone-600">
              {t("openingLinked")}
            </p>
          ) : null}
          {selected ? <EditingLine others={others} claimId={selected.id} /> : null}
          {selected ? (
            <ClaimEditor
              key={selected.id}
              workspace={workspace}
              claim={selected}
              next={nextInText(claims, selected)}
              currentUserId={currentUserId}
              actions={actions}
              conversation={conversation}
              matches={matches}
              onAttach={startAttach}
            />
          ) : claims.length ? (
            <p className="text-sm text-stone-600">{permissions.editClaims ? t("chooseClaimToEdit") : t("chooseClaim")}</p>
          ) : null}
          <ClaimList claims={claims} selectedId={selectedId} canCreate={permissions.editClaims} suggests={!workspace.suggestionsLanguageWithoutModel} onSelect={selectFromList} onOpen={openEditor} />
          {permissions.editClaims ? (
            <SuggestionsPanel
              articleId={article.id}
              textRevision={article.textRevision}
              suggestions={suggestions}
              outOfTime={workspace.suggestionsOutOfTime}
              languageWithoutModel={workspace.suggestionsLanguageWithoutModel}
              hasClaims={claims.length > 0}
              accept={actions.acceptSuggestions}
              loadMatches={matches.loadMatches}
              onAccepted={openAccepted}
            />
          ) : null}
        </aside>
      </div>
    </div>
    </PresenceEditingContext.Provider>
  );
}

/** Claim ids are UUIDs; anything else is kept out of the style rule and selectors. */
const SAFE_ID = /^[0-9a-f-]+$/i;

const noSubscription = () => () => {};

/** Brings a claim's words and its editor into view. */
function showClaim(claimId: string): void {
  if (!SAFE_ID.test(claimId)) return;
  requestAnimationFrame(() => {
    document.getElementById(claimOptionId(claimId))?.scrollIntoView({ block: "nearest" });
    document.getElementById(CLAIM_EDITOR_HEADING)?.scrollIntoView({ block: "nearest" });
  });
}

const NO_SUGGESTIONS: WorkspaceDto["suggestions"] = [];
