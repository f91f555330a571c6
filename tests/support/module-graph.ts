// The app's own import graph, read from the source with the TypeScript parser: which modules a
// route file reaches on the server, where the "use client" boundaries are, and what the browser
// code under them imports and translates. Packages (node_modules) are leaves.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const ROOT = path.resolve(import.meta.dirname, "../..");
const EXTENSIONS = [".ts", ".tsx", "/index.ts", "/index.tsx"];

export type SourceModule = {
  /** Relative to the project root, with forward slashes. */
  file: string;
  directive: "use client" | "use server" | undefined;
  /** The app's own modules imported for their values (type-only imports are erased by the compiler). */
  imports: string[];
  /** Package and JSON imports, as written. */
  packages: string[];
  /** The namespaces of useTranslations("…") calls; "*" for a call without a literal namespace. */
  translationNamespaces: string[];
  /** The namespaces of <ClientTexts namespaces={[…]}>, if the module renders one. */
  clientTexts: string[] | undefined;
};

const cache = new Map<string, SourceModule>();

function resolveImport(specifier: string, from: string): string | undefined {
  const base = specifier.startsWith("@/")
    ? path.join(ROOT, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(path.join(ROOT, from)), specifier)
      : undefined;
  if (!base) return undefined;
  for (const candidate of [base, ...EXTENSIONS.map((extension) => base + extension)]) {
    if (/\.(tsx?)$/.test(candidate) && existsSync(candidate))
      return path.relative(ROOT, candidate).split(path.sep).join("/");
  }
  return undefined;
}

function stringElements(node: ts.Expression): string[] {
  return ts.isArrayLiteralExpression(node)
    ? node.elements.flatMap((element) => (ts.isStringLiteralLike(element) ? [element.text] : ["*"]))
    : ["*"];
}

export function readModule(file: string): SourceModule {
  const cached = cache.get(file);
  if (cached) return cached;
  const source = ts.createSourceFile(
    file,
    readFileSync(path.join(ROOT, file), "utf8"),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const first = source.statements[0];
  const directive =
    first &&
    ts.isExpressionStatement(first) &&
    ts.isStringLiteral(first.expression) &&
    (first.expression.text === "use client" || first.expression.text === "use server")
      ? first.expression.text
      : undefined;
  const parsed: SourceModule = {
    file,
    directive,
    imports: [],
    packages: [],
    translationNamespaces: [],
    clientTexts: undefined,
  };

  const addImport = (specifier: string) => {
    const resolved = resolveImport(specifier, file);
    if (resolved) parsed.imports.push(resolved);
    else parsed.packages.push(specifier);
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        clause &&
        (clause.isTypeOnly ||
          (!clause.name &&
            clause.namedBindings &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.every((element) => element.isTypeOnly)));
      if (!typeOnly) addImport(node.moduleSpecifier.text);
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier) &&
      !node.isTypeOnly
    ) {
      addImport(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node)) {
      if (
        node.expression.kind === ts.SyntaxKind.ImportKeyword &&
        node.arguments[0] &&
        ts.isStringLiteralLike(node.arguments[0])
      )
        addImport(node.arguments[0].text);
      if (ts.isIdentifier(node.expression) && node.expression.text === "useTranslations") {
        const [namespace] = node.arguments;
        parsed.translationNamespaces.push(
          namespace && ts.isStringLiteralLike(namespace) ? namespace.text.split(".")[0] : "*",
        );
      }
    } else if (
      (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) &&
      ts.isIdentifier(node.tagName) &&
      node.tagName.text === "ClientTexts"
    ) {
      const attribute = node.attributes.properties.find(
        (property) =>
          ts.isJsxAttribute(property) && ts.isIdentifier(property.name) && property.name.text === "namespaces",
      );
      const value =
        attribute && ts.isJsxAttribute(attribute) && attribute.initializer && ts.isJsxExpression(attribute.initializer)
          ? attribute.initializer.expression
          : undefined;
      parsed.clientTexts = [...(parsed.clientTexts ?? []), ...(value ? stringElements(value) : ["*"])];
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  cache.set(file, parsed);
  return parsed;
}

/**
 * Every module the browser loads because of `entry` (a "use client" module): its own imports,
 * followed through the app's modules. A "use server" module is left out: the browser gets a
 * reference to call, not its code.
 */
export function browserModules(entry: string): SourceModule[] {
  const seen = new Map<string, SourceModule>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    const parsed = readModule(file);
    if (parsed.directive === "use server") return;
    seen.set(file, parsed);
    parsed.imports.forEach(walk);
  };
  walk(entry);
  return [...seen.values()];
}

/** The "use client" modules a server module renders, found through its server-side imports. */
export function clientBoundaries(entry: string): string[] {
  const seen = new Set<string>();
  const boundaries = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const parsed = readModule(file);
    if (parsed.directive === "use client") boundaries.add(file);
    else if (parsed.directive !== "use server") parsed.imports.forEach(walk);
  };
  walk(entry);
  return [...boundaries].sort();
}
