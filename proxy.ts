import { randomBytes } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { isStaffArea, STAFF_AREA_HEADER } from "@/lib/web/staffArea";
import { HTTPS_REQUEST_HEADER, responseKind, securityHeaders } from "@/lib/web/securityHeaders";

// Runs before Next.js answers any request (the server answers its refusals and kept pages itself, with the same
// headers: server/ownHeaders.ts). Two things:
// - Every answer gets the security headers of its path's kind (lib/web/securityHeaders.ts); a page's policy carries a
//   fresh nonce, which Next.js reads from the request's policy header and puts on every script it renders.
// - A convenience only: anonymous visitors to staff pages go straight to sign-in with the page they wanted. Every
//   page, action and service still checks the session itself (a cookie here may be stale or forged).
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const kind = responseKind(pathname);
  const headers = securityHeaders({
    kind,
    nonce: kind === "api" ? undefined : randomBytes(16).toString("base64"),
    // Set by the server (server/forwardedHeaders.ts), which alone knows the socket and which proxies to believe.
    https: request.headers.get(HTTPS_REQUEST_HEADER) === "1",
    dev: process.env.NODE_ENV === "development",
  });

  const path = `${pathname}${search}`;
  const forwarded = new Headers(request.headers);
  // Only this proxy says which pages are staff pages, whose words follow the person using them.
  forwarded.delete(STAFF_AREA_HEADER);
  if (isStaffArea(pathname)) forwarded.set(STAFF_AREA_HEADER, "1");
  let response: NextResponse;
  if (staffPage(pathname) && !hasSessionCookie(request)) {
    response = NextResponse.redirect(new URL(`/login?next=${encodeURIComponent(path)}`, request.url));
  } else {
    if (kind !== "api") forwarded.set("content-security-policy", headers["Content-Security-Policy"]!);
    if (staffPage(pathname)) forwarded.set("x-factdesk-path", path);
    response = NextResponse.next({ request: { headers: forwarded } });
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

function staffPage(pathname: string): boolean {
  return /^\/(desk|admin)(\/|$)/.test(pathname);
}

function hasSessionCookie(request: NextRequest): boolean {
  return request.cookies.getAll().some((cookie) => cookie.name.includes("authjs.session-token"));
}
