import { recordAudit } from "@/lib/audit";
import { scopedToOrganisation } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ok } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { clientSearchSchema } from "./schema";
import { DESK_ROLES } from "@/lib/auth/policy";
import { OPEN_DOSSIER } from "@/lib/cases/access";

const CLIENT_SEARCH_LIMIT = 8;

/** An open dossier as the desk may know it: with whom and since when, never what it is about. */
type OpenDossierAtDesk = { id: string; advisorName: string | null; openedAt: Date };

type ClientMatch = {
  id: string;
  displayName: string;
  birthYear: number | null;
  phoneEnd: string | null;
  openDossiers: OpenDossierAtDesk[];
};

/**
 * Finds a returning client by name, initials, birth year or phone number. It answers with just
 * enough to tell two people apart at the desk: name, birth year and the last three digits of the
 * phone number. A returning client's open dossiers show with their advisor, so the visit can go
 * to the dossier and the advisor who knows the client; their subject stays with the advisor.
 * Every search is audited, because it reads client data.
 */
export const searchClients = defineUseCase({
  name: "desk.searchClients",
  roles: DESK_ROLES,
  input: clientSearchSchema,
  run: async (actor, { query }) => {
    const digits = query.replace(/\D/g, "");
    const or: Prisma.ClientWhereInput[] = [{ displayName: { contains: query, mode: "insensitive" } }];
    if (/^\d{4}$/.test(query)) or.push({ birthYear: Number(query) });
    if (digits.length >= 4) or.push({ phone: { contains: digits.slice(-8) } });
    const clients = await db.client.findMany({
      where: { ...scopedToOrganisation(actor), anonymisedAt: null, mergedIntoId: null, OR: or },
      orderBy: [{ displayName: "asc" }],
      take: CLIENT_SEARCH_LIMIT,
      select: {
        id: true,
        displayName: true,
        birthYear: true,
        phone: true,
        cases: {
          // The organisation too: Case's index by client leads with it.
          where: { ...scopedToOrganisation(actor), ...OPEN_DOSSIER },
          orderBy: { openedAt: "desc" },
          select: { id: true, openedAt: true, responsibleAdvisor: { select: { name: true } } },
        },
      },
    });
    await recordAudit({
      actor,
      action: "client.search",
      access: "READ",
      entityType: "Client",
      details: { results: clients.length },
    });
    const value: ClientMatch[] = clients.map((client) => {
      const phoneDigits = client.phone?.replace(/\D/g, "") ?? "";
      return {
        id: client.id,
        displayName: client.displayName,
        birthYear: client.birthYear,
        phoneEnd: phoneDigits.length >= 3 ? phoneDigits.slice(-3) : null,
        openDossiers: client.cases.map((dossier) => ({
          id: dossier.id,
          advisorName: dossier.responsibleAdvisor?.name ?? null,
          openedAt: dossier.openedAt,
        })),
      };
    });
    return ok(value);
  },
});
