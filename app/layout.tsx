import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { textDirection } from "@/lib/domain/languages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: "Factdesk", template: "%s · Factdesk" }, description: t("siteDescription") };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request, so each gets the fresh nonce of its Content-Security-Policy.
  await connection();
  const locale = await getLocale();
  const t = await getTranslations("common");
  // Client components everywhere get the common messages (error pages); staff layouts add the rest of theirs.
  const { common } = await getMessages();
  return (
    <html lang={locale} dir={textDirection(locale)}>
      <body className="min-h-screen">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider messages={{ common }}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
