import transliterate from "@sindresorhus/transliterate";

/**
 * Ukrainian letters the transliteration (Russian's by default) writes otherwise: Ukraine's national transliteration
 * (2010) writes г as h and и as y ("гривня" → "hryvnia", not "grivnya").
 */
const UKRAINIAN: [string, string][] = [
  ["г", "h"],
  ["Г", "H"],
  ["и", "y"],
  ["И", "Y"],
];

/**
 * A URL slug from a title: lower-case ASCII words joined by hyphens, at most 80 characters. A title in another script
 * is transliterated first (Cyrillic, Greek, Arabic…; in the rules of `language` where they differ), so a Ukrainian
 * article's address reads "rosiia-…", not "article-2"; a script with no transliteration (Chinese, Hebrew) gives
 * "article".
 */
export function slugify(title: string, language?: string | null): string {
  const locale = language?.toLowerCase().split("-")[0];
  const slug = transliterate(title, { locale, customReplacements: locale === "uk" ? UKRAINIAN : [] })
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
  return slug || "article";
}

/** The first of `base`, `base-2`, `base-3`… that is not taken. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
