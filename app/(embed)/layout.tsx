import type { Metadata } from "next";
import { getReaderContext } from "@/lib/core/database";
import { getOrganisation } from "@/lib/services/organisation/getOrganisation";
import { forPage } from "@/lib/web/pageAccess";
import { readerSiteMetadata } from "@/lib/web/siteMetadata";

/** Embed titles end with the newsroom's name, as on its reader pages. */
export async function generateMetadata(): Promise<Metadata> {
  return readerSiteMetadata(await forPage(getReaderContext().then((ctx) => getOrganisation(ctx))));
}

/** Embeds are framed by other sites: no site navigation, just the content, sized to its frame. */
export default function EmbedLayout({ children }: { children: React.ReactNode }) {
  return (
    <main id="main" className="p-3">
      {children}
    </main>
  );
}
