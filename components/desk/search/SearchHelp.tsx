import { useTranslations } from "next-intl";

/** What search looks in and how to ask it, for the page before a search and after one that found nothing. */
export function SearchHelp() {
  const t = useTranslations("desk.searchHelp");
  const q = (chunks: React.ReactNode) => <q>{chunks}</q>;
  const code = (chunks: React.ReactNode) => <code dir="ltr">{chunks}</code>;
  return (
    <div className="flex max-w-2xl flex-col gap-2 text-sm text-stone-700">
      <p>{t.rich("where", { q })}</p>
      <p>{t("try")}</p>
      <ul className="list-disc ps-5">
        <li>{t.rich("quotes", { code })}</li>
        <li>{t.rich("or", { code })}</li>
        <li>{t.rich("minus", { code })}</li>
      </ul>
    </div>
  );
}
