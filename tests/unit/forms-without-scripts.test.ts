// Issue 15: every form works before and without its scripts. A <form> with only an onSubmit is
// sent by the browser as GET when its script has not loaded yet, with its fields in the address
// (server logs, history, Referer). Read from the source with the TypeScript parser, so a form whose
// tag spans lines is found too: each must say where it goes (`action`, `method`) or be a
// server-action form of useFormAction (`{...form.props}`, which carries `action`).
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { readSource, sourceFiles } from "../support/use-case-registry";

type FoundForm = { where: string; attributes: string[]; spreads: string[] };

function formsIn(file: string): FoundForm[] {
  const source = ts.createSourceFile(file, readSource(file), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: FoundForm[] = [];
  const visit = (node: ts.Node) => {
    const tag = ts.isJsxElement(node) ? node.openingElement : ts.isJsxSelfClosingElement(node) ? node : null;
    if (tag && tag.tagName.getText(source) === "form") {
      const properties = tag.attributes.properties;
      found.push({
        where: `${file}:${source.getLineAndCharacterOfPosition(tag.getStart(source)).line + 1}`,
        attributes: properties.filter(ts.isJsxAttribute).map((attribute) => attribute.name.getText(source)),
        spreads: properties.filter(ts.isJsxSpreadAttribute).map((spread) => spread.expression.getText(source)),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const forms = [
  ...sourceFiles("components", (name) => name.endsWith(".tsx")),
  ...sourceFiles("app", (name) => name.endsWith(".tsx")),
].flatMap(formsIn);

describe("every form works before and without its scripts", () => {
  it("finds the forms", () => {
    expect(forms.length).toBeGreaterThan(40);
  });

  it("gives every form a destination: a server action (useFormAction) or an explicit action or method", () => {
    const serverActionForm = (form: FoundForm) => form.spreads.some((spread) => /\.props$/.test(spread));
    const withoutDestination = forms.filter(
      (form) => !serverActionForm(form) && !form.attributes.includes("action") && !form.attributes.includes("method"),
    );
    expect(withoutDestination.map((form) => form.where)).toEqual([]);
  });

  it("leaves the submit of a server-action form to useFormAction", () => {
    // An onSubmit of its own would replace the hook's, which sends the form with scripts.
    const ownSubmit = forms.filter(
      (form) => form.spreads.some((spread) => /\.props$/.test(spread)) && form.attributes.includes("onSubmit"),
    );
    expect(ownSubmit.map((form) => form.where)).toEqual([]);
  });
});
