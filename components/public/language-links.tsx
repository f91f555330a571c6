import Link from "next/link";
import { PUBLIC_LOCALE_CODES, PUBLIC_LOCALES, type PublicLocale, publicTranslator } from "@/lib/public/locales";

type Props = {
  /** The language the page is in. */
  current: PublicLocale;
  /** The same page's address in a client language. */
  href: (locale: PublicLocale) => string;
};

/**
 * The public page in every client language, each named in its own. Links rather than a form: a
 * client can bookmark or share the page in their language. A server component: `href` is a
 * function.
 */
export function LanguageLinks({ current, href }: Props) {
  return (
    <nav aria-label={publicTranslator(current)("languageNav")} className="mb-6">
      <ul className="flex flex-wrap gap-2">
        {PUBLIC_LOCALE_CODES.map((code) => (
          <li key={code}>
            <Link
              href={href(code)}
              lang={code}
              hrefLang={code}
              aria-current={code === current ? "true" : undefined}
              className="inline-block min-h-11 rounded border-2 border-brand-800 px-4 py-2 font-semibold text-brand-800 underline-offset-4 hover:underline aria-[current=true]:bg-brand-800 aria-[current=true]:text-white"
            >
              {PUBLIC_LOCALES[code].name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
