"use client";

import { useLayoutEffect } from "react";

/**
 * The page title of a special page (404, 403, the error boundary). Next.js gives these no metadata
 * of their own, so they would keep the app's bare name or, worse, the title of the page that
 * refused; a screen reader announces the title first, so it must say what happened. The app's
 * metadata may stream in after this page has mounted, so the title is kept while the page shows.
 * A layout effect, so the watch has stopped before the next page puts in its own title.
 */
export function DocumentTitle({ title }: { title: string }) {
  useLayoutEffect(() => {
    const keep = () => {
      if (document.title !== title) document.title = title;
    };
    keep();
    const observer = new MutationObserver(keep);
    observer.observe(document.head, { subtree: true, childList: true, characterData: true });
    return () => observer.disconnect();
  }, [title]);
  return null;
}
