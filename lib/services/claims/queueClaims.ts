import { eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Queryable } from "@/db/client";
import { articles, claims, ratingScales, users, verdicts } from "@/db/schema";
import type { QueueClaim } from "./claimQueueDto";
import { OPEN_STATUSES } from "./openClaims";

const reviewer = alias(users, "reviewer");

/**
 * Claims with their article, verdict and reviewer, as the lists across articles show them ("My claims", the desk's
 * claim views); the caller adds conditions, order and page. (Totals are counted apart: a window count would make
 * the database build every matching row before it keeps the page.)
 */
export function selectQueueClaims(db: Queryable) {
  return db
    .select({
      id: claims.id,
      articleId: claims.articleId,
      articleTitle: articles.title,
      number: claims.number,
      statement: claims.statement,
      status: claims.status,
      verdictLabel: verdicts.label,
      verdictColour: verdicts.colour,
      verdictLanguage: ratingScales.language,
      reviewerId: claims.reviewerId,
      reviewerName: reviewer.displayName,
      dueOn: claims.dueOn,
      dueInDays: sql<number | null>`(${claims.dueOn} - current_date)`.mapWith(Number),
      version: claims.version,
    })
    .from(claims)
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .leftJoin(verdicts, eq(verdicts.id, claims.verdictId))
    .leftJoin(ratingScales, eq(ratingScales.id, verdicts.scaleId))
    .leftJoin(reviewer, eq(reviewer.id, claims.reviewerId));
}

/** A row of selectQueueClaims as its DTO: overdue when open and due before the database's today. */
export function toQueueClaim(row: Omit<QueueClaim, "overdue">): QueueClaim {
  const open = (OPEN_STATUSES as readonly string[]).includes(row.status);
  return { ...row, overdue: open && row.dueInDays !== null && row.dueInDays < 0 };
}
