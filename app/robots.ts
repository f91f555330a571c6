import { robotsFile } from "@/lib/public/search-engines";

// NEXTAUTH_URL is read when asked, not baked in at build time: one build serves any address.
export const dynamic = "force-dynamic";

export default robotsFile;
