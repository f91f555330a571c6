import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { defineUseCase, INVALID_INPUT, UNSTORABLE_CHARACTER } from "@/lib/use-case";
import { z } from "@/lib/zod";

const advisor: Actor = {
  userId: "u1",
  organisationId: "org-a",
  roles: ["ADVISOR"],
  advisorKind: "PROFESSIONAL",
  name: "Adviseur",
  email: "a@a.example",
};

// Found by the fuzz test: PostgreSQL refuses U+0000 in text, so such input crashed in the database.
describe("defineUseCase and characters the database cannot store", () => {
  const run = vi.fn(async () => ({ ok: true as const, value: undefined }));
  const addNote = defineUseCase({
    name: "test.addNote",
    roles: ["ADVISOR"],
    input: z.object({
      caseId: z.string(),
      body: z.string(),
      tags: z.array(z.object({ label: z.string() })).default([]),
    }),
    run,
  });

  it("refuses a NUL character in any field, nested ones too, by name and before running", async () => {
    const result = await addNote(advisor, { caseId: "c1\u0000", body: "Brief", tags: [{ label: "a\u0000b" }] });
    expect(result).toEqual({
      ok: false,
      error: INVALID_INPUT,
      fieldErrors: { caseId: [UNSTORABLE_CHARACTER], "tags.0.label": [UNSTORABLE_CHARACTER] },
    });
    expect(run).not.toHaveBeenCalled();
  });

  it("lets other unusual text through unchanged", async () => {
    expect(await addNote(advisor, { caseId: "c1", body: '<script>\'; DROP TABLE "Case"; --\u200f' })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(run).toHaveBeenCalledWith(
      { ...advisor, actingAs: "ADVISOR" },
      { caseId: "c1", body: '<script>\'; DROP TABLE "Case"; --\u200f', tags: [] },
      expect.anything(),
    );
  });
});
