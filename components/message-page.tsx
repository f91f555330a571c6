import Link from "next/link";
import { DocumentTitle } from "./document-title";

/** A full-page message (401, 403, 404): a heading, one sentence, one way on, and a title that says so. */
export function MessagePage({
  title,
  documentTitle,
  text,
  linkHref,
  linkText,
}: {
  title: string;
  documentTitle: string;
  text: string;
  linkHref: string;
  linkText: string;
}) {
  return (
    <main id="inhoud" tabIndex={-1} className="mx-auto max-w-xl px-4 py-16">
      <DocumentTitle title={documentTitle} />
      <h1 className="mb-4 text-3xl font-bold">{title}</h1>
      <p className="mb-6 text-lg">{text}</p>
      <Link href={linkHref} className="font-semibold text-brand-800 underline">
        {linkText}
      </Link>
    </main>
  );
}
