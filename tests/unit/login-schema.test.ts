import { describe, expect, it } from "vitest";
import { loginSchema } from "@/lib/auth/schema";

const firstMessage = (input: unknown) => {
  const result = loginSchema.safeParse(input);
  return result.success ? null : result.error.issues[0].message;
};

describe("loginSchema", () => {
  it("asks for the e-mail address and password in Dutch when they are empty or missing", () => {
    expect(firstMessage({ email: "", password: "x" })).toBe("refusals.auth.emailRequired");
    expect(firstMessage({ email: "   ", password: "x" })).toBe("refusals.auth.emailRequired");
    expect(firstMessage({ password: "x" })).toBe("refusals.auth.emailRequired");
    expect(firstMessage({ email: "a@b.example", password: "" })).toBe("refusals.auth.passwordRequired");
  });

  it("refuses a 10 kB string with a clear message", () => {
    expect(firstMessage({ email: "a".repeat(10_240), password: "x" })).toBe("refusals.auth.emailTooLong");
    expect(firstMessage({ email: "a@b.example", password: "p".repeat(10_240) })).toBe("refusals.auth.passwordTooLong");
  });

  it("refuses what is not an e-mail address", () => {
    expect(firstMessage({ email: "gastvrouw", password: "x" })).toBe("refusals.auth.emailInvalid");
  });

  it("normalises the e-mail address to lower case without spaces", () => {
    expect(loginSchema.parse({ email: "  Adviseur@Hengelo.Example ", password: "x" }).email).toBe(
      "adviseur@hengelo.example",
    );
  });
});
