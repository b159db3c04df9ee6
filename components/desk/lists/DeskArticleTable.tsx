import { useTranslations } from "next-intl";
import Link from "next/link";
import type { DeskArticleSummary } from "@/lib/services/articles/deskArticleDto";
import { ArticleProgress, StatusCounts } from "./ArticleProgress";
import { CaptionedTable } from "@/components/ui/CaptionedTable";
import { DueDate } from "./DueDate";

const link = "text-blue-800 underline-offset-2 hover:underline";

// The row's other links name the article by pointing at its title, so each link's own name stays short.
const titleId = (articleId: string) => `desk-article-${articleId}`;

/** The desk's articles: progress, claims by status, next due date, overdue claims, what is assigned to me, published or draft. */
export function DeskArticleTable({ articles, caption }: { articles: DeskArticleSummary[]; caption: string }) {
  const t = useTranslations("desk.articleTable");
  return (
    <div>
      <CaptionedTable caption={caption} captionClassName="pb-2 text-sm text-stone-700" tableClassName="w-full border-collapse text-start text-sm">
        <thead>
          <tr className="border-b border-stone-300 align-bottom">
            <th scope="col" className="py-2 pe-3">
              {t("title")}
            </th>
            <th scope="col" className="pe-3">
              {t("progress")}
            </th>
            <th scope="col" className="pe-3">
              {t("claims")}
            </th>
            <th scope="col" className="pe-3">
              {t("nextDue")}
            </th>
            <th scope="col" className="pe-3">
              {t("overdue")}
            </th>
            <th scope="col" className="pe-3">
              {t("assignedToYou")} <span className="block text-xs font-normal text-stone-600">{t("assignedToYouHint")}</span>
            </th>
            <th scope="col">{t("published")}</th>
          </tr>
        </thead>
        <tbody>
          {articles.map((article) => (
            <tr key={article.id} className="border-b border-stone-200 align-top">
              <td className="py-2 pe-3">
                <Link prefetch={false} id={titleId(article.id)} href={`/desk/articles/${article.id}`} className="font-medium text-blue-900 underline-offset-2 hover:underline">
                  {article.title}
                </Link>
                {article.sourceOutlet ? <span className="block text-xs text-stone-600">{article.sourceOutlet}</span> : null}
                {article.claimCount ? (
                  <Link prefetch={false} href={`/desk?view=claims&article=${article.id}`} className={`block text-xs ${link}`} aria-describedby={titleId(article.id)}>
                    {t("listClaims")}
                  </Link>
                ) : null}
              </td>
              <td className="py-2 pe-3">
                <ArticleProgress title={article.title} counts={article.counts} />
              </td>
              <td className="py-2 pe-3">
                <span className="block font-medium">{article.claimCount}</span>
                <StatusCounts counts={article.counts} />
              </td>
              <td className="py-2 pe-3">
                {article.nextDueOn ? (
                  <DueDate dueOn={article.nextDueOn} dueInDays={article.nextDueInDays} overdue={(article.nextDueInDays ?? 0) < 0} />
                ) : (
                  <span className="text-stone-600">{t("none")}</span>
                )}
              </td>
              <td className="py-2 pe-3">
                {article.overdueCount ? (
                  <Link prefetch={false}
                    href={`/desk?view=overdue&article=${article.id}`}
                    className="font-semibold text-red-800 underline-offset-2 hover:underline"
                    aria-describedby={titleId(article.id)}
                  >
                    <span aria-hidden>⚠ </span>
                    {t("overdueCount", { count: article.overdueCount })}
                  </Link>
                ) : (
                  <span className="text-stone-600">{t("none")}</span>
                )}
              </td>
              <td className="py-2 pe-3">{article.assignedToMe}</td>
              <td className="py-2">{article.publishedVersion ? t("version", { version: article.publishedVersion }) : t("draft")}</td>
            </tr>
          ))}
        </tbody>
      </CaptionedTable>
    </div>
  );
}
