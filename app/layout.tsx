import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { ClientTexts } from "@/components/client-texts";
import { appUrl } from "@/lib/app-url";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return {
    // Makes the public pages' canonical and hreflang links whole addresses, as search engines want.
    metadataBase: new URL(appUrl()),
    title: { default: t("name"), template: `%s · ${t("name")}` },
    description: t("tagline"),
  };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("app");
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased">
        <a href="#inhoud" className="skip-link">
          {t("skipToContent")}
        </a>
        {/* The texts of app/error.tsx, a client component. A page or layout whose client components
            need others brings its own ClientTexts (components/client-texts.tsx). */}
        <ClientTexts namespaces={["app", "errorPage"]}>{children}</ClientTexts>
      </body>
    </html>
  );
}
