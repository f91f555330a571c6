import { verify } from "@node-rs/argon2";
import { describe, expect, it } from "vitest";
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from "@/lib/auth/password";
import {
  assertAcceptablePassword,
  newPasswordSchema,
  PASSWORD_MESSAGES,
  passwordProblem,
} from "@/lib/auth/password-policy";

const email = "adviseur@hengelo.example";

describe("password policy", () => {
  it.each([
    ["a sentence of words", "fiets in de regen naar huis"],
    ["the demo password", "spreekuur-demo"],
    ["accents and emoji", "één kopje thee ☕ graag"],
    ["exactly 12 characters", "tulp-gras-17"],
  ])("accepts %s", (_label, password) => {
    expect(passwordProblem(password, email)).toBeNull();
  });

  it.each([
    ["empty", "", PASSWORD_MESSAGES.required],
    ["11 characters", "tulp-gras-1", PASSWORD_MESSAGES.tooShort],
    ["201 characters", "x1y2z".repeat(40) + "q", PASSWORD_MESSAGES.tooLong],
    ["a well-known password", "Wachtwoord123", PASSWORD_MESSAGES.common],
    ["a well-known password with punctuation and a year", "Wacht-woord 2026", PASSWORD_MESSAGES.common],
    ["a well-known password with digits added", "welkomwelkom777", PASSWORD_MESSAGES.common],
    ["the e-mail address", "Adviseur@Hengelo.example", PASSWORD_MESSAGES.email],
    ["the name in the e-mail address plus a bit", "adviseur-2026-abc", PASSWORD_MESSAGES.email],
    ["one character repeated", "zzzzzzzzzzzzzz", PASSWORD_MESSAGES.repetitive],
    ["two characters repeated", "abababababababab", PASSWORD_MESSAGES.repetitive],
  ])("refuses %s with a Dutch reason", (_label, password, message) => {
    expect(passwordProblem(password, email)).toBe(message);
  });

  it("counts characters as a person does: four emoji are four characters, not eight", () => {
    expect(passwordProblem("🐈🐕🐇🐢🦊🦉🐝🐞🦋🐌🐙🦀", email)).toBeNull();
    expect(passwordProblem("🐈🐕🐇🐢🦊🦉", email)).toBe(PASSWORD_MESSAGES.tooShort);
  });

  it("is a zod schema for every form that sets a password", () => {
    const result = newPasswordSchema.safeParse({ email, password: "kort" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ["password"],
      message: "refusals.password.tooShort",
      params: { min: 12 },
    });
    expect(newPasswordSchema.safeParse({ email, password: "fiets in de regen naar huis" }).success).toBe(true);
  });

  it("stops a script from storing a weak password", () => {
    expect(() => assertAcceptablePassword("welkom123456", email)).toThrow(/password policy/);
    expect(() => assertAcceptablePassword("spreekuur-demo", email)).not.toThrow();
  });

  it(`requires at least ${MIN_PASSWORD_LENGTH} characters`, () => {
    expect(MIN_PASSWORD_LENGTH).toBe(12);
  });
});

describe("password hashing", () => {
  it("uses argon2id with 19 MiB of memory, 2 passes and 1 lane (OWASP's minimum), salted", async () => {
    const hash = await hashPassword("fiets in de regen naar huis");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(await hashPassword("fiets in de regen naar huis")).not.toBe(hash);
    expect(await verify(hash, "fiets in de regen naar huis")).toBe(true);
  });

  it("verifies the right password only, and treats a damaged hash as a wrong password", async () => {
    const hash = await hashPassword("fiets in de regen naar huis");
    expect(await verifyPassword(hash, "fiets in de regen naar huis")).toBe(true);
    expect(await verifyPassword(hash, "fiets in de regen naar hui")).toBe(false);
    expect(await verifyPassword("not-a-hash", "whatever")).toBe(false);
  });
});
