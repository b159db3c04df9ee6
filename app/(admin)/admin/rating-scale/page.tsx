import type { Metadata } from "next";
import { RatingScaleEditor } from "@/components/admin/RatingScaleEditor";
import { getServiceContext } from "@/lib/auth";
import { getRatingScale } from "@/lib/services/ratingScales/getRatingScale";
import { forPage, requirePageActor } from "@/lib/web/pageAccess";
import { saveRatingScaleAction } from "./actions";

export const metadata: Metadata = { title: "Rating scale" };

export default async function RatingScalePage() {
  await requirePageActor("/admin/rating-scale", "scale:manage");
  const scale = await forPage(getServiceContext().then((ctx) => getRatingScale(ctx)), "/admin/rating-scale");
  return (
    <section aria-labelledby="rating-scale-heading" className="flex max-w-4xl flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 id="rating-scale-heading" className="text-2xl font-semibold">
          Rating scale
        </h1>
        <p className="text-sm text-stone-700">
          The verdicts reviewers choose from, worst first. Each save makes a new version of the scale: claims keep the verdict they were rated with,
          and published fact-checks keep the names and colours they were published with. A verdict that claims were rated with can be retired (no
          longer offered), not deleted.
        </p>
      </div>
      <RatingScaleEditor initial={scale} save={saveRatingScaleAction} />
    </section>
  );
}
