import { useTranslations } from "next-intl";
import Link from "next/link";

export default function DeskNotFound() {
  const t = useTranslations("desk.notFound");
  return (
    <section className="flex max-w-xl flex-col gap-3 py-8">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p>{t("text")}</p>
      <Link prefetch={false} href="/desk" className="text-blue-800 underline">
        {t("back")}
      </Link>
    </section>
  );
}
