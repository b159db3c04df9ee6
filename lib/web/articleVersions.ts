import { cache } from "react";
import { getReaderContext } from "@/lib/core/database";
import { listVersions } from "@/lib/services/publishing/listVersions";
import { forPage } from "./pageAccess";

/**
 * An article's published versions (no snapshots), read once per request: for its versions page, and for the name of
 * its share image on every page of the article.
 */
export const articleVersions = cache(async (slug: string) => forPage(getReaderContext().then((ctx) => listVersions(ctx, { slug }))));
