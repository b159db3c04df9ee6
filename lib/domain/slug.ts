import transliterate from "@sindresorhus/transliterate";

// Ukraine's national transliteration (Cabinet of Ministers resolution 55, 2010), as Ukrainian titles are written in
// Latin letters ("Київ" → "Kyiv", "Росія" → "Rosiia"): the library's Cyrillic is Russian's ("Kiyiv", "Rosiya"). Slugs
// are lower-case, so lower-case letters suffice.
const UKRAINIAN_LETTERS: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "h", ґ: "g", д: "d", е: "e", є: "ie", ж: "zh", з: "z", и: "y", і: "i", ї: "i", й: "i",
  к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch",
  ш: "sh", щ: "shch", ь: "", ю: "iu", я: "ia",
};
/** Letters written otherwise at the start of a word. */
const UKRAINIAN_WORD_START: Record<string, string> = { є: "ye", ї: "yi", й: "y", ю: "yu", я: "ya" };

/** A Ukrainian text in the national transliteration: зг as "zgh", the apostrophe left out; other letters as they are. */
function ukrainianInLatin(text: string): string {
  return text
    .toLowerCase()
    .replace(/зг|['’ʼ](?=[а-яієїґ])|[а-яієїґ]/g, (found, at: number, whole: string) => {
      if (found === "зг") return "zgh";
      if (!/[а-яієїґ]/.test(found)) return "";
      const wordStart = at === 0 || !/[\p{L}'’ʼ]/u.test(whole[at - 1]!);
      return (wordStart ? UKRAINIAN_WORD_START[found] : undefined) ?? UKRAINIAN_LETTERS[found] ?? found;
    });
}

/**
 * A URL slug from a title: lower-case ASCII words joined by hyphens, at most 80 characters. A title in another script
 * is transliterated first (Cyrillic, Greek, Arabic…; in the rules of `language` where they differ, Ukrainian by its
 * national transliteration), so a Ukrainian article's address reads "rosiia-…", not "article-2"; a script with no
 * transliteration (Chinese, Hebrew) gives "article".
 */
export function slugify(title: string, language?: string | null): string {
  const locale = language?.toLowerCase().split("-")[0];
  const slug = transliterate(locale === "uk" ? ukrainianInLatin(title) : title, { locale })
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
