import { cache } from "react";
import { requestOrganisation } from "@/lib/web/interfaceLanguage";
import { forPage } from "@/lib/web/pageAccess";

/** The newsroom's public details, read once per request for the layout and the page below it. */
export const loadOrganisation = cache(() => forPage(requestOrganisation()));
