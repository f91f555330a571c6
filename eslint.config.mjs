import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  prettier,
  globalIgnores([
    ".next/**",
    ".data/**",
    "lib/generated/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
  ]),
  {
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "zod", message: 'Import { z } from "@/lib/zod": it sets the Dutch messages.' }] },
      ],
    },
  },
  {
    files: ["lib/zod.ts", "tests/**"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    // Only lib/ talks to the database: pages, components and actions call lib/<feature>.
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "zod", message: 'Import { z } from "@/lib/zod": it sets the Dutch messages.' }],
          patterns: [
            {
              group: ["@/lib/generated/prisma/client", "@/lib/db", "@prisma/*"],
              message: "Only lib/ touches Prisma; call a lib/<feature> function.",
            },
          ],
        },
      ],
    },
  },
]);
