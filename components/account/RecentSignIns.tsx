import { useTranslations } from "next-intl";
import { LocalTime } from "@/components/ui/LocalTime";
import { browserParts } from "@/lib/domain/browserName";
import { ScrollRegion } from "@/components/ui/ScrollRegion";

type SignIn = { id: string; signedInAt: string; userAgent: string; ipAddress: string | null; current: boolean; ended: boolean };

/** The account's recent sign-ins (when, which browser, from where), and the way to end them all. */
export function RecentSignIns({ signIns, logoutEverywhere }: { signIns: SignIn[]; logoutEverywhere: () => Promise<void> }) {
  const t = useTranslations("desk.recentSignIns");
  /** "Firefox on Linux"; an unknown browser's own string, cut short. */
  const browserWords = (userAgent: string) => {
    if (!userAgent) return t("unknownBrowser");
    const { browser, system } = browserParts(userAgent);
    if (!browser) return userAgent.slice(0, 80);
    return system ? t("browserOn", { browser, system }) : browser;
  };
  return (
    <section aria-labelledby="sign-ins-heading" className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="sign-ins-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      {signIns.length === 0 ? (
        <p className="text-sm">{t("none")}</p>
      ) : (
        <ScrollRegion label={t("heading")}>
          <table className="w-full border-collapse text-start text-sm" aria-labelledby="sign-ins-heading">
            <thead>
              <tr className="border-b border-stone-300">
                <th scope="col" className="px-3 py-2">
                  {t("when")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("browser")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("address")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("session")}
                </th>
              </tr>
            </thead>
            <tbody>
              {signIns.map((signIn) => (
                <tr key={signIn.id} className="border-b border-stone-200">
                  <td className="px-3 py-2">
                    <LocalTime iso={signIn.signedInAt} />
                  </td>
                  <td className="px-3 py-2" title={signIn.userAgent}>
                    {browserWords(signIn.userAgent)}
                  </td>
                  <td className="px-3 py-2">{signIn.ipAddress ?? t("unknown")}</td>
                  <td className="px-3 py-2">{signIn.current ? t("thisSession") : signIn.ended ? t("ended") : t("signedIn")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <p className="text-sm text-stone-700">{t("unrecognised")}</p>
      <form action={logoutEverywhere}>
        <button type="submit" className="rounded-md border border-stone-300 px-3 py-1.5 text-sm hover:bg-stone-100">
          {t("signOutEverywhere")}
        </button>
      </form>
    </section>
  );
}
