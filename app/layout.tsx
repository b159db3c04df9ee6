import type { Metadata } from "next";
import { connection } from "next/server";
import { SITE_LANGUAGE } from "@/lib/domain/languages";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Factdesk", template: "%s · Factdesk" },
  description: "Fact-checked articles, claim by claim.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request, so each gets the fresh nonce of its Content-Security-Policy.
  await connection();
  return (
    <html lang={SITE_LANGUAGE}>
      <body className="min-h-screen">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
