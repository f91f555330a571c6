import type { Actor } from "@/lib/auth/actor";
import { requireRole, scopedToOrganisation } from "@/lib/auth/guard";
import { addCalendarDays, amsterdamDay, dateColumn } from "@/lib/dates";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { z } from "@/lib/zod";
import { recordAudit } from "@/lib/audit";
import { auditCaseList, auditCaseRead, OPEN_DOSSIER, readableCases, rememberReadableCase } from "./access";
import { activeLegalDomainTree, activeTopLegalDomains } from "@/lib/legal-domains/queries";
import { recordIdFromUrl } from "@/lib/record-id";
import { clock } from "@/lib/clock";
import { CASE_ROLES } from "@/lib/auth/policy";

export const MY_DOSSIERS_PAGE_SIZE = 50;

const dossierFilterSchema = z.object({
  status: z.enum(["OPEN", "WAITING_FOR_THIRD_PARTY", "CLOSED", "ACTIVE"]).catch("ACTIVE"),
  domain: z.string().trim().max(40).optional().catch(undefined),
  query: z.string().trim().max(100).optional().catch(undefined),
  /** "mine": where I am responsible; "all": also supervised and shared dossiers. */
  scope: z.enum(["mine", "all"]).catch("all"),
  /** Pages of MY_DOSSIERS_PAGE_SIZE, newest first: a busy advisor's list grows over the years. */
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

/**
 * The advisor's home: the dossiers they may read (their own, their volunteers', shared ones),
 * filtered, with the next deadline, the last contact and the open aftercare at a glance.
 * Filters come from the URL, so bad values fall back to the defaults instead of failing.
 */
export async function listDossiers(actor: Actor | null, rawFilter: unknown = {}) {
  const where = readableCases(actor);
  const advisor = actor as Actor;
  const filter = dossierFilterSchema.parse(rawFilter ?? {});
  const conditions: Prisma.CaseWhereInput[] = [where, { kind: "DOSSIER" }];
  conditions.push(filter.status === "ACTIVE" ? { status: { not: "CLOSED" } } : { status: filter.status });
  if (filter.scope === "mine") conditions.push({ responsibleAdvisorId: advisor.userId });
  if (filter.domain)
    conditions.push({
      legalDomains: { some: { OR: [{ legalDomainId: filter.domain }, { legalDomain: { parentId: filter.domain } }] } },
    });
  if (filter.query) conditions.push({ client: { displayName: { contains: filter.query, mode: "insensitive" } } });
  const filtered = { AND: conditions };

  const [total, page] = await Promise.all([
    db.case.count({ where: filtered }),
    db.case.findMany({
      where: filtered,
      // The id breaks ties, so a dossier never shows on two pages or on none.
      orderBy: [{ openedAt: "desc" }, { id: "asc" }],
      skip: (filter.page - 1) * MY_DOSSIERS_PAGE_SIZE,
      take: MY_DOSSIERS_PAGE_SIZE,
      select: {
        id: true,
        status: true,
        openedAt: true,
        client: { select: { displayName: true } },
        responsibleAdvisor: { select: { id: true, name: true, advisorKind: true } },
        legalDomains: { where: { primary: true }, select: { legalDomain: { select: { nameNl: true, nameEn: true } } } },
        deadlines: {
          where: { completedAt: null },
          orderBy: { dueOn: "asc" },
          take: 1,
          select: { dueOn: true, title: true },
        },
        visits: { orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true } },
      },
    }),
  ]);
  // Counted for this page's dossiers only: Prisma's _count with a filter grouped every open task in
  // the country before joining (EXPLAIN on the scale data set, docs/performance.md).
  const open = await db.aftercareTask.groupBy({
    by: ["caseId"],
    where: {
      organisationId: advisor.organisationId,
      status: "OPEN",
      caseId: { in: page.map((dossier) => dossier.id) },
    },
    _count: { _all: true },
  });
  const openTasks = new Map(open.map((row) => [row.caseId, row._count._all]));
  const dossiers = page.map((dossier) => ({ ...dossier, _count: { aftercareTasks: openTasks.get(dossier.id) ?? 0 } }));
  await auditCaseList(
    advisor,
    "dossiers",
    dossiers.map((dossier) => dossier.id),
  );
  return { filter, total, pages: Math.max(1, Math.ceil(total / MY_DOSSIERS_PAGE_SIZE)), dossiers };
}

/** What needs attention: open deadlines within two weeks or overdue, and dossiers with no next step. */
export async function getAdvisorAgenda(actor: Actor | null, now = clock.now()) {
  const where = readableCases(actor);
  const advisor = actor as Actor;
  const horizon = dateColumn(addCalendarDays(amsterdamDay(now), 14));
  const active = { AND: [where, { kind: "DOSSIER" as const }, { status: { not: "CLOSED" as const } }] };
  const [deadlines, withoutNextStep] = await Promise.all([
    db.deadline.findMany({
      // The organisation on the deadline itself lets PostgreSQL start from this library's open
      // deadlines (an index) instead of every open deadline in the country.
      where: {
        organisationId: (actor as Actor).organisationId,
        completedAt: null,
        dueOn: { lte: horizon },
        case: active,
      },
      orderBy: { dueOn: "asc" },
      take: 20,
      select: {
        id: true,
        dueOn: true,
        title: true,
        kind: true,
        case: { select: { id: true, client: { select: { displayName: true } } } },
      },
    }),
    db.case.findMany({
      where: {
        AND: [active, { deadlines: { none: { completedAt: null } } }, { aftercareTasks: { none: { status: "OPEN" } } }],
      },
      orderBy: { openedAt: "asc" },
      take: 20,
      select: { id: true, openedAt: true, client: { select: { displayName: true } } },
    }),
  ]);
  await auditCaseList(advisor, "agenda", [
    ...deadlines.map((deadline) => deadline.case.id),
    ...withoutNextStep.map((dossier) => dossier.id),
  ]);
  return { deadlines, withoutNextStep };
}

/**
 * One dossier with everything the advisor works with. Reading it is audited (who, when, which
 * client), also when it is not found, so attempts to look at other people's files show up too.
 */
export async function getDossier(actor: Actor | null, caseId: string) {
  const where = readableCases(actor);
  const advisor = actor as Actor;
  const dossier = await db.case.findFirst({
    where: { ...where, id: caseId },
    select: {
      id: true,
      kind: true,
      status: true,
      question: true,
      openedAt: true,
      closedAt: true,
      outcome: true,
      solvedWithoutReferral: true,
      version: true,
      otherPartyName: true,
      otherParty: {
        select: { id: true, name: true, department: true, postalAddress: true, postcodeTown: true, active: true },
      },
      responsibleAdvisor: { select: { id: true, name: true, advisorKind: true } },
      client: {
        select: {
          id: true,
          displayName: true,
          phone: true,
          email: true,
          birthYear: true,
          postcodeArea: true,
          preferredLanguage: true,
          needsInterpreter: true,
          heardVia: true,
          // The organisation too, here and below: the indexes by client and by case lead with it.
          consents: {
            where: { organisationId: advisor.organisationId, withdrawnAt: null },
            select: { purpose: true, givenAt: true },
          },
        },
      },
      legalDomains: {
        orderBy: { primary: "desc" },
        select: {
          primary: true,
          legalDomain: {
            select: { id: true, nameNl: true, nameEn: true, parent: { select: { nameNl: true, nameEn: true } } },
          },
        },
      },
      visits: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          kind: true,
          status: true,
          startedAt: true,
          endedAt: true,
          plannedStartsAt: true,
          arrivedAt: true,
          createdAt: true,
        },
      },
      contacts: {
        orderBy: [{ occurredOn: "asc" }, { createdAt: "asc" }],
        select: {
          id: true,
          channel: true,
          occurredOn: true,
          minutes: true,
          note: true,
          createdAt: true,
          advisor: { select: { name: true } },
        },
      },
      actions: {
        orderBy: { performedAt: "asc" },
        select: {
          id: true,
          kind: true,
          description: true,
          minutes: true,
          performedAt: true,
          performedById: true,
          createdAt: true,
          performedBy: { select: { name: true } },
        },
      },
      handovers: {
        orderBy: { handedOverAt: "asc" },
        select: {
          id: true,
          handedOverAt: true,
          note: true,
          fromAdvisor: { select: { name: true } },
          toAdvisor: { select: { name: true } },
          handedOverBy: { select: { name: true } },
        },
      },
      reopenings: {
        where: { organisationId: advisor.organisationId },
        orderBy: { reopenedAt: "asc" },
        select: {
          id: true,
          closedAt: true,
          outcome: true,
          reopenedAt: true,
          reason: true,
          reopenedBy: { select: { name: true } },
        },
      },
      notes: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          body: true,
          version: true,
          createdAt: true,
          editedAt: true,
          authorId: true,
          author: { select: { name: true, supervisorId: true } },
          editedBy: { select: { name: true } },
          revisions: {
            orderBy: { version: "desc" },
            select: { version: true, body: true, replacedAt: true, writtenBy: { select: { name: true } } },
          },
        },
      },
      documents: {
        where: { deletedAt: null },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          fileName: true,
          kind: true,
          sizeBytes: true,
          createdAt: true,
          uploadedBy: { select: { name: true } },
          review: { select: { status: true } },
        },
      },
      deadlines: {
        orderBy: { dueOn: "asc" },
        select: {
          id: true,
          kind: true,
          title: true,
          dueOn: true,
          completedAt: true,
          createdAt: true,
          createdBy: { select: { name: true } },
        },
      },
      aftercareTasks: {
        orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
        select: {
          id: true,
          title: true,
          status: true,
          dueOn: true,
          createdAt: true,
          completedAt: true,
          assignee: { select: { name: true } },
          timeEntries: { select: { minutes: true } },
        },
      },
      timeEntries: {
        select: {
          id: true,
          kind: true,
          minutes: true,
          workedOn: true,
          description: true,
          createdAt: true,
          caseActionId: true,
          visitId: true,
          aftercareTaskId: true,
          dossierContactId: true,
          corrects: { select: { dossierContactId: true } },
          user: { select: { name: true } },
        },
      },
    },
  });
  rememberReadableCase(
    advisor,
    caseId,
    dossier && {
      id: dossier.id,
      clientId: dossier.client.id,
      client: {
        displayName: dossier.client.displayName,
        birthYear: dossier.client.birthYear,
        phone: dossier.client.phone,
      },
    },
  );
  await auditCaseRead(advisor, caseId, dossier?.client.id);
  return dossier;
}

/**
 * The visit a dossier is opened from, and the legal domains to choose from (two levels). It shows
 * the client's name, so the look is audited like a dossier's, also when the visit is not found.
 */
export async function getNewDossierContext(actor: Actor | null, visitId: string) {
  const advisor = requireRole(actor, CASE_ROLES);
  const [visit, domains] = await Promise.all([
    db.visit.findFirst({
      where: { id: visitId, ...scopedToOrganisation(advisor) },
      select: {
        id: true,
        status: true,
        caseId: true,
        clientId: true,
        client: { select: { displayName: true } },
        category: { select: { id: true } },
      },
    }),
    listLegalDomainTree(),
  ]);
  // A return visit the desk did not link: the client's open dossiers this advisor may read.
  const openDossiers =
    visit && !visit.caseId
      ? await db.case.findMany({
          where: { clientId: visit.clientId, ...OPEN_DOSSIER, ...readableCases(advisor) },
          orderBy: { openedAt: "desc" },
          select: { id: true, question: true, openedAt: true, responsibleAdvisor: { select: { name: true } } },
        })
      : [];
  if (openDossiers.length > 0)
    await auditCaseList(
      advisor,
      "open-dossiers-of-visit",
      openDossiers.map((dossier) => dossier.id),
    );
  await recordAudit({
    actor: advisor,
    action: visit ? "visit.read" : "visit.read_refused",
    access: "READ",
    entityType: "Visit",
    entityId: recordIdFromUrl(visitId),
    clientId: visit?.clientId,
  });
  return { visit, domains, openDossiers };
}

/** The active legal domains to choose from: each top-level domain with its sub-domains. */
export async function listLegalDomainTree() {
  return activeLegalDomainTree();
}

/** The top-level legal domains, for filters. */
export async function listTopLegalDomains() {
  return activeTopLegalDomains();
}
