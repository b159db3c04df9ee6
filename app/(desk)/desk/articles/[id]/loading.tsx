import { getTranslations } from "next-intl/server";

export default async function Loading() {
  const t = await getTranslations("workspace.page");
  return (
    <div role="status" className="flex flex-col gap-4">
      <p className="text-stone-700">{t("loading")}</p>
      <div aria-hidden className="flex flex-col gap-3">
        <div className="h-7 w-2/3 animate-pulse rounded bg-stone-200" />
        <div className="h-3 w-1/3 animate-pulse rounded bg-stone-200" />
        <div className="mt-4 grid grid-cols-1 gap-6 lg:grid-cols-[3fr_2fr]">
          <div className="flex flex-col gap-2">
            {Array.from({ length: 8 }, (_, i) => (
              <div key={i} className="h-4 animate-pulse rounded bg-stone-200" />
            ))}
          </div>
          <div className="h-64 animate-pulse rounded-lg bg-stone-200" />
        </div>
      </div>
    </div>
  );
}
