/** One titled part of the public page: a landmark named by its own heading. */
export function PublicSection({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="mb-3 text-2xl font-bold text-brand-900 sm:text-3xl">
        {title}
      </h2>
      {children}
    </section>
  );
}
