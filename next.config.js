/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "linkedom"],
  experimental: {
    authInterrupts: true,
    // The largest form field, an article of 1,000,000 characters, is at most 3 MB in UTF-8: room for it and the
    // rest of the form. The server (scripts/server.mjs) refuses bodies over 5 MB before Next.js reads them.
    serverActions: { bodySizeLimit: "4mb" },
  },
  poweredByHeader: false,
  // Security headers (CSP with a nonce per request, HSTS, frame and sniffing rules) are set by scripts/server.mjs,
  // from lib/web/securityHeaders.ts.
};

export default nextConfig;
