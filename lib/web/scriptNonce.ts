import { headers } from "next/headers";

/**
 * The nonce of this request's Content-Security-Policy (proxy.ts copies the policy onto the request), for
 * an inline script a page must run while it is parsed; undefined without a policy (the script then runs as any).
 */
export async function scriptNonce(): Promise<string | undefined> {
  return /'nonce-([^']+)'/.exec((await headers()).get("content-security-policy") ?? "")?.[1];
}
