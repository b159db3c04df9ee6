import { beforeAll, describe, expect, test } from "vitest";
import { GET as listArticles } from "@/app/api/v1/articles/route";
import { GET as listClaimReviews } from "@/app/api/v1/claim-reviews/route";
import { siteUrl } from "@/lib/web/siteUrl";
import { freshNewsroom, makeArticle, publishAsShown, signedOffClaim } from "./factories";

// A filter the lists do not have (`?verdict=False`, `?language=es`, `?q=…`) is refused with 400, never ignored: a
// program that asked for the False reviews must not be given every review as if they were the ones it asked for.

const get = (route: (request: Request) => Promise<Response>, pathAndQuery: string) => route(new Request(`${siteUrl()}${pathAndQuery}`));

beforeAll(async () => {
  const { editor, approver } = await freshNewsroom();
  const article = await makeArticle(editor);
  await signedOffClaim(editor, approver, article.id, "The mayor said unemployment fell to 3.2 percent last year.", { label: "True" });
  await publishAsShown(editor, article.id);
});

describe.each([
  ["/api/v1/claim-reviews", listClaimReviews],
  ["/api/v1/articles", listArticles],
])("%s", (path, route) => {
  test.each(["verdict=False", "language=es", "q=mayor", "page=1&sort=oldest"])("refuses ?%s, naming the parameter", async (query) => {
    const answer = await get(route, `${path}?${query}`);
    expect(answer.status).toBe(400);
    const name = query.split("&").at(-1)!.split("=")[0]!;
    expect(((await answer.json()) as { error: { message: string } }).error.message).toContain(name);
  });

  test("still answers the parameters it takes", async () => {
    const answer = await get(route, `${path}?page=1&perPage=5`);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ page: 1, perPage: 5, total: 1 });
  });
});
