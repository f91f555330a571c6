// Pages stay light (docs/performance.md, "Light pages"): the browser gets the UI texts of the
// client components a page renders and no others, and no server-side library. Read from the
// source, so a new client component whose namespace is not given to its page fails here instead
// of throwing in the browser (next-intl reports a missing message at run time only).
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/lib/i18n/messages";
import { LOCALES } from "@/lib/i18n/locales";
import { sourceFiles } from "../support/use-case-registry";
import { browserModules, clientBoundaries, readModule } from "../support/module-graph";

const ROUTE_FILE = /^(page|layout|template|error|global-error|not-found|forbidden|unauthorized|loading|default)\.tsx$/;
const routeFiles = sourceFiles("app", (name) => ROUTE_FILE.test(name));

/** The browser modules of what a route file renders: itself if it is a client component, else the client components it reaches. */
function readBrowserCode(routeFile: string) {
  const entries = readModule(routeFile).directive === "use client" ? [routeFile] : clientBoundaries(routeFile);
  return entries.flatMap((entry) => browserModules(entry));
}

// Read once while the file loads: parsing every module of the app takes seconds on a busy machine.
const browserCode = new Map(routeFiles.map((file) => [file, readBrowserCode(file)]));
const browserCodeOf = (routeFile: string) => browserCode.get(routeFile)!;

function namespacesUsedBy(routeFile: string): string[] {
  return [...new Set(browserCodeOf(routeFile).flatMap((module) => module.translationNamespaces))].sort();
}

/**
 * The ClientTexts a route file's client components read from: its own, else that of the nearest
 * layout around it. A layout's own output sits inside its own ClientTexts, not its children's.
 */
function providerOf(routeFile: string): string | undefined {
  if (readModule(routeFile).clientTexts) return routeFile;
  let dir = path.posix.dirname(routeFile);
  if (path.posix.basename(routeFile) === "layout.tsx") dir = path.posix.dirname(dir);
  for (; dir === "app" || dir.startsWith("app/"); dir = path.posix.dirname(dir)) {
    const layout = `${dir}/layout.tsx`;
    if (existsSync(layout) && readModule(layout).clientTexts) return layout;
  }
  return undefined;
}

describe("client texts", () => {
  it("finds the client components through the modules between (a sanity check of the reading)", () => {
    // caseForms comes in through components/cases/legal-domain-select.tsx, which has no directive of its own.
    expect(namespacesUsedBy("app/(staff)/dossiers/[caseId]/page.tsx")).toEqual(
      expect.arrayContaining(["caseForms", "documents", "referrals"]),
    );
    expect(namespacesUsedBy("app/(staff)/balie/page.tsx")).toEqual(["deskClock", "intake", "visitActions"]);
    expect(namespacesUsedBy("app/error.tsx")).toEqual(["app", "errorPage"]);
  });

  it("every useTranslations in browser code names its namespace", () => {
    const unnamed = routeFiles.flatMap((file) =>
      browserCodeOf(file)
        .filter((module) => module.translationNamespaces.includes("*"))
        .map((module) => module.file),
    );
    expect([...new Set(unnamed)]).toEqual([]);
  });

  it("each page and layout gets the namespaces its client components use, and only those", () => {
    const covered = new Map<string, Set<string>>();
    const missing: string[] = [];
    for (const file of routeFiles) {
      const used = namespacesUsedBy(file);
      const provider = providerOf(file);
      const provided = provider ? readModule(provider).clientTexts! : [];
      missing.push(
        ...used
          .filter((namespace) => !provided.includes(namespace))
          .map((namespace) => `${file}: "${namespace}" (from ${provider ?? "no ClientTexts"})`),
      );
      if (provider) covered.set(provider, new Set([...(covered.get(provider) ?? []), ...used]));
    }
    expect(missing).toEqual([]);
    const unused = [...covered].flatMap(([provider, used]) =>
      readModule(provider)
        .clientTexts!.filter((namespace) => !used.has(namespace))
        .map((namespace) => `${provider}: "${namespace}"`),
    );
    expect(unused).toEqual([]);
  });

  it("only pages and layouts render ClientTexts, with namespaces that exist", async () => {
    const renderers = ["app", "components"]
      .flatMap((dir) => sourceFiles(dir, (name) => name.endsWith(".tsx")))
      .filter((file) => readModule(file).clientTexts);
    expect(renderers.filter((file) => !file.startsWith("app/") || !/\/(page|layout)\.tsx$/.test(file))).toEqual([]);
    for (const locale of LOCALES) {
      const messages = await loadMessages(locale);
      const unknown = renderers.flatMap((file) =>
        readModule(file)
          .clientTexts!.filter((namespace) => !Object.hasOwn(messages, namespace))
          .map((namespace) => `${file}: ${namespace}`),
      );
      expect(unknown, locale).toEqual([]);
    }
  });
});

describe("browser code", () => {
  it("imports no validation or database code: the schemas' constants live in files of their own", () => {
    const serverOnly = routeFiles.flatMap((file) =>
      browserCodeOf(file)
        .filter(
          (module) =>
            ["lib/zod.ts", "lib/db.ts"].includes(module.file) ||
            module.packages.some((name) => name === "zod" || name.startsWith("@prisma/") || name === "pg"),
        )
        .map((module) => `${file} → ${module.file}`),
    );
    expect([...new Set(serverOnly)]).toEqual([]);
  });
});
