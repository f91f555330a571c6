import { z } from "zod";

// Schemas carry their own plain-Dutch messages; zod's Dutch locale is the fallback, so that no
// English validation text can ever reach a user. Import `z` from here, not from "zod".
z.config(z.locales.nl());
// In the browser, zod's compiled parsers would need eval, which the Content-Security-Policy
// forbids (its feature test alone shows up as a violation): parse without compiling there.
if (typeof window !== "undefined") z.config({ jitless: true });

export { z };
