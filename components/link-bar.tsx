import Link from "next/link";

type Props = {
  label: string;
  /** `key` where two links may point to the same page (one week back from next week is this week). */
  links: { key?: string; href: string; text: string; current?: boolean }[];
};

/** A row of links (locations, weeks); the page they point to is marked for screen readers too. Not on paper. */
export function LinkBar({ label, links }: Props) {
  return (
    <nav aria-label={label} className="mb-4 print:hidden">
      <ul className="flex flex-wrap gap-2">
        {links.map((link) => (
          <li key={link.key ?? link.href}>
            <Link
              href={link.href}
              aria-current={link.current ? "page" : undefined}
              className="block rounded border border-brand-700 px-3 py-2 font-medium text-brand-800 hover:bg-brand-50 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
            >
              {link.text}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
