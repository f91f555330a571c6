import { describe, expect, it, vi } from "vitest";
import { formatCache } from "@/lib/i18n/format-cache";
import { getTranslations } from "@/lib/i18n/server";

const MESSAGES = {
  nl: { desk: { waiting: "{name} wacht al {minutes} minuten" } },
  en: { desk: { waiting: "{name} has been waiting for {minutes} minutes" } },
};
vi.mock("next-intl/server", () => ({
  getLocale: async () => "nl",
  getMessages: async ({ locale }: { locale: "nl" | "en" }) => MESSAGES[locale],
}));

const parsed = () => Object.keys(formatCache.message).length;

describe("messages parsed once per process", () => {
  it("a message one request parsed is not parsed again by the next, in its own language", async () => {
    const before = parsed();
    const first = await getTranslations("desk");
    expect(first("waiting", { name: "Fatima", minutes: 5 })).toBe("Fatima wacht al 5 minuten");
    expect(parsed()).toBe(before + 1);

    const next = await getTranslations({ locale: "nl", namespace: "desk" });
    expect(next("waiting", { name: "Jan", minutes: 12 })).toBe("Jan wacht al 12 minuten");
    expect(parsed()).toBe(before + 1);

    const english = await getTranslations({ locale: "en", namespace: "desk" });
    expect(english("waiting", { name: "Jan", minutes: 12 })).toBe("Jan has been waiting for 12 minutes");
    expect(parsed()).toBe(before + 2);
  });
});
