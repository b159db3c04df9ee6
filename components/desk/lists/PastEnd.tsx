import { useTranslations } from "next-intl";
import Link from "next/link";

/** What a list's page past its end says, with the way back to its first page. */
export function PastEnd({ href }: { href: string }) {
  const t = useTranslations("desk.pastEnd");
  return (
    <p className="text-stone-700">
      {t("text")}{" "}
      <Link prefetch={false} href={href} className="text-blue-800 underline">
        {t("firstPage")}
      </Link>
    </p>
  );
}
