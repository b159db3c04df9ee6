"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/Button";
import { LocalTime } from "@/components/ui/LocalTime";
import type { NotificationPageDto } from "@/lib/services/notifications/notificationDto";
import type { ActionResult } from "@/lib/web/actionResult";

type MarkRead = (input: { ids: string[] } | { all: true }) => Promise<ActionResult<{ marked: number; unread: number }>>;

/** One's notifications, newest first: unread ones say so in words, each can be marked read, or all at once. */
export function NotificationList({
  page,
  olderPage,
  handle,
  markRead,
}: {
  page: NotificationPageDto;
  olderPage: boolean;
  handle: string;
  markRead: MarkRead;
}) {
  const t = useTranslations("desk.notificationList");
  const connection = useTranslations("desk.connection");
  const [pending, start] = useTransition();
  const [outcome, setOutcome] = useState<{ tone: "success" | "error"; text: string } | null>(null);

  function mark(input: Parameters<MarkRead>[0], success: string) {
    start(async () => {
      const result = await markRead(input).catch(() => null);
      if (result?.ok) setOutcome({ tone: "success", text: success });
      else setOutcome({ tone: "error", text: result?.error ?? connection("notReached") });
    });
  }

  return (
    <section aria-labelledby="notifications-heading" className="flex max-w-3xl flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="notifications-heading" className="text-2xl font-semibold">
          {t("heading")}
        </h1>
        <div className="flex items-center gap-3 text-sm">
          <span>{page.unread ? t("unread", { count: page.unread }) : t("allRead")}</span>
          <Button type="button" variant="secondary" disabled={pending || page.unread === 0} aria-busy={pending} onClick={() => mark({ all: true }, t("allMarked"))}>
            {t("markAll")}
          </Button>
        </div>
      </div>
      <div role="status" aria-live="polite">
        {outcome?.tone === "success" ? <p className="text-sm text-green-900">{outcome.text}</p> : null}
      </div>
      <div role="alert">{outcome?.tone === "error" ? <p className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">{outcome.text}</p> : null}</div>

      {page.items.length === 0 && !olderPage ? (
        <div className="flex flex-col gap-2 rounded-md border border-stone-200 bg-white p-4 text-sm text-stone-700">
          <p className="font-medium text-stone-900">{t("emptyTitle")}</p>
          <p>{t("emptyText")}</p>
          <p>{t.rich("mentions", { handle, strong: (chunks) => <strong dir="ltr">{chunks}</strong> })}</p>
        </div>
      ) : (
        <ul aria-label={t("list")} className="flex flex-col divide-y divide-stone-200 rounded-md border border-stone-200 bg-white">
          {page.items.map((item) => (
            <li key={item.id} className={`flex flex-wrap items-start justify-between gap-2 p-3 ${item.read ? "" : "border-s-4 border-blue-700 bg-blue-50"}`}>
              <div className="flex min-w-0 flex-col gap-1">
                <p className="text-sm">
                  {item.read ? null : <span className="me-2 rounded bg-blue-700 px-1.5 text-xs font-semibold text-white">{t("unreadMark")}</span>}
                  <Link prefetch={false} href={item.href} className="text-blue-900 underline-offset-2 hover:underline">
                    {item.sentence}
                  </Link>
                </p>
                <LocalTime iso={item.createdAt} className="text-xs text-stone-600" />
              </div>
              {item.read ? null : (
                <Button type="button" variant="ghost" disabled={pending} aria-label={t("markOne", { sentence: item.sentence })} onClick={() => mark({ ids: [item.id] }, t("marked"))}>
                  {t("markRead")}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}

      <nav aria-label={t("pages")} className="flex gap-4 text-sm">
        {olderPage ? (
          <Link prefetch={false} href="/desk/notifications" className="text-blue-800 underline-offset-2 hover:underline">
            {t("newest")}
          </Link>
        ) : null}
        {page.nextBefore ? (
          <Link prefetch={false} href={`/desk/notifications?before=${page.nextBefore}`} className="text-blue-800 underline-offset-2 hover:underline">
            {t("older")}
          </Link>
        ) : null}
      </nav>
    </section>
  );
}
