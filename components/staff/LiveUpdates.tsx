"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { LiveChanges, LiveChangesContext } from "./liveChanges";

// One event stream per page (/api/desk/events, server/liveEvents.ts): when someone else changes what the page shows, or the viewer's
// notifications change, the page reads itself again (router.refresh(): the server components render anew, the
// forms keep what is typed in them, useDraft.ts). Several events close together make one refresh. A hidden tab
// waits until it is shown. Without JavaScript, or without the stream, the pages are what they were: reload to see.

const EVENTS_URL = "/api/desk/events";
/** How long after an event the page reads itself again, so a burst of events makes one refresh. */
const REFRESH_AFTER_MS = 300;

type ChangeData = { articleId?: string; claimIds?: string[] | null; actorId?: string | null; actorName?: string | null };

export function LiveUpdates({ viewerId, children }: { viewerId: string; children: React.ReactNode }) {
  const router = useRouter();
  const pathname = usePathname();
  const [changes] = useState(() => new LiveChanges());
  // Read by the stream's handlers, which are set up once per page load and must see the current address.
  const path = useRef(pathname);
  useEffect(() => {
    path.current = pathname;
  }, [pathname]);

  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let waiting = false; // a refresh is due once the tab is shown
    const refresh = () => {
      if (document.hidden) {
        waiting = true;
        return;
      }
      timer ??= setTimeout(() => {
        timer = undefined;
        router.refresh();
      }, REFRESH_AFTER_MS);
    };
    const onVisible = () => {
      if (!document.hidden && waiting) {
        waiting = false;
        refresh();
      }
    };
    const source = new EventSource(EVENTS_URL);
    source.addEventListener("change", (message) => {
      const data = parse(message);
      if (!data?.articleId || data.actorId === viewerId) return;
      const shownArticle = articleOf(path.current);
      changes.record([...(data.claimIds ?? []).map((id) => `claim:${id}`), ...(shownArticle === data.articleId ? ["page"] : [])], data.actorName ?? null);
      if (shownArticle ? shownArticle === data.articleId : listsClaims(path.current)) refresh();
    });
    // Someone arrived, moved or left on an article: its open workspace asks who is there now (presence.tsx).
    source.addEventListener("presence", (message) => {
      const data = parse(message);
      if (data?.articleId) changes.record([`presence:${data.articleId}`], null);
    });
    source.addEventListener("notification", refresh);
    source.addEventListener("resync", refresh);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      source.close();
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [router, viewerId, changes]);

  return <LiveChangesContext.Provider value={changes}>{children}</LiveChangesContext.Provider>;
}

function parse(message: Event): ChangeData | null {
  try {
    return JSON.parse((message as MessageEvent<string>).data) as ChangeData;
  } catch {
    return null;
  }
}

/** The article a workspace address shows (`/desk/articles/<id>…`), if it is one. */
function articleOf(pathname: string): string | null {
  return /^\/desk\/articles\/([0-9a-f-]{36})(\/|$)/.exec(pathname)?.[1] ?? null;
}

/** Whether the page lists claims or articles of any article: the desk, My claims, search, Checked before. */
function listsClaims(pathname: string): boolean {
  return /^\/desk(\/(my-claims|search|archive)(\/.*)?)?\/?$/.test(pathname);
}
