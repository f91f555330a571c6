// The server actions are the doors a browser can knock on. Each must ask the session who is
// calling and hand over to a registered use case: then the authorisation matrix, which runs every
// use case as every role, covers the action too. Most are made by the factories of
// lib/server-action.ts (`export const xAction = formAction(useCase, …)`), which do both; the few
// written out must do both themselves. Read from the source, so a new action that does its own
// thing fails here.
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { isUseCase, loadUseCases, readSource, sourceFiles } from "../support/use-case-registry";

/** Actions that are deliberately not a use case, with the reason. Keep this list short. */
const NOT_A_USE_CASE: Record<string, string> = {
  "app/actions.ts#setLocaleAction":
    "the display language is a cookie, not data: anyone may choose it, logged in or not (lib/i18n/set-locale.ts)",
  "app/login/actions.ts#logInAction":
    "logging in is how a caller gets a session: authenticateWithPassword checks rate limit, lockout and password and audits (lib/auth/log-in.ts)",
  "app/login/actions.ts#logOutAction":
    "logging out only removes this browser's session cookie, whoever calls: there is nothing to authorise (lib/auth/log-out.ts)",
  "app/wachtwoord-vergeten/actions.ts#requestPasswordResetAction":
    "whoever forgot their password has no session: the link goes only to the account's own address, once in five minutes (lib/auth/request-password-reset.ts)",
  "app/spreekuur/[locatie]/afspraak/actions.ts#bookOnlineAction":
    "a client books without an account: lib/booking/book-online.ts decides what can be booked, with a trap field and a form key",
  "app/verwijzen/[linkSecret]/actions.ts#bookByPartnerLinkAction":
    "a partner's worker books without an account: the partner's link is the authorisation, until the coordinator revokes it (lib/partner-links/book-by-partner-link.ts)",
  "app/spreekuur/[locatie]/wachtlijst/actions.ts#joinWaitingListAction":
    "a client puts themselves on a waiting list without an account: lib/waiting-list/join-online.ts, with a trap field and the public form's limits",
  "app/aanbod/actions.ts#takeOfferAction":
    "the offer link mailed to a client on the waiting list is the authorisation, until the offer expires (lib/waiting-list/offers.ts)",
  "app/aanbod/actions.ts#declineOfferAction":
    "the offer link mailed to a client on the waiting list is the authorisation, until the offer expires (lib/waiting-list/offers.ts)",
  "app/afspraak/actions.ts#moveAppointmentAction":
    "the client's personal link is the authorisation, until the half hour ends (lib/booking/manage.ts)",
  "app/afspraak/actions.ts#cancelAppointmentAction":
    "the client's personal link is the authorisation, until the half hour ends (lib/booking/manage.ts)",
  "app/wachtwoord/actions.ts#setPasswordWithLinkAction":
    "the one-time link is the authorisation of someone who has no password yet: claimed once, with the password, in one transaction (lib/auth/set-password-with-link.ts)",
};

/**
 * Actions that are not a form's, with the reason. Every other action is a form action: it takes
 * (previous state, FormData), so that its form works without scripts (lib/form-state.ts).
 */
const NOT_A_FORM: Record<string, string> = {
  "app/actions.ts#setLocaleAction": "the language buttons send a locale, no form",
  "app/(staff)/balie/actions.ts#searchClientsAction":
    "the intake form's search-as-you-type, an enhancement that needs scripts anyway",
  "app/login/actions.ts#logOutAction":
    "the logout button's form sends no fields and the answer is always the login page",
};

/**
 * The factories of lib/server-action.ts, with the parameters of the action each one makes. An
 * action made by one takes the caller from the session (checked below, in the factory itself).
 */
const FACTORY_MODULE = "@/lib/server-action";
const FACTORIES: Record<string, string[]> = { formAction: ["FormState", "FormData"], scriptAction: ["unknown"] };

type Import = { module: string; name: string };
type Action = { file: string; name: string; importsUsed: Import[]; parameters: string[]; madeBy: string | null };

function hasUseServerDirective(source: ts.SourceFile): boolean {
  const first = source.statements[0];
  return (
    !!first &&
    ts.isExpressionStatement(first) &&
    ts.isStringLiteral(first.expression) &&
    first.expression.text === "use server"
  );
}

/**
 * Every export of a "use server" file, with the imports it reaches (also through helpers of the
 * same file) and, when a factory makes it, which one.
 */
function actionsOf(file: string, text = readSource(file)): Action[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const imports = new Map<string, Import>();
  const declarations = new Map<string, ts.Node>();
  const exported: string[] = [];
  const isExported = (node: ts.Node) =>
    ts.canHaveModifiers(node) && !!ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const bindings = statement.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements)
          imports.set(element.name.text, {
            module: statement.moduleSpecifier.text,
            name: (element.propertyName ?? element.name).text,
          });
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
    const initializer = ts.isVariableDeclaration(declaration) ? declaration.initializer : undefined;
    const called =
      initializer && ts.isCallExpression(initializer) && ts.isIdentifier(initializer.expression)
        ? imports.get(initializer.expression.text)
        : undefined;
    const madeBy = called?.module === FACTORY_MODULE && Object.hasOwn(FACTORIES, called.name) ? called.name : null;
    const written = ts.isFunctionDeclaration(declaration)
      ? declaration
      : initializer && (ts.isArrowFunction(initializer) || ts.isFunctionExpression(initializer))
        ? initializer
        : null;
    const parameters = madeBy
      ? FACTORIES[madeBy]
      : (written?.parameters.map((parameter) => parameter.type?.getText(source) ?? "") ?? []);
    return {
      file,
      name,
      importsUsed: [...reached].flatMap((id) => (imports.has(id) ? [imports.get(id)!] : [])),
      parameters,
      madeBy,
    };
  });
}

const appFiles = sourceFiles("app", (name) => /\.(ts|tsx)$/.test(name));
const actionFiles = appFiles.filter((file) =>
  hasUseServerDirective(ts.createSourceFile(file, readSource(file), ts.ScriptTarget.Latest, true)),
);
const actions = actionFiles.flatMap((file) => actionsOf(file));

async function moduleExport(specifier: string, name: string): Promise<unknown> {
  if (!specifier.startsWith("@/")) return undefined;
  const exports = (await import(
    /* @vite-ignore */ path.resolve(import.meta.dirname, "../..", specifier.slice(2))
  )) as Record<string, unknown>;
  return exports[name];
}

/** What is wrong with each action: no registered use case, or the caller not from the session. */
async function uncoveredOf(checked: readonly Action[], registered: ReadonlySet<unknown>): Promise<string[]> {
  const uncovered: string[] = [];
  for (const action of checked) {
    const key = `${action.file}#${action.name}`;
    if (Object.hasOwn(NOT_A_USE_CASE, key)) continue;
    const useCases: string[] = [];
    for (const used of action.importsUsed) {
      const value = await moduleExport(used.module, used.name);
      if (isUseCase(value) && registered.has(value)) useCases.push(value.spec.name);
    }
    const asksSession = action.importsUsed.some(
      (used) =>
        (used.module === "@/lib/auth/session" && used.name === "currentActor") ||
        (used.module === FACTORY_MODULE && Object.hasOwn(FACTORIES, used.name)),
    );
    if (useCases.length === 0) uncovered.push(`${key}: calls no registered use case`);
    else if (!asksSession) uncovered.push(`${key}: does not take the caller from currentActor()`);
  }
  return uncovered;
}

function notFormShaped(checked: readonly Action[]): string[] {
  return checked
    .filter((action) => !Object.hasOwn(NOT_A_FORM, `${action.file}#${action.name}`))
    .filter(
      (action) =>
        action.parameters.length !== 2 ||
        !action.parameters[0].startsWith("FormState") ||
        action.parameters[1] !== "FormData",
    )
    .map((action) => `${action.file}#${action.name}(${action.parameters.join(", ")})`);
}

describe("every server action hands over to a registered use case", () => {
  it('finds the server actions: whole files marked "use server", and no inline ones elsewhere', () => {
    expect(actionFiles).toContain("app/(staff)/balie/actions.ts");
    expect(actions.length).toBeGreaterThan(40);
    for (const file of sourceFiles("app", (name) => name === "actions.ts"))
      expect(actionFiles, `${file} lacks "use server"`).toContain(file);
    // An action defined inside a page or component would escape this test.
    const inline = appFiles.filter(
      (file) => !actionFiles.includes(file) && /["']use server["']/.test(readSource(file)),
    );
    expect(inline, 'files with an inline "use server": move the action to an actions file').toEqual([]);
  });

  it("reads the caller from the session and runs a use case in every action", async () => {
    const registered = new Set((await loadUseCases()).map((found) => found.useCase));
    expect(await uncoveredOf(actions, registered)).toEqual([]);
    const made = actions.filter((action) => action.madeBy).length;
    console.log(
      `server actions: ${actions.length} found, ${actions.length - Object.keys(NOT_A_USE_CASE).length} run a registered use case, ${made} made by lib/server-action.ts`,
    );
  }, 60_000);

  it("trusts a factory only because the factory itself reads the caller from the session", () => {
    // The factories, read like an action file: each must reach currentActor().
    const factories = actionsOf("lib/server-action.ts").filter((factory) => Object.hasOwn(FACTORIES, factory.name));
    expect(factories.map((factory) => factory.name).sort()).toEqual(Object.keys(FACTORIES).sort());
    for (const factory of factories)
      expect(factory.importsUsed, factory.name).toContainEqual({ module: "@/lib/auth/session", name: "currentActor" });
  });

  it("still catches an action that skips the use case or the session, made or written out", async () => {
    const fixture = [
      `"use server";`,
      `import { currentActor } from "@/lib/auth/session";`,
      `import { registerWalkIn } from "@/lib/desk/register-walk-in";`,
      `import { answer, formInput, type FormState } from "@/lib/form-state";`,
      `import { formAction, scriptAction } from "@/lib/server-action";`,
      `export const made = formAction(registerWalkIn, { revalidate: "/balie" });`,
      `export const madeOfNoUseCase = formAction(answer as never);`,
      `export const bare = async (_previous: FormState, form: FormData) => answer({ ok: true, value: formInput(form) }, form);`,
      `export async function withoutSession(_previous: FormState, form: FormData) { return answer(await registerWalkIn(null, formInput(form)), form); }`,
      `export async function writtenOut(_previous: FormState, form: FormData) { return answer(await registerWalkIn(await currentActor(), formInput(form)), form); }`,
      `export const forAScript = scriptAction(registerWalkIn);`,
    ].join("\n");
    const found = actionsOf("fixture/actions.ts", fixture);
    const registered = new Set((await loadUseCases()).map((useCase) => useCase.useCase));
    expect(await uncoveredOf(found, registered)).toEqual([
      "fixture/actions.ts#madeOfNoUseCase: calls no registered use case",
      "fixture/actions.ts#bare: calls no registered use case",
      "fixture/actions.ts#withoutSession: does not take the caller from currentActor()",
    ]);
    expect(notFormShaped(found)).toEqual(["fixture/actions.ts#forAScript(unknown)"]);
  }, 60_000);

  it("takes a form's fields in every form action: (previous state, FormData)", () => {
    expect(notFormShaped(actions)).toEqual([]);
  });

  it("hands the actions to components one way: a component imports its action, no page passes one", () => {
    // A page that passed actions as props would be a second convention, and the component's type
    // of the action a guess (FormAction<unknown>) where the import knows the use case's answer.
    const resolve = (from: string, specifier: string) => {
      const base = specifier.startsWith("@/")
        ? specifier.slice(2)
        : specifier.startsWith(".")
          ? path.posix.join(path.posix.dirname(from), specifier)
          : null;
      return base && [`${base}.ts`, `${base}.tsx`].find((candidate) => actionFiles.includes(candidate));
    };
    const importers = [...appFiles, ...sourceFiles("components", (name) => /\.(ts|tsx)$/.test(name))].flatMap(
      (file) => {
        const source = ts.createSourceFile(file, readSource(file), ts.ScriptTarget.Latest, true);
        return source.statements.flatMap((statement) =>
          ts.isImportDeclaration(statement) &&
          ts.isStringLiteral(statement.moduleSpecifier) &&
          resolve(file, statement.moduleSpecifier.text)
            ? [file]
            : [],
        );
      },
    );
    expect(importers.length).toBeGreaterThan(30);
    expect(importers.filter((file) => !file.startsWith("components/"))).toEqual([]);
  });

  it("keeps the lists of exceptions true: each one is an existing action", () => {
    const keys = new Set(actions.map((action) => `${action.file}#${action.name}`));
    expect(Object.keys(NOT_A_USE_CASE).filter((key) => !keys.has(key))).toEqual([]);
    expect(Object.keys(NOT_A_FORM).filter((key) => !keys.has(key))).toEqual([]);
  });
});
