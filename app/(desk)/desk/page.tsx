import type { Metadata } from "next";
import Link from "next/link";
import { getServiceContext } from "@/lib/auth";
import { forPage, requirePageActor } from "@/lib/web/pageAccess";
import { roleCan } from "@/lib/auth/permissions";
import { listDeskArticles } from "@/lib/services/articles/listDeskArticles";

export const metadata: Metadata = { title: "Desk" };

export default async function DeskPage() {
  const actor = await requirePageActor("/desk");
  const articles = await forPage(getServiceContext().then((ctx) => listDeskArticles(ctx)), "/desk");
  return (
    <section aria-labelledby="desk-heading" className="flex flex-col gap-4">
      <div className="flex items-center justify-between">
        <h1 id="desk-heading" className="text-2xl font-semibold">
          Articles
        </h1>
        {roleCan(actor.role, "article:create") ? (
          <Link href="/desk/articles/new" className="rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800">
            Bring in an article
          </Link>
        ) : null}
      </div>
      {articles.length === 0 ? (
        <p className="text-stone-700">No articles yet. Bring one in by pasting its text or importing it from a web address.</p>
      ) : (
        <table className="w-full border-collapse text-left text-sm">
          <thead>
            <tr className="border-b border-stone-300">
              <th scope="col" className="py-2">Title</th>
              <th scope="col">Claims</th>
              <th scope="col">Signed off</th>
              <th scope="col">Assigned to you</th>
              <th scope="col">Published</th>
            </tr>
          </thead>
          <tbody>
            {articles.map((article) => (
              <tr key={article.id} className="border-b border-stone-200">
                <td className="py-2">
                  <Link href={`/desk/articles/${article.id}`} className="font-medium text-blue-900 underline-offset-2 hover:underline">
                    {article.title}
                  </Link>
                  {article.sourceOutlet ? <span className="block text-xs text-stone-600">{article.sourceOutlet}</span> : null}
                </td>
                <td>{article.claimCount}</td>
                <td>{article.signedOffCount}</td>
                <td>{article.assignedToMe}</td>
                <td>{article.publishedVersion ? `Version ${article.publishedVersion}` : "Draft"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
