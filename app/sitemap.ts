import { sitemapEntries } from "@/lib/public/search-engines";

// Read per request: locations are added and archived while the app runs, and the build has no database.
export const dynamic = "force-dynamic";

export default sitemapEntries;
