// The server log gets the kind of a failure and where it happened, never its text: a mail server's
// refusal names the recipient, and the log outlives every retention rule of the app.
import { afterEach, describe, expect, it, vi } from "vitest";
import { errorCodeOf, logError } from "@/lib/log-error";

const logged = () =>
  vi
    .mocked(console.error)
    .mock.calls.map((call) => call.join(" "))
    .join("\n");

afterEach(() => vi.restoreAllMocks());

describe("logError", () => {
  it("writes what failed, the code, the class and the frames, not the text", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    // As nodemailer rejects a recipient: the address in the message, the reply code beside it.
    const refused = Object.assign(
      new Error("Can't send mail - all recipients were rejected: 550 5.1.1 <jan.jansen@example.nl>: unknown"),
      { responseCode: 550, response: "550 5.1.1 <jan.jansen@example.nl>: unknown", code: "EENVELOPE" },
    );
    logError("[auth.password_reset] the reset mail was not sent", refused);
    const line = logged();
    expect(line).toContain("[auth.password_reset] the reset mail was not sent (smtp_550 Error)");
    expect(line).toMatch(/\n\s+at .*log-error\.test\.ts/);
    expect(line).not.toContain("jan.jansen");
    expect(line).not.toContain("recipients were rejected");
  });

  it("leaves out a text of several lines, and what is thrown that is not an Error", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    class QueryFailed extends Error {
      code = "23505";
    }
    logError("[cases.openCase]", new QueryFailed("duplicate key\nDETAIL: Key (name)=(Jan Jansen) exists."));
    logError("[cases.openCase]", "Jan Jansen");
    const line = logged();
    expect(line).toContain("[cases.openCase] (23505 QueryFailed)");
    expect(line).toContain("[cases.openCase] (error)");
    expect(line).not.toContain("Jan Jansen");
  });
});

describe("errorCodeOf", () => {
  it("keeps codes only, never free text", () => {
    expect(errorCodeOf({ responseCode: 421 })).toBe("smtp_421");
    expect(errorCodeOf({ code: "ECONNREFUSED" })).toBe("ECONNREFUSED");
    expect(errorCodeOf({ code: "P2002" })).toBe("P2002");
    expect(errorCodeOf({ code: "jan@example.nl" })).toBe("error");
    expect(errorCodeOf(null)).toBe("error");
  });
});
