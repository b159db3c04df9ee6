/** A staff member's open claims, for handing them on (after a deactivation), and who could take them. */
export type OpenClaimsOfDto = {
  user: { id: string; displayName: string; active: boolean };
  claims: { id: string; version: number; number: number; statement: string; articleId: string; articleTitle: string; dueOn: string | null }[];
  /** Active staff who could take the claims over, by name. */
  reviewers: { id: string; displayName: string }[];
};
