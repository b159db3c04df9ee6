import { config } from "@/lib/config";

/** Whether cookies must be Secure (production, unless FACTDESK_INSECURE_COOKIES=1 for a plain-http trial). */
export function secureCookies(): boolean {
  const settings = config();
  return settings.env === "production" && !settings.insecureCookies;
}
