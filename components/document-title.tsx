"use client";

import { useEffect } from "react";

/**
 * The page title of a special page (404, 403, the error boundary). Next.js gives these no metadata
 * of their own, so they would keep the app's bare name or, worse, the title of the page that
 * refused; a screen reader announces the title first, so it must say what happened.
 */
export function DocumentTitle({ title }: { title: string }) {
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}
