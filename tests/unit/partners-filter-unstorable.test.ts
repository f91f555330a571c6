import { describe, expect, it } from "vitest";
import { socialMapFilterSchema } from "@/lib/partners/schema";

// Found by probing pages with hostile addresses: /sociale-kaart?zoek=%00 answered 500, because
// PostgreSQL cannot compare text holding a NUL byte.
describe("the social map's filter from the address bar", () => {
  it("drops a search or legal domain with a NUL byte, as any other odd value: no filter", () => {
    expect(socialMapFilterSchema.parse({ query: "wijkteam\u0000", domainId: "\u0000", type: "LAWYER" })).toEqual({
      query: undefined,
      domainId: undefined,
      type: "LAWYER",
      inLibrary: false,
      includeInactive: false,
    });
  });

  it("keeps an ordinary search", () => {
    expect(socialMapFilterSchema.parse({ query: " wijkteam hengelo " }).query).toBe("wijkteam hengelo");
  });
});
