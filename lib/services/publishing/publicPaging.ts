import { z } from "zod";
import type { PageOf } from "./versionsDto";
import { MAX_PUBLIC_PAGE } from "@/lib/domain/limits";

/** A page number from the address (`?page=2`); pages far beyond any list are refused rather than scanned. */
export const pageField = z.coerce
  .number("Pick a page by its number.")
  .int("Pick a page by its number.")
  .min(1, "Pages start at 1.")
  .max(MAX_PUBLIC_PAGE, "There are not that many pages.")
  .default(1);

export function pageOf<T>(items: T[], page: number, total: number, perPage: number): PageOf<T> {
  return { items, page, pageCount: Math.max(1, Math.ceil(total / perPage)), total };
}
