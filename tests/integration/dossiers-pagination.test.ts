// "My dossiers" grows over the years (issue 8): it shows pages of MY_DOSSIERS_PAGE_SIZE, newest
// first, each dossier on exactly one page, and the agenda stays within the advisor's library.
import { beforeEach, describe, expect, it } from "vitest";
import { getAdvisorAgenda, listDossiers, MY_DOSSIERS_PAGE_SIZE } from "@/lib/cases/queries";
import { dateColumn } from "@/lib/dates";
import { db } from "@/lib/db";
import { actorOf, createClient, createOrganisation, createUser } from "../support/factories";

let advisor: ReturnType<typeof actorOf>;
let other: ReturnType<typeof actorOf>;

async function dossiers(owner: ReturnType<typeof actorOf>, count: number) {
  const client = await createClient(owner.organisationId);
  const base = Date.UTC(2026, 0, 1);
  await db.case.createMany({
    data: Array.from({ length: count }, (_, index) => ({
      organisationId: owner.organisationId,
      clientId: client.id,
      responsibleAdvisorId: owner.userId,
      kind: "DOSSIER" as const,
      // Pairs share an opening moment: the order must still be total.
      openedAt: new Date(base + Math.floor(index / 2) * 3_600_000),
    })),
  });
}

beforeEach(async () => {
  const { organisation } = await createOrganisation();
  advisor = actorOf(await createUser(organisation.id, "ADVISOR", { advisorKind: "PROFESSIONAL" }));
  const { organisation: elsewhere } = await createOrganisation();
  other = actorOf(await createUser(elsewhere.id, "ADVISOR", { advisorKind: "PROFESSIONAL" }));
});

describe("my dossiers, page by page", () => {
  it("shows every dossier exactly once over the pages, newest first", async () => {
    const count = MY_DOSSIERS_PAGE_SIZE * 2 + 7;
    await dossiers(advisor, count);
    const first = await listDossiers(advisor, {});
    expect(first).toMatchObject({ total: count, pages: 3 });
    expect(first.filter.page).toBe(1);
    const seen: string[] = [];
    for (let page = 1; page <= 3; page++) {
      const { dossiers: rows } = await listDossiers(advisor, { page: String(page) });
      expect(rows.length).toBe(page < 3 ? MY_DOSSIERS_PAGE_SIZE : 7);
      seen.push(...rows.map((row) => row.id));
      const opened = rows.map((row) => row.openedAt.getTime());
      expect(opened).toEqual([...opened].sort((a, b) => b - a));
    }
    expect(new Set(seen).size).toBe(count);
  });

  it("falls back to the first page for a page number that is not one", async () => {
    await dossiers(advisor, 3);
    for (const page of ["0", "-1", "twee", "1.5"]) expect((await listDossiers(advisor, { page })).filter.page).toBe(1);
    expect((await listDossiers(advisor, { page: "9" })).dossiers).toEqual([]);
  });

  it("never lists another library's dossiers or deadlines", async () => {
    await dossiers(other, 4);
    const theirs = await db.case.findFirstOrThrow({ where: { organisationId: other.organisationId } });
    await db.deadline.create({
      data: {
        organisationId: other.organisationId,
        caseId: theirs.id,
        kind: "OTHER",
        title: "Termijn",
        dueOn: dateColumn("2026-01-02"),
        createdById: other.userId,
      },
    });
    expect((await listDossiers(advisor, {})).total).toBe(0);
    expect((await getAdvisorAgenda(advisor, new Date("2026-01-01T10:00:00Z"))).deadlines).toEqual([]);
    expect((await getAdvisorAgenda(other, new Date("2026-01-01T10:00:00Z"))).deadlines).toHaveLength(1);
  });
});
