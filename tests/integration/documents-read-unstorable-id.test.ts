import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { readDocument } from "@/lib/documents/read-document";
import { createWorld, newDossier, type World } from "../support/use-case-world";

// Found by tests/e2e/authorisation-routes.spec.ts: /dossiers/x%00y/documenten/%00 answered 500,
// because PostgreSQL cannot compare or store a NUL byte.
describe("reading a document by an address with a NUL byte", () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld();
  });

  it("is 'not found' for an advisor, and the refused look is audited without the NUL byte", async () => {
    const { volunteer } = world.a.actors;
    const dossier = await newDossier(world);
    expect(await readDocument(volunteer, { caseId: `${dossier.id}\u0000`, documentId: "doc\u0000ument" })).toBeNull();
    const audited = await db.auditEvent.findFirstOrThrow({
      where: { actorId: volunteer.userId, action: "document.read_refused" },
      orderBy: { id: "desc" },
    });
    expect(audited).toMatchObject({ entityId: "document", details: { caseId: dossier.id } });
  });
});
