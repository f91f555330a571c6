/** The frame of the public pages for clients: no login and no staff shell, large type on a plain white page. */
export function PublicMain({ children }: { children: React.ReactNode }) {
  return (
    <main id="inhoud" tabIndex={-1} className="mx-auto w-full max-w-2xl px-4 py-8 text-lg leading-relaxed sm:text-xl">
      {children}
    </main>
  );
}
