// A real process that writes through the app's use cases, as the server would, until it is killed.
// The fault test (tests/integration/safety-fault-sigkill.test.ts) reads its output: a line
// `ACK <kind> <id>` is printed only after the use case answered ok, that is after the commit.
//
//   DATABASE_URL=… tsx tests/support/write-load.ts [workers]
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { addCaseNote } from "@/lib/cases/add-case-note";
import { openDossier } from "@/lib/cases/open-dossier";
import { amsterdamMoment, amsterdamDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { registerWalkIn } from "@/lib/desk/register-walk-in";
import { startConversation } from "@/lib/desk/visit-transitions";
import { uploadDocument } from "@/lib/documents/upload-document";
import { logCaseTime } from "@/lib/time/log-case-time";

const ADVISORS = 2;
const SLOT_MINUTES = 1;

/** A library of its own with a session that has room for thousands of walk-ins. */
async function library() {
  const tag = randomUUID().slice(0, 8);
  const organisation = await db.organisation.create({
    data: { name: `Belasting ${tag}`, slug: `load-${tag}`, municipality: "Teststad" },
  });
  const location = await db.location.create({
    data: {
      organisationId: organisation.id,
      slug: `load-${tag}`,
      name: "Centrale",
      street: "Teststraat 1",
      postcode: "1234 AB",
      city: "Teststad",
    },
  });
  const user = async (role: "HOST" | "ADVISOR", n: number): Promise<Actor> => {
    const created = await db.user.create({
      data: {
        organisationId: organisation.id,
        email: `${role.toLowerCase()}${n}-${tag}@load.example`,
        name: `${role} ${n}`,
        roles: [role],
        advisorKind: role === "ADVISOR" ? "PROFESSIONAL" : null,
        passwordHash: "not-used",
      },
    });
    return {
      userId: created.id,
      organisationId: organisation.id,
      roles: [role],
      advisorKind: created.advisorKind,
      name: created.name,
      email: created.email,
    };
  };
  const host = await user("HOST", 0);
  const advisors = await Promise.all(Array.from({ length: ADVISORS }, (_, n) => user("ADVISOR", n + 1)));
  const now = new Date();
  const day = amsterdamDay(now);
  const session = await db.session.create({
    data: {
      organisationId: organisation.id,
      locationId: location.id,
      startsAt: amsterdamMoment(day, 0),
      endsAt: new Date(now.getTime() + 48 * 3600_000),
      advisorCapacity: ADVISORS,
    },
  });
  await db.sessionStaff.createMany({
    data: advisors.map((advisor) => ({ sessionId: session.id, advisorId: advisor.userId })),
  });
  const first = Math.ceil(now.getTime() / 60_000) * 60_000 + 60_000;
  await db.slot.createMany({
    data: advisors.flatMap((advisor) =>
      Array.from({ length: 400 }, (_, i) => ({
        organisationId: organisation.id,
        sessionId: session.id,
        advisorId: advisor.userId,
        startsAt: new Date(first + i * SLOT_MINUTES * 60_000),
        endsAt: new Date(first + (i + 1) * SLOT_MINUTES * 60_000),
      })),
    ),
  });
  const domain = await db.legalDomain.upsert({
    where: { code: "belastingrecht" },
    create: {
      code: "belastingrecht",
      nameNl: "Belastingrecht",
      nameEn: "Tax law",
      juridischLoketCategory: "BELASTINGEN",
    },
    update: {},
  });
  return { organisation, host, advisors, session, domainId: domain.id };
}

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

function ack(kind: string, id: string) {
  // On Linux a write to a pipe is synchronous: once this returns, the test can read the line.
  process.stdout.write(`ACK ${kind} ${id}\n`);
}

async function must<T>(
  what: string,
  result: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>,
): Promise<T> {
  const answer = await result;
  if (!answer.ok) throw new Error(`${what}: ${answer.error}`);
  return answer.value;
}

async function worker(place: Awaited<ReturnType<typeof library>>, advisor: Actor, n: number) {
  for (let i = 0; ; i++) {
    const { visitId } = await must(
      "walk-in",
      registerWalkIn(place.host, {
        sessionId: place.session.id,
        categoryId: place.domainId,
        referrerPartnerId: null,
        client: { newClient: { displayName: `Cliënt ${n}-${i}` } },
      }),
    );
    ack("visit", visitId);
    await must("start", startConversation(place.host, { visitId }));
    const { caseId } = await must(
      "dossier",
      openDossier(advisor, {
        visitId,
        question: `Vraag ${n}-${i}`,
        legalDomainId: place.domainId,
        consent: true,
        submissionId: randomUUID(),
      }),
    );
    ack("case", caseId);
    const { noteId } = await must(
      "note",
      addCaseNote(advisor, { caseId, body: `Notitie ${n}-${i}`, submissionId: randomUUID() }),
    );
    ack("note", noteId);
    const { documentId } = await must(
      "document",
      uploadDocument(advisor, {
        caseId,
        file: new File([new Uint8Array(PDF)], `brief-${i}.pdf`),
        submissionId: randomUUID(),
      }),
    );
    ack("document", documentId);
    const { timeEntryId } = await must(
      "time",
      logCaseTime(advisor, { caseId, minutes: 1 + (i % 60), submissionId: randomUUID() }),
    );
    ack("time", timeEntryId);
  }
}

async function main() {
  const workers = Number(process.argv[2] ?? 3);
  const place = await library();
  process.stdout.write("READY\n");
  await Promise.all(
    Array.from({ length: workers }, (_, n) => worker(place, place.advisors[n % place.advisors.length], n)),
  );
}

main().catch((error: unknown) => {
  // After the database was killed every write fails: that is expected, the test kills us next.
  process.stderr.write(`write-load stopped: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
