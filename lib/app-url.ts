/**
 * Where the app is reached from a person's own device (NEXTAUTH_URL): a link in a mail or a chat
 * must open it, and search engines want every address in the sitemap and hreflang links whole.
 */
export function appUrl(): string {
  return process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
}

/** A path of the app as a whole address. */
export function absoluteUrl(path: string): string {
  return new URL(path, appUrl()).toString();
}
