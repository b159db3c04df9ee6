import { headers } from "next/headers";
import { cache } from "react";
import { sessionInterfaceLanguage } from "@/lib/auth";
import { getReaderContext } from "@/lib/core/database";
import { DEFAULT_INTERFACE_LANGUAGE, negotiateInterfaceLanguage, type InterfaceLanguage } from "@/lib/domain/interfaceLanguages";
import { getOrganisation } from "@/lib/services/organisation/getOrganisation";
import { STAFF_AREA_HEADER } from "./staffArea";

/** The newsroom's public details, read once per request (layouts, pages and the interface language share it). */
export const requestOrganisation = cache(() => getReaderContext().then((ctx) => getOrganisation(ctx)));

/**
 * The language of this request's pages. Public pages are in the newsroom's (one answer per address, which caches can
 * keep). Staff pages are in the one the person picked in their account, else the best their browser asks for, else the
 * newsroom's. When the database cannot be read, the page's own read fails and answers 503: the language falls back.
 */
export const interfaceLanguageOfRequest = cache(async (): Promise<InterfaceLanguage> => {
  if ((await headers()).get(STAFF_AREA_HEADER) !== "1") return newsroomLanguage();
  return staffInterfaceLanguage(await sessionInterfaceLanguage().catch(() => null));
});

/** The language of this request's staff pages for someone who picked `picked` (null: none). */
export async function staffInterfaceLanguage(picked: InterfaceLanguage | null): Promise<InterfaceLanguage> {
  return picked ?? negotiateInterfaceLanguage((await headers()).get("accept-language"), await newsroomLanguage());
}

function newsroomLanguage(): Promise<InterfaceLanguage> {
  return requestOrganisation().then(
    (organisation) => organisation.interfaceLanguage,
    () => DEFAULT_INTERFACE_LANGUAGE,
  );
}
