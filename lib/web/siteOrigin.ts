import { headers } from "next/headers";
import { config } from "@/lib/config";

/**
 * The public address of the site, for the absolute links of robots.txt and sitemap.xml: AUTH_URL's origin when it
 * is configured, else the address the request came to. `trusted` says whether it came from the configuration (an
 * answer built from a request's Host header may be cached for nobody else).
 */
export async function siteOrigin(): Promise<{ origin: string; trusted: boolean }> {
  const configured = config().authUrl;
  if (configured) return { origin: new URL(configured).origin, trusted: true };
  const requestHeaders = await headers();
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host") ?? "localhost";
  const protocol = requestHeaders.get("x-forwarded-proto") === "https" ? "https" : "http";
  try {
    return { origin: new URL(`${protocol}://${host}`).origin, trusted: false };
  } catch {
    return { origin: "http://localhost", trusted: false };
  }
}
