/** The fields of the "bring in an article" form, as the inputs hold them (empty string = not given). */
export type ArticleFormValues = {
  title: string;
  body: string;
  sourceOutlet: string;
  sourceUrl: string;
  originalAuthor: string;
  originalPublishedOn: string;
};

export const EMPTY_ARTICLE: ArticleFormValues = {
  title: "",
  body: "",
  sourceOutlet: "",
  sourceUrl: "",
  originalAuthor: "",
  originalPublishedOn: "",
};

/** An import preview (nulls for what the page did not say) as form values. */
export function articleFormValues(preview: { [K in keyof ArticleFormValues]: string | null }): ArticleFormValues {
  return {
    title: preview.title ?? "",
    body: preview.body ?? "",
    sourceOutlet: preview.sourceOutlet ?? "",
    sourceUrl: preview.sourceUrl ?? "",
    originalAuthor: preview.originalAuthor ?? "",
    originalPublishedOn: preview.originalPublishedOn ?? "",
  };
}
