import { cache } from "react";
import { getReaderContext } from "@/lib/core/database";
import { getPublishedVersion } from "@/lib/services/publishing/getPublishedVersion";
import { forPage } from "./pageAccess";

/** An article's latest published version (or its retraction), read once per request for a page, its metadata and its share image's. */
export const latestPublishedVersion = cache(async (slug: string) => forPage(getReaderContext().then((ctx) => getPublishedVersion(ctx, { slug }))));
