import Link from "next/link";

type Props = {
  label: string;
  current: string;
  languages: { code: string; name: string; href: string }[];
};

/** Links rather than a form: a client can bookmark or share the page in their language. */
export function LanguageLinks({ label, current, languages }: Props) {
  return (
    <nav aria-label={label} className="mb-6">
      <ul className="flex flex-wrap gap-2">
        {languages.map((language) => (
          <li key={language.code}>
            <Link
              href={language.href}
              lang={language.code}
              hrefLang={language.code}
              aria-current={language.code === current ? "true" : undefined}
              className="inline-block min-h-11 rounded border-2 border-brand-800 px-4 py-2 font-semibold text-brand-800 underline-offset-4 hover:underline aria-[current=true]:bg-brand-800 aria-[current=true]:text-white"
            >
              {language.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
