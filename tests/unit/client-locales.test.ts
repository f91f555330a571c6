import { describe, expect, it } from "vitest";
import { CLIENT_LANGUAGES } from "@/lib/desk/schema";
import { clientLocaleFor, clientTranslator, glossaryOf, isClientLocale } from "@/lib/i18n/client-locales";

describe("the language of a printout for a client", () => {
  it("follows the client's preferred language from intake", () => {
    for (const language of ["nl", "en", "ar", "tr", "pl", "uk"])
      expect(clientLocaleFor(undefined, language)).toBe(language);
  });

  it("lets the print page override it, and falls back to Dutch for a language without texts", () => {
    expect(clientLocaleFor("tr", "ar")).toBe("tr");
    expect(clientLocaleFor("de", "pl")).toBe("pl");
    expect(clientLocaleFor(undefined, "other")).toBe("nl");
    expect(clientLocaleFor(["en"], null)).toBe("nl");
    expect(clientLocaleFor("__proto__", undefined)).toBe("nl");
  });

  it("has texts for every language the desk intake offers, except 'other'", () => {
    expect(CLIENT_LANGUAGES.filter((language) => !isClientLocale(language))).toEqual(["other"]);
  });

  it("translates the slip and explains legal words in the client's language", () => {
    expect(clientTranslator("pl", "slip")("title")).toBe("Twoja wizyta");
    expect(clientTranslator("uk", "referralNote")("forClient", { name: "Olena" })).toBe("Для: Olena");
    expect(glossaryOf("nl").terms.bezwaar.word).toBe("bezwaar");
    expect(glossaryOf("ar").terms.termijn.word).toContain("termijn");
  });
});
