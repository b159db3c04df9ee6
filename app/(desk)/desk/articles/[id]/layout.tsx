import { forPage } from "@/lib/web/pageAccess";
import { loadArticleHeader } from "./loadArticleHeader";

type Props = { children: React.ReactNode; params: Promise<{ id: string }> };

/**
 * Answers an unknown article with 404 before the workspace's loading state streams (after which the status could
 * no longer change).
 */
export default async function ArticleLayout({ children, params }: Props) {
  const { id } = await params;
  await forPage(loadArticleHeader(id), `/desk/articles/${id}`);
  return children;
}
