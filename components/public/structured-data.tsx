import { headers } from "next/headers";
import { scriptSafeJson } from "@/lib/public/structured-data";

/**
 * schema.org data for search engines as a JSON-LD block. Browsers do not run it, but it carries
 * this request's nonce like every <script> of a page (proxy.ts), so no element escapes the policy.
 */
export async function StructuredData({ data }: { data: unknown }) {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: scriptSafeJson(data) }} />;
}
