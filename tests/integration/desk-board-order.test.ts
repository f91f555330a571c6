// Prisma builds nested relations in one joined query (relationJoins); these lists are ordered by
// a related row's field or limited to the first row, which the join strategy must keep.
import { expect, it } from "vitest";
import { listDossiers } from "@/lib/cases/queries";
import { dateColumn } from "@/lib/dates";
import { db } from "@/lib/db";
import { getTodaysDesk } from "@/lib/desk/queries";
import { createDeskLibrary, createSession, NOW } from "../support/desk-fixture";
import { actorOf, createClient, createUser } from "../support/factories";

it("lists a session's advisors by name, whatever order they were put on it", async () => {
  const library = await createDeskLibrary(`Bibliotheek ${Math.random()}`);
  const named = async (name: string) => {
    const user = await createUser(library.organisation.id, "ADVISOR");
    await db.user.update({ where: { id: user.id }, data: { name } });
    return user.id;
  };
  const ids = [await named("Zeger Zwart"), await named("Anna Aalders"), await named("Mila Mulder")];
  await db.session.delete({ where: { id: library.session.id } });
  await createSession(library.organisation.id, library.location.id, "2026-12-01", ids);
  const desk = await getTodaysDesk(library.host, { locationId: library.location.id, now: NOW });
  expect(desk.sessions[0].advisors.map((advisor) => advisor.name)).toEqual([
    "Anna Aalders",
    "Mila Mulder",
    "Zeger Zwart",
  ]);
});

it("shows each dossier's nearest open deadline, not the first one written", async () => {
  const library = await createDeskLibrary(`Bibliotheek ${Math.random()}`);
  const advisor = actorOf(await createUser(library.organisation.id, "ADVISOR"));
  const client = await createClient(library.organisation.id, "C. Termijn");
  const dossier = await db.case.create({
    data: {
      organisationId: library.organisation.id,
      clientId: client.id,
      responsibleAdvisorId: advisor.userId,
      kind: "DOSSIER",
      question: "Bezwaar tegen de aanslag.",
    },
  });
  for (const [dueOn, title, completedAt] of [
    ["2027-03-01", "later", null],
    ["2026-12-10", "al gedaan", NOW],
    ["2027-01-15", "eerstvolgende", null],
    ["2027-02-01", "daarna", null],
  ] as const) {
    await db.deadline.create({
      data: {
        organisationId: library.organisation.id,
        caseId: dossier.id,
        createdById: advisor.userId,
        kind: "OTHER",
        title,
        dueOn: dateColumn(dueOn),
        completedAt,
      },
    });
  }
  const { dossiers } = await listDossiers(advisor, {});
  expect(dossiers.find((row) => row.id === dossier.id)?.deadlines).toEqual([
    { dueOn: dateColumn("2027-01-15"), title: "eerstvolgende" },
  ]);
});
