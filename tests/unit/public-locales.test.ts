import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BOOKING_REFUSALS, BOOKING_TOPICS } from "@/lib/booking/schema";
import { PUBLIC_LOCALE_CODES, PUBLIC_LOCALES, parsePublicLocale, publicTranslator } from "@/lib/public/locales";
import { locationCalendarPath, locationPagePath } from "@/lib/public/paths";

describe("the languages of the public page", () => {
  it("reads ?taal= and falls back to Dutch for anything it does not know", () => {
    expect(parsePublicLocale("en")).toBe("en");
    expect(parsePublicLocale("nl")).toBe("nl");
    for (const code of ["ar", "tr", "pl", "uk"]) expect(parsePublicLocale(code)).toBe(code);
    for (const value of [undefined, "", "EN", "de", "toString", "__proto__", ["en"], 1])
      expect(parsePublicLocale(value)).toBe("nl");
  });

  it("translates in the language asked for, not the staff language", () => {
    expect(publicTranslator("nl")("heading")).toBe("Spreekuur: gratis hulp bij brieven en regels");
    expect(publicTranslator("en")("heading")).toBe("Consultation hour: free help with letters and rules");
    expect(publicTranslator("tr")("heading")).toBe("Danışma saati: mektuplar ve kurallar için ücretsiz yardım");
    expect(publicTranslator("ar")("when.hour", { weekday: "الثلاثاء", start: "10:00", end: "12:00" })).toBe(
      "كل يوم الثلاثاء، من الساعة 10:00 إلى الساعة 12:00",
    );
  });

  it("lays Arabic out right to left and the others left to right", () => {
    expect(PUBLIC_LOCALE_CODES.filter((code) => PUBLIC_LOCALES[code].dir === "rtl")).toEqual(["ar"]);
  });

  it("has a message file with the same keys for every public language", () => {
    const keys = (value: object, prefix = ""): string[] =>
      Object.entries(value).flatMap(([key, child]) =>
        key === "_meta" ? [] : typeof child === "object" ? keys(child, `${prefix}${key}.`) : [`${prefix}${key}`],
      );
    const read = (code: string) =>
      JSON.parse(fs.readFileSync(path.join(process.cwd(), "messages", code, "public.json"), "utf8"));
    const dutch = keys(read("nl")).sort();
    for (const code of PUBLIC_LOCALE_CODES) expect(keys(read(code)).sort()).toEqual(dutch);
  });

  it("keeps Dutch URLs bare and puts other languages in ?taal=", () => {
    expect(locationPagePath("hengelo-centrale")).toBe("/spreekuur/hengelo-centrale");
    expect(locationPagePath("hengelo-centrale", "en")).toBe("/spreekuur/hengelo-centrale?taal=en");
    expect(locationCalendarPath("hengelo-centrale", "nl")).toBe("/spreekuur/hengelo-centrale/agenda.ics");
    expect(locationCalendarPath("hengelo-centrale", "en")).toBe("/spreekuur/hengelo-centrale/agenda.ics?taal=en");
  });
});

describe("the texts of online booking", () => {
  it("name every topic of the taxonomy in plain words, in every client language, each its own", () => {
    for (const locale of PUBLIC_LOCALE_CODES) {
      const messages = PUBLIC_LOCALES[locale].messages.public.booking.topics as Record<string, string>;
      expect(Object.keys(messages).sort(), locale).toEqual([...BOOKING_TOPICS].sort());
      expect(new Set(Object.values(messages)).size, locale).toBe(BOOKING_TOPICS.length);
    }
  });

  it("have a text for every refusal in every client language", () => {
    for (const locale of PUBLIC_LOCALE_CODES) {
      const refusals = PUBLIC_LOCALES[locale].messages.public.booking.refusals as Record<string, string>;
      expect(Object.keys(refusals).sort(), locale).toEqual([...BOOKING_REFUSALS].sort());
    }
  });
});
