import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { NotificationList } from "@/components/desk/notifications/NotificationList";
import { getServiceContext } from "@/lib/auth";
import { handleOf } from "@/lib/domain/commentText";
import { listNotifications } from "@/lib/services/notifications/listNotifications";
import { forPage, requirePageActor } from "@/lib/web/pageAccess";
import { markNotificationsReadAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("desk.notifications");
  return { title: t("title") };
}

type Props = { searchParams: Promise<{ before?: string | string[] }> };

export default async function NotificationsPage({ searchParams }: Props) {
  const path = "/desk/notifications";
  const language = await getLocale();
  const actor = await requirePageActor(path);
  const { before } = await searchParams;
  const older = typeof before === "string" ? before : undefined;
  const page = await forPage(getServiceContext().then((ctx) => listNotifications(ctx, { ...(older ? { before: older } : {}), language })), path);
  return <NotificationList page={page} olderPage={Boolean(older)} handle={handleOf(actor.email)} markRead={markNotificationsReadAction} />;
}
