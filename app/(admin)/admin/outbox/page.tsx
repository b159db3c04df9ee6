import type { Metadata } from "next";
import Link from "next/link";
import { OutboxTable } from "@/components/admin/OutboxTable";
import { getServiceContext } from "@/lib/auth";
import { listOutboxMessages } from "@/lib/services/outbox/listOutboxMessages";
import { forPage, requirePageActor } from "@/lib/web/pageAccess";
import { retryOutboxMessageAction } from "./actions";

export const metadata: Metadata = { title: "Outbox · Admin" };

const VIEWS = [
  { show: "open", label: "Waiting or failed" },
  { show: "delivered", label: "Delivered" },
  { show: "cancelled", label: "Cancelled" },
] as const;

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const path = "/admin/outbox";
  await requirePageActor(path, "outbox:manage");
  const requested = (await searchParams).show;
  const show = VIEWS.find((view) => view.show === requested)?.show ?? "open";
  const outbox = await forPage(getServiceContext().then((ctx) => listOutboxMessages(ctx, { show })), path);
  return (
    <section aria-labelledby="outbox-heading" className="flex flex-col gap-4">
      <h1 id="outbox-heading" className="text-2xl font-semibold">
        Outbox
      </h1>
      <p className="text-sm text-stone-700">
        {outbox.mailEnabled
          ? "Mail the desk sends: invitations, password links, assignments, returned and signed-off verdicts. A message the mail server does not take is tried again after 30 seconds, then after a wait that doubles each time, up to an hour; after 8 attempts it waits here for you."
          : "This Factdesk sends no mail: SMTP_URL and MAIL_FROM are not set (docs/deploy.md). Invitation and password links are shown to you to pass on."}
      </p>
      <nav aria-label="Which messages" className="flex flex-wrap gap-3 text-sm">
        {VIEWS.map((view) => (
          <Link prefetch={false}
            key={view.show}
            href={view.show === "open" ? path : `${path}?show=${view.show}`}
            aria-current={view.show === show ? "page" : undefined}
            className="underline aria-[current=page]:font-semibold aria-[current=page]:no-underline"
          >
            {view.label} ({view.show === "open" ? outbox.counts.pending + outbox.counts.failed : outbox.counts[view.show]})
          </Link>
        ))}
      </nav>
      <OutboxTable messages={outbox.messages} retry={retryOutboxMessageAction} />
    </section>
  );
}
