import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RatingScaleEditor } from "@/components/admin/RatingScaleEditor";
import { getServiceContext } from "@/lib/auth";
import { getRatingScale } from "@/lib/services/ratingScales/getRatingScale";
import { forPage, requirePageActor } from "@/lib/web/pageAccess";
import { saveRatingScaleAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.ratingScale");
  return { title: t("title") };
}

export default async function RatingScalePage() {
  await requirePageActor("/admin/rating-scale", "scale:manage");
  const scale = await forPage(getServiceContext().then((ctx) => getRatingScale(ctx)), "/admin/rating-scale");
  const t = await getTranslations("admin.ratingScale");
  return (
    <section aria-labelledby="rating-scale-heading" className="flex max-w-4xl flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 id="rating-scale-heading" className="text-2xl font-semibold">
          {t("title")}
        </h1>
        <p className="text-sm text-stone-700">{t("intro")}</p>
      </div>
      <RatingScaleEditor initial={scale} save={saveRatingScaleAction} />
    </section>
  );
}
