// The server actions are the doors a browser can knock on. Each must be a thin wrapper that asks
// the session who is calling and hands over to a registered use case: then the authorisation
// matrix, which runs every use case as every role, covers the action too. Read from the source,
// so a new action that does its own thing fails here.
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { isUseCase, loadUseCases, readSource, sourceFiles } from "../support/use-case-registry";

/** Actions that are deliberately not a use case, with the reason. Keep this list short. */
const NOT_A_USE_CASE: Record<string, string> = {
  "app/actions.ts#setLocaleAction": "the display language is a cookie, not data: anyone may choose it, logged in or not (lib/i18n/set-locale.ts)",
  "app/login/actions.ts#logInAction": "logging in is how a caller gets a session: authenticateWithPassword checks rate limit, lockout and password and audits (lib/auth/log-in.ts)",
};

/**
 * Actions that are not a form's, with the reason. Every other action is a form action: it takes
 * (previous state, FormData), so that its form works without scripts (lib/form-state.ts).
 */
const NOT_A_FORM: Record<string, string> = {
  "app/actions.ts#setLocaleAction": "the language buttons send a locale, no form",
  "app/(staff)/balie/actions.ts#searchClientsAction": "the intake form's search-as-you-type, an enhancement that needs scripts anyway",
};

type Action = { file: string; name: string; importsUsed: { module: string; name: string }[]; parameters: string[] };

function hasUseServerDirective(source: ts.SourceFile): boolean {
  const first = source.statements[0];
  return !!first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === "use server";
}

/** Every exported function of a "use server" file, with the imports it reaches (also through helpers of the same file). */
function actionsOf(file: string): Action[] {
  const source = ts.createSourceFile(file, readSource(file), ts.ScriptTarget.Latest, true);
  const imports = new Map<string, { module: string; name: string }>();
  const declarations = new Map<string, ts.Node>();
  const exported: string[] = [];
  const isExported = (node: ts.Node) => ts.canHaveModifiers(node) && !!ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const bindings = statement.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) imports.set(element.name.text, { module: statement.moduleSpecifier.text, name: (element.propertyName ?? element.name).text });
      }
    } else if (ts.isFunctionDeclaration(statement) && statement.name) {
      declarations.set(statement.name.text, statement);
      if (isExported(statement)) exported.push(statement.name.text);
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name)) continue;
        declarations.set(declaration.name.text, declaration);
        if (isExported(statement)) exported.push(declaration.name.text);
      }
    }
  }

  return exported.map((name) => {
    const reached = new Set<string>();
    const visit = (node: ts.Node) => {
      if (ts.isIdentifier(node) && !reached.has(node.text) && (imports.has(node.text) || declarations.has(node.text))) {
        reached.add(node.text);
        const declaration = declarations.get(node.text);
        if (declaration) ts.forEachChild(declaration, visit);
      }
      ts.forEachChild(node, visit);
    };
    const declaration = declarations.get(name)!;
    ts.forEachChild(declaration, visit);
    const parameters = ts.isFunctionDeclaration(declaration) ? declaration.parameters.map((parameter) => parameter.type?.getText(source) ?? "") : [];
    return { file, name, importsUsed: [...reached].flatMap((id) => (imports.has(id) ? [imports.get(id)!] : [])), parameters };
  });
}

const appFiles = sourceFiles("app", (name) => /\.(ts|tsx)$/.test(name));
const actionFiles = appFiles.filter((file) => hasUseServerDirective(ts.createSourceFile(file, readSource(file), ts.ScriptTarget.Latest, true)));
const actions = actionFiles.flatMap(actionsOf);

async function moduleExport(specifier: string, name: string): Promise<unknown> {
  if (!specifier.startsWith("@/")) return undefined;
  const exports = (await import(/* @vite-ignore */ path.resolve(import.meta.dirname, "../..", specifier.slice(2)))) as Record<string, unknown>;
  return exports[name];
}

describe("every server action hands over to a registered use case", () => {
  it("finds the server actions: whole files marked \"use server\", and no inline ones elsewhere", () => {
    expect(actionFiles).toContain("app/(staff)/balie/actions.ts");
    expect(actions.length).toBeGreaterThan(40);
    for (const file of sourceFiles("app", (name) => name === "actions.ts")) expect(actionFiles, `${file} lacks "use server"`).toContain(file);
    // An action defined inside a page or component would escape this test.
    const inline = appFiles.filter((file) => !actionFiles.includes(file) && /["']use server["']/.test(readSource(file)));
    expect(inline, "files with an inline \"use server\": move the action to an actions file").toEqual([]);
  });

  it("reads the caller from the session and runs a use case in every action", async () => {
    const registered = new Set((await loadUseCases()).map((found) => found.useCase));
    const uncovered: string[] = [];
    for (const action of actions) {
      const key = `${action.file}#${action.name}`;
      if (Object.hasOwn(NOT_A_USE_CASE, key)) continue;
      const useCases: string[] = [];
      for (const used of action.importsUsed) {
        const value = await moduleExport(used.module, used.name);
        if (isUseCase(value) && registered.has(value)) useCases.push(value.spec.name);
      }
      const asksSession = action.importsUsed.some((used) => used.module === "@/lib/auth/session" && used.name === "currentActor");
      if (useCases.length === 0) uncovered.push(`${key}: calls no registered use case`);
      else if (!asksSession) uncovered.push(`${key}: does not take the caller from currentActor()`);
    }
    expect(uncovered).toEqual([]);
    console.log(`server actions: ${actions.length} found, ${actions.length - Object.keys(NOT_A_USE_CASE).length} run a registered use case`);
  }, 60_000);

  it("takes a form's fields in every form action: (previous state, FormData)", () => {
    const notFormShaped = actions
      .filter((action) => !Object.hasOwn(NOT_A_FORM, `${action.file}#${action.name}`))
      .filter((action) => action.parameters.length !== 2 || !action.parameters[0].startsWith("FormState") || action.parameters[1] !== "FormData")
      .map((action) => `${action.file}#${action.name}(${action.parameters.join(", ")})`);
    expect(notFormShaped).toEqual([]);
  });

  it("keeps the lists of exceptions true: each one is an existing action", () => {
    const keys = new Set(actions.map((action) => `${action.file}#${action.name}`));
    expect(Object.keys(NOT_A_USE_CASE).filter((key) => !keys.has(key))).toEqual([]);
    expect(Object.keys(NOT_A_FORM).filter((key) => !keys.has(key))).toEqual([]);
  });
});
