import { describe, expect, it } from "vitest";
import { letterBlocks, letterText } from "@/lib/letters/blocks";
import { composeLetter, composeLetterText } from "@/lib/letters/compose";
import { letterSchema } from "@/lib/letters/schema";

const sender = {
  caseId: "case-1",
  clientName: "Meryem Yilmaz",
  clientStreet: "Enschedesestraat 12",
  clientPostcodeTown: "7551ab Hengelo",
  place: "Hengelo",
  letterDate: "2026-12-01",
};

const objection = (extra: Record<string, unknown> = {}) =>
  letterSchema.parse({
    kind: "OBJECTION",
    ...sender,
    authorityName: "Belastingdienst/Toeslagen",
    authorityDepartment: "afdeling Bezwaar",
    authorityStreet: "Postbus 8000",
    authorityPostcodeTown: "7500 AB Enschede",
    decisionDate: "2026-11-03",
    decisionReference: "ZT-2025-00123",
    subject: "Terugvordering zorgtoeslag 2025",
    grounds: "Mijn inkomen in 2025 was lager dan u denkt.\n\nIk heb de wijziging op 4 maart 2025 doorgegeven.",
    attachments: ["Kopie van het besluit"],
    ...extra,
  });

const complaint = (extra: Record<string, unknown> = {}) =>
  letterSchema.parse({
    kind: "COMPLAINT",
    ...sender,
    authorityName: "Gemeente Hengelo",
    authorityStreet: "Postbus 18",
    authorityPostcodeTown: "7550 AA Hengelo",
    subject: "De manier waarop ik aan de telefoon ben behandeld",
    incidentDate: "2026-11-12",
    incidentWho: "Een medewerker van de afdeling Inkomen",
    grounds: "De medewerker werd boos en hing op toen ik vroeg naar mijn aanvraag.",
    wishes: "Ik wil graag excuses en een gesprek over mijn aanvraag.",
    ...extra,
  });

/** What no letter may contain: a missing value printed as text, or a template placeholder left over. */
function expectNoPlaceholders(text: string) {
  expect(text).not.toMatch(/undefined|null|NaN|\[object|\{|\}|\[[^\]]*\]|<|>/);
  expect(text).not.toMatch(/ {2}|^ | $/m);
  // A word that needs a value, followed by nothing: "kenmerk ,", "gebeurde op .", "Betreft:".
  expect(text).not.toMatch(/\b(kenmerk|over|op|om|van|aan|Betreft:)\s*([.,:]|$)/m);
  expect(text).not.toMatch(/\n{3}/);
}

describe("an objection letter (Awb art. 6:5)", () => {
  const text = composeLetterText(objection());

  it("has the name and address of the client, the date and the authority that decided", () => {
    expect(text.startsWith("Meryem Yilmaz\nEnschedesestraat 12\n7551 AB Hengelo\n\n")).toBe(true);
    expect(text).toContain("Belastingdienst/Toeslagen\nt.a.v. afdeling Bezwaar\nPostbus 8000\n7500 AB Enschede");
    expect(text).toContain("\n\nHengelo, 1 december 2026\n\n");
  });

  it("describes the decision with its date and kenmerk, titled and with a Betreft line", () => {
    expect(text).toContain(
      "\n\nBezwaarschrift\n\nBetreft: bezwaar tegen uw besluit van 3 november 2026, kenmerk ZT-2025-00123\n\nGeachte heer, mevrouw,\n\n",
    );
    expect(text).toContain(
      "Hierbij maak ik bezwaar tegen uw besluit van 3 november 2026 met kenmerk ZT-2025-00123. Het besluit gaat over terugvordering zorgtoeslag 2025.",
    );
  });

  it("has the grounds as the advisor wrote them, a request and the signature of the client", () => {
    expect(text).toContain(
      "Dit zijn mijn redenen:\n\nMijn inkomen in 2025 was lager dan u denkt.\n\nIk heb de wijziging op 4 maart 2025 doorgegeven.\n\n",
    );
    expect(text).toContain("Ik vraag u daarom mijn bezwaar gegrond te verklaren en uw besluit te herroepen.");
    expect(text).toMatch(/\n\nMet vriendelijke groet,\n\nMeryem Yilmaz\n\nBijlage: Kopie van het besluit$/);
  });

  it("asks to be heard and for costs only when the client wants that", () => {
    expect(text).not.toContain("hoorzitting");
    expect(text).not.toContain("7:15");
    const asking = composeLetterText(
      objection({ requestHearing: true, requestCosts: true, wishes: "Ik vraag u de terugvordering stop te zetten." }),
    );
    expect(asking).toContain("Ik wil mijn bezwaar graag mondeling toelichten op een hoorzitting.");
    expect(asking).toContain(
      "vraag ik u de kosten te vergoeden die ik voor mijn bezwaar heb gemaakt (artikel 7:15 van de Algemene wet bestuursrecht).",
    );
    expect(asking).toContain("herroepen.\n\nIk vraag u de terugvordering stop te zetten.");
  });

  it("names the decision by its subject when it has no kenmerk, and lists several attachments", () => {
    const without = composeLetterText(
      objection({
        decisionReference: "",
        authorityDepartment: "",
        subject: "UWV-uitkering stopgezet.",
        attachments: ["Kopie van het besluit", "Loonstrook oktober 2026"],
      }),
    );
    expect(without).toContain("Betreft: bezwaar tegen uw besluit van 3 november 2026 over UWV-uitkering stopgezet\n");
    expect(without).toContain(
      "Hierbij maak ik bezwaar tegen uw besluit van 3 november 2026. Het besluit gaat over UWV-uitkering stopgezet.\n",
    );
    expect(without).toContain("Belastingdienst/Toeslagen\nPostbus 8000");
    expect(without).toMatch(/Bijlagen:\n- Kopie van het besluit\n- Loonstrook oktober 2026$/);
    expectNoPlaceholders(without);
  });

  it("leaves no placeholder, empty value or stray space, with and without the optional parts", () => {
    expectNoPlaceholders(text);
    expectNoPlaceholders(
      composeLetterText(
        objection({ decisionReference: undefined, attachments: [], requestHearing: true, requestCosts: true }),
      ),
    );
  });
});

describe("a complaint letter (Awb art. 9:4)", () => {
  const text = composeLetterText(complaint());

  it("names the authority, the conduct (what, when, who), why, and what the client wants", () => {
    expect(text).toContain("Gemeente Hengelo\nPostbus 18\n7550 AA Hengelo");
    expect(text).toContain(
      "\n\nKlachtenbrief\n\nBetreft: klacht over de manier waarop ik aan de telefoon ben behandeld\n\n",
    );
    expect(text).toContain(
      "Hierbij dien ik een klacht in over de manier waarop ik aan de telefoon ben behandeld. Dit gebeurde op 12 november 2026. Het gaat om een medewerker van de afdeling Inkomen.",
    );
    expect(text).toContain(
      "Dit is er gebeurd en daarom ben ik ontevreden:\n\nDe medewerker werd boos en hing op toen ik vroeg naar mijn aanvraag.",
    );
    expect(text).toContain("Ik vraag u het volgende:\n\nIk wil graag excuses en een gesprek over mijn aanvraag.");
    expect(text).toMatch(/\n\nMet vriendelijke groet,\n\nMeryem Yilmaz$/);
    expectNoPlaceholders(text);
  });

  it("leaves out when and who when they are not known, and offers a conversation when asked", () => {
    const minimal = composeLetterText(complaint({ incidentDate: "", incidentWho: "", requestHearing: true }));
    expect(minimal).toContain(
      "Hierbij dien ik een klacht in over de manier waarop ik aan de telefoon ben behandeld.\n\n",
    );
    expect(minimal).not.toContain("Dit gebeurde");
    expect(minimal).toContain("Ik wil mijn klacht graag in een gesprek toelichten.");
    expectNoPlaceholders(minimal);
  });
});

describe("dates in a letter", () => {
  it("are written the Dutch way, on the calendar day given, whatever the season", () => {
    expect(composeLetterText(objection({ letterDate: "2026-03-30", decisionDate: "2026-03-01" }))).toContain(
      "Hengelo, 30 maart 2026\n",
    );
    expect(composeLetterText(objection({ letterDate: "2026-03-30", decisionDate: "2026-03-01" }))).toContain(
      "besluit van 1 maart 2026,",
    );
    expect(composeLetterText(objection({ letterDate: "2026-10-25", decisionDate: "2026-10-25" }))).toContain(
      "Hengelo, 25 oktober 2026\n",
    );
  });
});

describe("the letter as blocks", () => {
  it("reads back from its own text exactly: the editor and the .docx see the same letter", () => {
    for (const input of [objection({ requestHearing: true }), complaint()])
      expect(letterBlocks(letterText(composeLetter(input)))).toEqual(composeLetter(input));
  });

  it("marks the title, the Betreft line and the closing, also after editing", () => {
    const blocks = letterBlocks(
      "Piet\r\nStraat 1\r\n\r\n\r\n\r\n  \r\nbezwaarschrift\n\nBetreft : bezwaar\n\nTekst\nmet twee regels   \n\nHoogachtend,\n\nPiet\n",
    );
    expect(blocks).toEqual([
      { kind: "text", lines: ["Piet", "Straat 1"] },
      { kind: "title", lines: ["bezwaarschrift"] },
      { kind: "subject", lines: ["Betreft : bezwaar"] },
      { kind: "text", lines: ["Tekst", "met twee regels"] },
      { kind: "closing", lines: ["Hoogachtend,"] },
      { kind: "text", lines: ["Piet"] },
    ]);
  });

  it("has no blocks for an empty text", () => {
    expect(letterBlocks(" \n\n \n")).toEqual([]);
  });
});

describe("the five letters beside objection and complaint", () => {
  const addressed = {
    ...sender,
    authorityName: "CAK",
    authorityStreet: "Postbus 84030",
    authorityPostcodeTown: "2508 AA Den Haag",
  };
  const letter = (kind: string, extra: Record<string, unknown>) =>
    composeLetterText(letterSchema.parse({ kind, ...addressed, ...extra }));

  it("a pro-forma objection lodges the objection in time and asks a term for the grounds (Awb art. 6:6)", () => {
    const text = letter("PRO_FORMA_OBJECTION", {
      decisionDate: "2026-10-21",
      decisionReference: "CAK-778",
      subject: "Naheffing eigen bijdrage Wmo",
      requestCosts: true,
    });
    expect(text).toContain("Betreft: bezwaar tegen uw besluit van 21 oktober 2026, kenmerk CAK-778");
    expect(text).toContain("Hierbij maak ik bezwaar tegen uw besluit van 21 oktober 2026 met kenmerk CAK-778.");
    expect(text).toContain("artikel 6:6 van de Algemene wet bestuursrecht");
    expect(text).toContain("artikel 7:15 van de Algemene wet bestuursrecht");
    expect(text).not.toContain("Dit zijn mijn redenen");
    expectNoPlaceholders(text);
  });

  it("a payment arrangement offers an amount a month, and asks to stop collection when chosen", () => {
    const text = letter("PAYMENT_ARRANGEMENT", {
      reference: "INC-2026-55",
      subject: "De energierekening van 2025",
      monthlyAmount: "45,50",
      grounds: "Na de huur en de zorgverzekering heb ik bijna niets meer.",
      requestSuspension: true,
    });
    expect(text).toContain("Betreft: verzoek om een betalingsregeling, kenmerk INC-2026-55");
    expect(text).toContain("betalingsachterstand voor de energierekening van 2025.");
    // Intl keeps the euro sign and the amount together with a no-break space.
    expect(text).toContain("in delen van €\u00a045,50 per maand");
    expect(text).toContain("de incasso stil te zetten");
    expectNoPlaceholders(text);
    expect(() => letterSchema.parse({ kind: "PAYMENT_ARRANGEMENT", ...addressed, subject: "x", grounds: "y" })).toThrow(
      /monthlyAmountRequired/,
    );
    expect(() =>
      letterSchema.parse({
        kind: "PAYMENT_ARRANGEMENT",
        ...addressed,
        subject: "x",
        grounds: "y",
        monthlyAmount: "veel",
      }),
    ).toThrow(/amountFormat/);
  });

  it("a recalculation of the beslagvrije voet names the law and asks for the new calculation", () => {
    const text = letter("GARNISHMENT_RECALCULATION", {
      subject: "Mijn uitkering van de gemeente",
      grounds: "Mijn huur is sinds 1 juli € 85 hoger.",
    });
    expect(text).toContain("Betreft: herberekening van de beslagvrije voet");
    expect(text).toContain("U heeft beslag gelegd op mijn uitkering van de gemeente.");
    expect(text).toContain("Wet vereenvoudiging beslagvrije voet");
    expectNoPlaceholders(text);
  });

  it("a term extension names the term, the day it ends and the day asked for", () => {
    const text = letter("TERM_EXTENSION", {
      subject: "Het opsturen van mijn bankafschriften",
      currentDueDate: "2026-12-08",
      requestedDate: "2026-12-22",
      grounds: "Mijn bank stuurt de afschriften per post; dat duurt twee weken.",
    });
    expect(text).toContain("uiterlijk 8 december 2026 te zorgen voor het opsturen van mijn bankafschriften.");
    expect(text).toContain("uitstel te geven tot en met 22 december 2026.");
    expectNoPlaceholders(text);
  });

  it("bijzondere bijstand cites the Participatiewet and the amount when it is known", () => {
    const withAmount = letter("SPECIAL_ASSISTANCE", {
      subject: "Een nieuwe koelkast",
      amount: "€ 399,-",
      grounds: "Mijn koelkast is kapot en ik heb insuline die koel moet blijven.",
    });
    expect(withAmount).toContain("Hierbij vraag ik bijzondere bijstand aan voor een nieuwe koelkast (€\u00a0399,00).");
    expect(withAmount).toContain("artikel 35 van de Participatiewet");
    expectNoPlaceholders(withAmount);
    expect(withAmount).toContain("komen door bijzondere omstandigheden");
    const without = letter("SPECIAL_ASSISTANCE", { subject: "Een nieuwe koelkast", grounds: "Kapot." });
    expect(without).toContain("bijstand aan voor een nieuwe koelkast.");
  });

  it("opens each with its title, which the layout finds back in the text", () => {
    const titles = [
      letter("PRO_FORMA_OBJECTION", { decisionDate: "2026-10-21", subject: "Eigen bijdrage" }),
      letter("PAYMENT_ARRANGEMENT", { subject: "De huur", monthlyAmount: "40", grounds: "Te weinig inkomen." }),
      letter("GARNISHMENT_RECALCULATION", { subject: "Mijn loon", grounds: "Hogere huur." }),
      letter("TERM_EXTENSION", {
        subject: "Gegevens",
        currentDueDate: "2026-12-08",
        requestedDate: "2026-12-22",
        grounds: "Ziek.",
      }),
      letter("SPECIAL_ASSISTANCE", { subject: "Een bril", grounds: "Kapot." }),
    ].map((text) =>
      letterBlocks(text)
        .filter((block) => block.kind === "title")
        .map((block) => block.lines[0]),
    );
    expect(titles).toEqual([
      ["Bezwaarschrift"],
      ["Verzoek om een betalingsregeling"],
      ["Verzoek om herberekening van de beslagvrije voet"],
      ["Verzoek om uitstel"],
      ["Aanvraag bijzondere bijstand"],
    ]);
  });
});
