import { cache } from "react";
import { getServiceContext } from "@/lib/auth";
import { getArticleHeader } from "@/lib/services/articles/getArticleHeader";

/** The article's id and title, loaded once per request for the layout's 404 check and the page title. */
export const loadArticleHeader = cache(async (id: string) => getArticleHeader(await getServiceContext(), id));
