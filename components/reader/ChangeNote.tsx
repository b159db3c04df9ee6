import { useTranslations } from "next-intl";
import { isDefaultFirstNote } from "@/lib/domain/changeNotes";

/** A version's change note as stored, but a first version's default note in the reader's words. */
export function ChangeNote({ number, note }: { number: number; note: string }) {
  const t = useTranslations("reader.feed");
  return isDefaultFirstNote(number, note) ? t("firstPublished") : note;
}
