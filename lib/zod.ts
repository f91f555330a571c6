import { z } from "zod";

// Schemas carry their own plain-Dutch messages; zod's Dutch locale is the fallback, so that no
// English validation text can ever reach a user. Import `z` from here, not from "zod".
z.config(z.locales.nl());

export { z };
