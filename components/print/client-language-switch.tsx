import Link from "next/link";
import { CLIENT_LOCALE_CODES, CLIENT_LOCALES, type ClientLocale } from "@/lib/i18n/client-locales";

/**
 * Above a printout for a client: the language it prints in. It starts in the client's preferred
 * language from intake; the host or advisor can override it here for this printout only.
 */
export function ClientLanguageSwitch({ label, current }: { label: string; current: ClientLocale }) {
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-2">
        {CLIENT_LOCALE_CODES.map((code) => (
          <li key={code}>
            <Link
              href={`?taal=${code}`}
              lang={code}
              hrefLang={code}
              aria-current={code === current ? "true" : undefined}
              className="inline-block rounded px-2 py-1 underline aria-[current=true]:bg-brand-100 aria-[current=true]:font-semibold"
            >
              {CLIENT_LOCALES[code].name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
