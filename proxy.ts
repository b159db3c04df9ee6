import { NextResponse, type NextRequest } from "next/server";

// A convenience only: anonymous visitors to staff pages go straight to sign-in with the page they wanted.
// Every page, action and service still checks the session itself (a cookie here may be stale or forged).
export function proxy(request: NextRequest) {
  const path = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  const hasSessionCookie = request.cookies.getAll().some((cookie) => cookie.name.includes("authjs.session-token"));
  if (!hasSessionCookie) {
    return NextResponse.redirect(new URL(`/login?next=${encodeURIComponent(path)}`, request.url));
  }
  const headers = new Headers(request.headers);
  headers.set("x-factdesk-path", path);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/desk/:path*", "/admin/:path*"] };
