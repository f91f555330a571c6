import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // forbidden() answers a wrong role with a real 403 page instead of a redirect or a crash.
  experimental: {
    authInterrupts: true,
    // A photographed or scanned letter is a few MB; the upload check itself allows 10 MB.
    serverActions: { bodySizeLimit: "11mb" },
  },
};

export default withNextIntl(nextConfig);
