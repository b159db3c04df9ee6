import { LocalTime } from "@/components/ui/LocalTime";
import { browserName } from "@/lib/domain/browserName";

type SignIn = { id: string; signedInAt: string; userAgent: string; ipAddress: string | null; current: boolean; ended: boolean };

/** The account's recent sign-ins (when, which browser, from where), and the way to end them all. */
export function RecentSignIns({ signIns, logoutEverywhere }: { signIns: SignIn[]; logoutEverywhere: () => Promise<void> }) {
  return (
    <section aria-labelledby="sign-ins-heading" className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="sign-ins-heading" className="text-lg font-semibold">
        Recent sign-ins
      </h2>
      {signIns.length === 0 ? (
        <p className="text-sm">No sign-ins recorded yet. Each time you sign in, it appears here with the browser and address.</p>
      ) : (
        <table className="w-full border-collapse text-left text-sm" aria-labelledby="sign-ins-heading">
          <thead>
            <tr className="border-b border-stone-300">
              <th scope="col" className="px-3 py-2">When</th>
              <th scope="col" className="px-3 py-2">Browser</th>
              <th scope="col" className="px-3 py-2">Address</th>
              <th scope="col" className="px-3 py-2">Session</th>
            </tr>
          </thead>
          <tbody>
            {signIns.map((signIn) => (
              <tr key={signIn.id} className="border-b border-stone-200">
                <td className="px-3 py-2">
                  <LocalTime iso={signIn.signedInAt} />
                </td>
                <td className="px-3 py-2" title={signIn.userAgent}>
                  {browserName(signIn.userAgent)}
                </td>
                <td className="px-3 py-2">{signIn.ipAddress ?? "Unknown"}</td>
                <td className="px-3 py-2">{signIn.current ? "This session" : signIn.ended ? "Ended" : "Signed in"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="text-sm text-stone-700">Don&apos;t recognise a sign-in? Change your password, or sign out on every device at once.</p>
      <form action={logoutEverywhere}>
        <button type="submit" className="rounded-md border border-stone-300 px-3 py-1.5 text-sm hover:bg-stone-100">
          Sign out everywhere
        </button>
      </form>
    </section>
  );
}
