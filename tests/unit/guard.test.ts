import fs from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { z } from "@/lib/zod";
import type { Actor } from "@/lib/auth/actor";
import { AccessDenied, checkRole, requireRole, scopedToOrganisation } from "@/lib/auth/guard";
import { defineUseCase, INVALID_INPUT, UNEXPECTED_ERROR } from "@/lib/use-case";

const host: Actor = {
  userId: "u1",
  organisationId: "org-a",
  roles: ["HOST"],
  advisorKind: null,
  name: "Gastvrouw",
  email: "g@a.example",
};
const advisor: Actor = { ...host, userId: "u2", roles: ["ADVISOR"], advisorKind: "PROFESSIONAL" };

describe("checkRole / requireRole", () => {
  it("refuses an anonymous caller as unauthenticated", () => {
    expect(checkRole(null, ["HOST"])).toBe("UNAUTHENTICATED");
    expect(() => requireRole(null, ["HOST"])).toThrow(AccessDenied);
  });

  it("refuses a logged-in caller with another role as forbidden", () => {
    expect(checkRole(host, ["ADVISOR"])).toBe("FORBIDDEN");
    expect(() => requireRole(host, ["ADVISOR", "COORDINATOR"])).toThrow("refusals.auth.forbidden");
  });

  it("lets a caller with one of the roles through", () => {
    expect(checkRole(advisor, ["HOST", "ADVISOR"])).toBeNull();
    expect(requireRole(advisor, ["ADVISOR"])).toEqual({ ...advisor, actingAs: "ADVISOR" });
  });

  it("lets a person with several roles through on any of them, acting as the first the rule names", () => {
    const advisingCoordinator: Actor = { ...advisor, roles: ["ADVISOR", "COORDINATOR"] };
    expect(checkRole(advisingCoordinator, ["COORDINATOR"])).toBeNull();
    expect(checkRole(advisingCoordinator, ["ADVISOR"])).toBeNull();
    expect(checkRole(advisingCoordinator, ["HOST", "ADMIN"])).toBe("FORBIDDEN");
    expect(requireRole(advisingCoordinator, ["COORDINATOR", "ADVISOR"]).actingAs).toBe("COORDINATOR");
    expect(requireRole(advisingCoordinator, ["HOST", "ADVISOR"]).actingAs).toBe("ADVISOR");
  });

  it("scopes every query to the caller's own organisation", () => {
    expect(scopedToOrganisation(host)).toEqual({ organisationId: "org-a" });
  });
});

describe("defineUseCase", () => {
  const run = vi.fn(async (_actor: Actor, input: { minutes: number }) => ({
    ok: true as const,
    value: input.minutes * 2,
  }));
  const double = defineUseCase({
    name: "test.double",
    roles: ["ADVISOR"],
    input: z.object({
      minutes: z.number({ error: "refusals.time.minutesRequired" }).int().positive("Minuten moeten meer dan 0 zijn."),
    }),
    run,
  });

  it("refuses before parsing or running when the caller is not logged in", async () => {
    run.mockClear();
    expect(await double(null, { minutes: 3 })).toEqual({
      ok: false,
      error: "refusals.auth.unauthenticated",
    });
    expect(run).not.toHaveBeenCalled();
  });

  it("refuses a wrong role without running", async () => {
    run.mockClear();
    expect(await double(host, { minutes: 3 })).toEqual({ ok: false, error: "refusals.auth.forbidden" });
    expect(run).not.toHaveBeenCalled();
  });

  it("answers bad input with Dutch messages per field and does not run", async () => {
    run.mockClear();
    const result = await double(advisor, { minutes: -5 });
    expect(result).toEqual({
      ok: false,
      error: INVALID_INPUT,
      fieldErrors: { minutes: ["Minuten moeten meer dan 0 zijn."] },
    });
    expect(await double(advisor, "x".repeat(10_000))).toMatchObject({ ok: false, error: INVALID_INPUT });
    expect(run).not.toHaveBeenCalled();
  });

  it("runs with the parsed input for an allowed caller", async () => {
    expect(await double(advisor, { minutes: 15 })).toEqual({ ok: true, value: 30 });
  });

  it("turns an unexpected failure into a Dutch message instead of throwing", async () => {
    const failing = defineUseCase({
      name: "test.failing",
      roles: ["ADVISOR"],
      input: z.object({}),
      run: async () => {
        throw new Error("connection refused");
      },
    });
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await failing(advisor, {})).toEqual({ ok: false, error: UNEXPECTED_ERROR });
    spy.mockRestore();
  });

  it("keeps its specification for the authorisation matrix", () => {
    expect(double.spec.name).toBe("test.double");
    expect(double.spec.roles).toEqual(["ADVISOR"]);
  });
});

describe("the role rules live in lib/auth/policy.ts", () => {
  const ROOT = path.resolve(import.meta.dirname, "../..");
  const sources = (dir: string): string[] =>
    fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
      const relative = path.join(dir, entry.name);
      if (entry.isDirectory()) return relative === path.join("lib", "generated") ? [] : sources(relative);
      return /\.tsx?$/.test(entry.name) ? [relative] : [];
    });
  // A role list written where it is used: `roles: ["ADMIN"]`, `requireRole(actor, ["ADMIN"])`, `const X_ROLES = [`.
  const INLINE_RULE = /(?:roles:\s*\[|require(?:Page)?Role\([^)]*\[\s*"|_ROLES\s*=\s*\[|_ONLY\s*=\s*\[)/;

  it("no use case, query or page writes its own list of roles", () => {
    const inline = ["lib", "app", "components"]
      .flatMap(sources)
      .filter(
        (file) =>
          file !== path.join("lib", "auth", "policy.ts") &&
          INLINE_RULE.test(fs.readFileSync(path.join(ROOT, file), "utf8")),
      );
    expect(inline).toEqual([]);
  });

  it("the check finds a rule written in place", () => {
    expect(INLINE_RULE.test('defineUseCase({ name: "x", roles: ["ADMIN"], input })')).toBe(true);
    expect(INLINE_RULE.test('const admin = requireRole(actor, ["ADMIN"]);')).toBe(true);
    expect(INLINE_RULE.test("const admin = requireRole(actor, ADMIN_ROLES);")).toBe(false);
  });
});
