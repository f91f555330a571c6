import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { MAX_BODY_BYTES } from "./lib/security/body-limit";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Lets proxy.ts see the router headers (RSC, Next-Router-State-Tree), which Next.js otherwise
  // hides from it, so that it can refuse a router state Next.js would crash on
  // (lib/security/request-guard.ts).
  skipProxyUrlNormalize: true,
  // pdfkit (the posters, lib/posters) reads its own files from its package directory at run time,
  // which a bundled copy would not find: Node loads it from node_modules as it is.
  serverExternalPackages: ["pdfkit"],
  // The posters' fonts are read by path at run time (lib/posters/fonts.ts), which the build's trace
  // of the poster route cannot follow: named here, so that a deployment of the traced files has them.
  outputFileTracingIncludes: {
    "/beheer/locaties/*/poster": [
      "./node_modules/@embedpdf/fonts-latin/fonts/NotoSans-Regular.ttf",
      "./node_modules/@embedpdf/fonts-latin/fonts/NotoSans-Bold.ttf",
      "./node_modules/@embedpdf/fonts-arabic/fonts/NotoNaskhArabic-Regular.ttf",
      "./node_modules/@embedpdf/fonts-arabic/fonts/NotoNaskhArabic-Bold.ttf",
    ],
  },
  // forbidden() answers a wrong role with a real 403 page instead of a redirect or a crash.
  experimental: {
    authInterrupts: true,
    // A photographed or scanned letter is a few MB; the upload check itself allows 10 MB. The
    // proxy must pass as much on whole: past its limit it cuts the body off without an error.
    serverActions: { bodySizeLimit: MAX_BODY_BYTES },
    proxyClientMaxBodySize: MAX_BODY_BYTES,
  },
};

export default withNextIntl(nextConfig);
