import { describe, expect, it } from "vitest";
import { isValidIban, passesElevenTest, personalDataIn } from "@/lib/signals/personal-data";

const gerda = { displayName: "Gerda van der Nijenhuis", phone: "06-12345678", email: "g.nijenhuis@example.nl" };

describe("personal data in a signal's words", () => {
  it("passes a description of the problem alone", () => {
    expect(
      personalDataIn(
        "De brief van het CAK noemt een bedrag van € 1.234 maar niet hoe het is berekend; kenmerk 2026-0012.",
        [gerda],
      ),
    ).toEqual([]);
  });

  it("finds a linked client's name, in any case and without accents, but not the particles of it", () => {
    expect(personalDataIn("mevrouw NIJENHUIS kreeg twee brieven", [gerda])).toEqual(["name"]);
    expect(personalDataIn("Gérda belde drie keer", [gerda])).toEqual(["name"]);
    expect(personalDataIn("de brief van de gemeente", [gerda])).toEqual([]);
  });

  it("finds the client's phone however it is typed, and their e-mail address", () => {
    expect(personalDataIn("bel 06 1234 5678", [gerda])).toEqual(["phone"]);
    expect(personalDataIn("bel +31612345678", [gerda])).toEqual(["phone"]);
    expect(personalDataIn("mail g.nijenhuis@example.nl", [{ ...gerda, displayName: "Mevrouw G." }])).toEqual(["email"]);
  });

  it("finds a nine-digit number that passes the eleven-test, whoever's it is, and not one that fails it", () => {
    expect(passesElevenTest("111222333")).toBe(true);
    expect(passesElevenTest("123456789")).toBe(false);
    expect(personalDataIn("BSN 111 222 333 staat op de brief", [])).toEqual(["bsn"]);
    expect(personalDataIn("nummer 123456789", [])).toEqual([]);
    // Nine digits inside a longer reference are not a BSN.
    expect(personalDataIn("kenmerk 91112223334", [])).toEqual([]);
  });

  it("finds an IBAN by its check digits, with or without spaces", () => {
    expect(isValidIban("NL91ABNA0417164300")).toBe(true);
    expect(isValidIban("NL92ABNA0417164300")).toBe(false);
    expect(personalDataIn("betaal naar NL91 ABNA 0417 1643 00 graag", [])).toEqual(["iban"]);
    expect(personalDataIn("betaal naar NL92 ABNA 0417 1643 00 graag", [])).toEqual([]);
  });
});

describe("personal data in a signal's words, the harder cases", () => {
  const client = { displayName: "A. Jansen-van der Meer", phone: null, email: null };

  it("finds a part of a double name, and the possessive, but not an everyday word in lower case", () => {
    expect(personalDataIn("Mevrouw Jansen kreeg de brief", [client])).toEqual(["name"]);
    expect(personalDataIn("Jansens brief was onduidelijk", [client])).toEqual(["name"]);
    expect(personalDataIn("het duurde meer dan twee weken", [client])).toEqual([]);
    expect(personalDataIn("Mevrouw Meer belde", [client])).toEqual(["name"]);
  });

  it("finds a short name only with a capital", () => {
    const li = { displayName: "Li Wei", phone: null, email: null };
    expect(personalDataIn("Mevrouw Li kreeg geen antwoord", [li])).toEqual(["name"]);
    expect(personalDataIn("wie li zegt", [li])).toEqual([]);
  });

  it("takes no date followed by a number for a BSN, and finds one in groups", () => {
    expect(personalDataIn("Op 12-03-2024 1 keer gebeld, op 01-02-2025 3 keer", [])).toEqual([]);
    expect(personalDataIn("BSN 111.222.333", [])).toEqual(["bsn"]);
    expect(personalDataIn("BSN 1112-22-333", [])).toEqual(["bsn"]);
  });

  it("finds a Belgian IBAN followed by a word", () => {
    expect(personalDataIn("stort op BE68 5390 0754 7034 naar de deurwaarder", [])).toEqual(["iban"]);
    expect(personalDataIn("stort op BE68539007547034 naar de deurwaarder", [])).toEqual(["iban"]);
  });
});
