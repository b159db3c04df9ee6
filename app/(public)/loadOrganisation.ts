import { cache } from "react";
import { getReaderContext } from "@/lib/core/database";
import { getOrganisation } from "@/lib/services/organisation/getOrganisation";
import { forPage } from "@/lib/web/pageAccess";

/** The newsroom's public details, read once per request for the layout and the page below it. */
export const loadOrganisation = cache(() => forPage(getReaderContext().then((ctx) => getOrganisation(ctx))));
