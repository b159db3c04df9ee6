"use server";

import { refresh } from "next/cache";
import { getServiceContext } from "@/lib/auth";
import { markNotificationsRead } from "@/lib/services/notifications/markNotificationsRead";
import { objectInput, readActionInput } from "@/lib/web/actionInput";
import { runAction } from "@/lib/web/actionResult";

/** Marks some (or all) of one's notifications as read; the page and the navigation's unread count follow. */
export async function markNotificationsReadAction(input: Parameters<typeof markNotificationsRead>[1]) {
  const read = await readActionInput(objectInput<typeof input>(), input);
  if (!read.ok) return read;
  const result = await runAction(async () => markNotificationsRead(await getServiceContext(), read.data));
  if (result.ok) refresh();
  return result;
}
