import type { ReactNode } from "react";
import { languageAttributes } from "@/lib/domain/languages";

/**
 * The `<written>` tag of a reader message: an article's own words (its title) inside a sentence of the page, kept in
 * the article's language and direction and isolated from the sentence's, so an Arabic title in an English sentence
 * neither takes nor breaks its direction.
 */
export function writtenIn(language: string | null | undefined) {
  return function Written(chunks: ReactNode) {
    return <bdi {...languageAttributes(language)}>{chunks}</bdi>;
  };
}
