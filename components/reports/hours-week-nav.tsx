import Link from "next/link";

type Props = {
  label: string;
  links: { key: string; href: string; text: string; current?: boolean }[];
};

/**
 * Week before, this week, week after. Keyed by role rather than address: one week back from next
 * week is this week, so two links can point to the same page.
 */
export function HoursWeekNav({ label, links }: Props) {
  return (
    <nav aria-label={label} className="mb-4 print:hidden">
      <ul className="flex flex-wrap gap-2">
        {links.map((link) => (
          <li key={link.key}>
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
