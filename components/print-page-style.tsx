import { headers } from "next/headers";

/**
 * A page's own print rule (@page size and margins) as a <style> element. The Content-Security-
 * Policy only lets a <style> element in with this request's nonce (proxy.ts), so it carries it.
 */
export async function PrintPageStyle({ css }: { css: string }) {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return <style nonce={nonce}>{css}</style>;
}
