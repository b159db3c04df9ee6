/**
 * The request header proxy.ts sets ("1") on staff pages and removes from every other request: staff pages are in the
 * language of the person using them, public pages in the newsroom's (lib/web/interfaceLanguage.ts).
 */
export const STAFF_AREA_HEADER = "x-factdesk-staff-area";

/** The desk, the admin pages and signing in. */
export function isStaffArea(pathname: string): boolean {
  return /^\/(desk|admin|login|set-password)(\/|$)/.test(pathname);
}
