import { getTranslations } from "next-intl/server";

/** Each staff role in the page's words ("editor"), for the header and the account page; an unknown role as it is. */
export async function roleNames(): Promise<Record<string, string>> {
  const t = await getTranslations("desk.roles");
  return { admin: t("admin"), editor: t("editor"), reviewer: t("reviewer") };
}
