import { describe, expect, it } from "vitest";
import { leakIn, masked } from "../support/request-url-leaks";

// The end-to-end run's last check must be able to fail: these are the addresses a form sent as
// GET produces, next to the app's own addresses that are fine.
describe("the request-URL check of the end-to-end run", () => {
  it("finds the fields of a form that went out as GET", () => {
    expect(leakIn("http://localhost:3250/login?email=gastvrouw%40hengelo.example&password=spreekuur-demo")).toMatch(
      /"email"/,
    );
    expect(leakIn("http://localhost:3250/balie?inloop=1&displayName=E2E+Jansen&phone=0612345678&categoryId=x")).toMatch(
      /"displayName"/,
    );
    expect(leakIn("http://localhost:3250/dossiers/abc?caseId=abc&submissionId=0b0c&body=Belde+met+UWV")).toMatch(
      /"submissionId"|"body"/,
    );
    expect(leakIn("http://localhost:3250/dossiers/abc?%24ACTION_REF_1=&%24ACTION_KEY=k1")).toMatch(/\$ACTION/);
  });

  it("finds a secret typed in a test anywhere in the address", () => {
    expect(leakIn("http://localhost:3250/x/spreekuur-demo", ["spreekuur-demo"])).not.toBeNull();
    expect(leakIn("http://localhost:3250/x?q=E2E%20Zonder%20Script", ["E2E Zonder Script"])).not.toBeNull();
    expect(leakIn("http://localhost:3250/x?q=06+9876+5432", ["06 9876 5432"])).not.toBeNull();
    expect(masked("http://localhost:3250/x?pw=spreekuur-demo", ["spreekuur-demo"])).toBe(
      "http://localhost:3250/x?pw=***",
    );
  });

  it("lets the app's own addresses through", () => {
    for (const url of [
      "http://localhost:3250/balie?locatie=clx1&inloop=1",
      "http://localhost:3250/sociale-kaart?zoek=wijkteam&rechtsgebied=abc",
      "http://localhost:3250/dossiers/abc?_rsc=1x2y3",
      "http://localhost:3250/login?callbackUrl=%2Fdossiers",
      "http://localhost:3250/_next/static/chunks/app.js",
      "data:image/png;base64,AAAA",
    ]) {
      expect(leakIn(url, ["spreekuur-demo"]), url).toBeNull();
    }
  });
});
