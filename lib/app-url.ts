/**
 * Where the app is reached from a person's own device (NEXTAUTH_URL): a link in a mail or a chat
 * must open it, and search engines want every address in the sitemap and hreflang links whole. An
 * empty or unusable setting counts as unset, so that a typo cannot break every page.
 */
export function appUrl(): string {
  const configured = process.env.NEXTAUTH_URL?.trim();
  if (configured && URL.canParse(configured)) return configured;
  return `http://localhost:${process.env.PORT ?? 3000}`;
}

/** A path of the app as a whole address. */
export function absoluteUrl(path: string): string {
  return new URL(path, appUrl()).toString();
}
