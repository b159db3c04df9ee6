import createNextIntlPlugin from "next-intl/plugin";
import { FORM_BODY_BYTES } from "./lib/domain/bodyLimits.mjs";

// The interface's languages: each request's language and messages come from i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules, not bundled; eld (language detection)
  // is megabytes of n-gram tables that bundling only slows down.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "linkedom", "eld"],
  experimental: {
    authInterrupts: true,
    // The same limit as the server's for pages (lib/domain/bodyLimits.mjs), counted on the same bytes: the server
    // refuses a larger body with 413 before Next.js reads it, so this one never fires first.
    serverActions: { bodySizeLimit: FORM_BODY_BYTES },
    // Turbopack keeps a cache in .next for the next build (a later `npm start` after a change); a CI run builds once
    // on a clean clone, where writing it cost 16 s of the build.
    turbopackFileSystemCacheForBuild: !process.env.CI,
  },
  poweredByHeader: false,
  // The share image reads its fonts from node_modules at run time (lib/web/shareImageFonts.ts), by a path the build's
  // file tracing does not follow.
  outputFileTracingIncludes: {
    "/articles/*/opengraph-image*": [
      "./node_modules/@fontsource/noto-sans/files/noto-sans-{latin,latin-ext,vietnamese,cyrillic,cyrillic-ext,greek,greek-ext}-{400,700}-normal.woff",
      "./node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-{400,700}-normal.woff",
      "./node_modules/@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-{400,700}-normal.woff",
      "./node_modules/@fontsource/noto-sans-georgian/files/noto-sans-georgian-georgian-{400,700}-normal.woff",
      "./node_modules/@fontsource/noto-sans-armenian/files/noto-sans-armenian-armenian-{400,700}-normal.woff",
      "./node_modules/@fontsource/noto-sans-ethiopic/files/noto-sans-ethiopic-ethiopic-{400,700}-normal.woff",
    ],
  },
  // A route file named `route.e2e.ts` is a route only in a build for the browser tests (FACTDESK_E2E_BUILD=1, set by
  // scripts/e2e-server.mjs and the test script's build): the browser tests' seeding route
  // (app/api/test/seed/route.e2e.ts) is left out of every other build. scripts/start.mjs rebuilds when the flag changes.
  pageExtensions: process.env.FACTDESK_E2E_BUILD === "1" ? ["tsx", "ts", "e2e.ts"] : ["tsx", "ts"],
  // `npm test` and CI check the types (`tsc --noEmit`) before anything else; a build that serves the app need not
  // spend a minute or two doing it again (a newcomer's first `npm start` waits for it).
  typescript: { ignoreBuildErrors: true },
  // Security headers (CSP with a nonce per request, HSTS, frame and sniffing rules) are set by proxy.ts, from
  // lib/web/securityHeaders.ts (and by the server on the answers it writes itself).
};

export default withNextIntl(nextConfig);
