import { siteUrl } from "./siteUrl";

/** The address of the page where a set-password link's holder chooses their password. */
export function setPasswordUrl(token: string): string {
  return `${siteUrl()}/set-password/${encodeURIComponent(token)}`;
}
