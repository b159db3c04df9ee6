"use server";

import { refresh } from "next/cache";
import { getServiceContext } from "@/lib/auth";
import { markNotificationsRead } from "@/lib/services/notifications/markNotificationsRead";
import { runAction } from "@/lib/web/actionResult";

/** Marks some (or all) of one's notifications as read; the page and the navigation's unread count follow. */
export async function markNotificationsReadAction(input: Parameters<typeof markNotificationsRead>[1]) {
  const result = await runAction(async () => markNotificationsRead(await getServiceContext(), input));
  if (result.ok) refresh();
  return result;
}
