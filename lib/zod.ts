import { z } from "zod";
import { FALLBACK_MESSAGE } from "@/lib/i18n/message-key";

// Schemas carry their own messages, as keys of messages/<locale>/refusals.json. Whatever a schema
// does not name gets a generic key, never zod's own text: that would reach a staff member in one
// language only. Import `z` from here, not from "zod".
z.config({ localeError: () => FALLBACK_MESSAGE });
// In the browser, zod's compiled parsers would need eval, which the Content-Security-Policy
// forbids (its feature test alone shows up as a violation): parse without compiling there.
if (typeof window !== "undefined") z.config({ jitless: true });

export { z };
