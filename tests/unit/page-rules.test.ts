import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { NOTE_CASE_CLOSED, NOTE_NOT_YOURS, noteEditRefusal } from "@/lib/cases/edit-case-note";
import { isOverdue } from "@/lib/deadlines/overdue";

// Rules the dossier pages show and the use cases enforce: one function each, in lib/.

describe("isOverdue", () => {
  const due = { dueOn: new Date("2026-12-31T00:00:00Z"), completedAt: null };

  it("is not overdue on its last day, in Amsterdam, until that day ends", () => {
    expect(isOverdue(due, new Date("2026-12-31T22:59:00Z"))).toBe(false);
    expect(isOverdue(due, new Date("2026-12-31T23:00:00Z"))).toBe(true);
  });

  it("is never overdue once done", () => {
    expect(isOverdue({ ...due, completedAt: new Date("2026-12-20T10:00:00Z") }, new Date("2027-02-01T10:00:00Z"))).toBe(
      false,
    );
  });
});

describe("noteEditRefusal", () => {
  const volunteer: Actor = {
    userId: "vol",
    organisationId: "org",
    roles: ["ADVISOR"],
    advisorKind: "VOLUNTEER",
    name: "V",
    email: "v@x.example",
  };
  const supervisor: Actor = { ...volunteer, userId: "pro", advisorKind: "PROFESSIONAL" };
  const colleague: Actor = { ...volunteer, userId: "other" };
  const note = { authorId: "vol", author: { supervisorId: "pro" }, case: { status: "OPEN" as const } };

  it("lets the writer and their supervisor change a note of an open dossier, nobody else", () => {
    expect(noteEditRefusal(volunteer, note)).toBeNull();
    expect(noteEditRefusal(supervisor, note)).toBeNull();
    expect(noteEditRefusal(colleague, note)).toBe(NOTE_NOT_YOURS);
  });

  it("keeps the notes of a closed dossier as they are", () => {
    expect(noteEditRefusal(volunteer, { ...note, case: { status: "CLOSED" } })).toBe(NOTE_CASE_CLOSED);
  });
});
