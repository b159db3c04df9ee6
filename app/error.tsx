"use client";

import { useTranslations } from "next-intl";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/core/errors";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common.error");
  const databaseDown = error.digest === DATABASE_UNAVAILABLE_DIGEST;
  return (
    <main id="main" className="mx-auto flex max-w-xl flex-col gap-3 px-4 py-16">
      <h1 className="text-2xl font-semibold">{databaseDown ? t("databaseTitle") : t("title")}</h1>
      <p>{databaseDown ? t("databaseText") : t("text")}</p>
      <button type="button" onClick={reset} className="self-start rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white">
        {t("retry")}
      </button>
    </main>
  );
}
