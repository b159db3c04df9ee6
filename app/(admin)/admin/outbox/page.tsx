import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { OutboxTable } from "@/components/admin/OutboxTable";
import { getServiceContext } from "@/lib/auth";
import { listOutboxMessages } from "@/lib/services/outbox/listOutboxMessages";
import { forPage, requirePageActor } from "@/lib/web/pageAccess";
import { retryOutboxMessageAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.outbox");
  return { title: t("title") };
}

// Each view's words: admin.outbox.open, .delivered, .cancelled.
const VIEWS = ["open", "delivered", "cancelled"] as const;

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const path = "/admin/outbox";
  await requirePageActor(path, "outbox:manage");
  const requested = (await searchParams).show;
  const show = VIEWS.find((view) => view === requested) ?? "open";
  const outbox = await forPage(getServiceContext().then((ctx) => listOutboxMessages(ctx, { show })), path);
  const t = await getTranslations("admin.outbox");
  return (
    <section aria-labelledby="outbox-heading" className="flex flex-col gap-4">
      <h1 id="outbox-heading" className="text-2xl font-semibold">
        {t("heading")}
      </h1>
      <p className="text-sm text-stone-700">{outbox.mailEnabled ? t("mailOn") : t("mailOff")}</p>
      <nav aria-label={t("views")} className="flex flex-wrap gap-3 text-sm">
        {VIEWS.map((view) => (
          <Link prefetch={false}
            key={view}
            href={view === "open" ? path : `${path}?show=${view}`}
            aria-current={view === show ? "page" : undefined}
            className="underline aria-[current=page]:font-semibold aria-[current=page]:no-underline"
          >
            {t(view, { count: view === "open" ? outbox.counts.pending + outbox.counts.failed : outbox.counts[view] })}
          </Link>
        ))}
      </nav>
      <OutboxTable messages={outbox.messages} retry={retryOutboxMessageAction} />
    </section>
  );
}
