import { getTranslations } from "next-intl/server";
import type { Messages } from "@/messages/catalogs";

type ActionMessage = `workspace.actions.${keyof Messages["workspace"]["actions"]}`;

/** A workspace action's success message, in the language of the person's pages. */
export async function succeeded(key: ActionMessage): Promise<string> {
  const t = await getTranslations();
  return t(key);
}
