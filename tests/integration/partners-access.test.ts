import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { AccessDenied } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { createPartner } from "@/lib/partners/create-partner";
import {
  getPartnerForEditing,
  listLegalDomainChoices,
  searchSocialMap,
  suggestPartnersForDomains,
} from "@/lib/partners/queries";
import { deactivatePartner, reactivatePartner } from "@/lib/partners/set-partner-active";
import { updatePartner } from "@/lib/partners/update-partner";
import { actorOf, createOrganisation, createUser } from "../support/factories";

const FORBIDDEN = "refusals.auth.forbidden";
const UNAUTHENTICATED = "refusals.auth.unauthenticated";
const NOT_FOUND = "refusals.partners.partnerNotFound";

type Library = Awaited<ReturnType<typeof makeLibrary>>;

let debts: string;

async function makeLibrary(name: string) {
  const { organisation } = await createOrganisation(name);
  const [host, advisor, coordinator, admin] = await Promise.all(
    (["HOST", "ADVISOR", "COORDINATOR", "ADMIN"] as const).map(async (role) =>
      actorOf(await createUser(organisation.id, role)),
    ),
  );
  const created = await createPartner(coordinator, {
    name: `Schuldhulp ${name}`,
    type: "DEBT_HELP",
    phone: "0555-000 1111",
    legalDomainIds: [debts],
  });
  const retired = await createPartner(coordinator, { name: `Oud loket ${name}`, type: "OTHER" });
  if (!created.ok || !retired.ok) throw new Error("The fixture's partners were not created.");
  await deactivatePartner(coordinator, { partnerId: retired.value.partnerId });
  return {
    organisation,
    host,
    advisor,
    coordinator,
    admin,
    partnerId: created.value.partnerId,
    retiredId: retired.value.partnerId,
    readers: [host, advisor, coordinator, admin],
  };
}

/** Everything a change to the social map could touch in one organisation. */
async function snapshot(organisationId: string) {
  return {
    partners: await db.partner.findMany({
      where: { organisationId },
      orderBy: { id: "asc" },
      include: { legalDomains: { orderBy: { legalDomainId: "asc" } } },
    }),
    audit: await db.auditEvent.count({ where: { organisationId } }),
  };
}

let a: Library;
let b: Library;

beforeAll(async () => {
  debts = (
    await db.legalDomain.create({
      data: { code: "schulden", nameNl: "Schulden", nameEn: "Debts", juridischLoketCategory: "SCHULDEN" },
    })
  ).id;
  a = await makeLibrary("Bibliotheek A");
  b = await makeLibrary("Bibliotheek B");
});

/** Each use case, called with input that is valid for library A. */
const useCases: [string, (actor: Actor | null) => Promise<{ ok: boolean }>][] = [
  ["createPartner", (actor) => createPartner(actor, { name: "Nieuwe partner", type: "TAALHUIS" })],
  [
    "updatePartner",
    (actor) =>
      updatePartner(actor, { partnerId: a.partnerId, name: "Andere naam", type: "DEBT_HELP", legalDomainIds: [] }),
  ],
  ["deactivatePartner", (actor) => deactivatePartner(actor, { partnerId: a.partnerId })],
  ["reactivatePartner", (actor) => reactivatePartner(actor, { partnerId: a.retiredId })],
];

describe("only a coordinator keeps the social map", () => {
  it.each(useCases)("%s refuses no login, a host, an advisor and an admin, and writes nothing", async (_name, call) => {
    const before = await snapshot(a.organisation.id);
    expect(await call(null)).toEqual({ ok: false, error: UNAUTHENTICATED });
    for (const actor of [a.host, a.advisor, a.admin]) {
      expect(await call(actor)).toEqual({ ok: false, error: FORBIDDEN });
    }
    expect(await snapshot(a.organisation.id)).toEqual(before);
  });

  it("the edit view is the coordinator's only", async () => {
    await expect(getPartnerForEditing(null, a.partnerId)).rejects.toThrow(AccessDenied);
    for (const actor of [a.host, a.advisor, a.admin]) {
      await expect(getPartnerForEditing(actor, a.partnerId)).rejects.toThrow(FORBIDDEN);
    }
    expect(await getPartnerForEditing(a.coordinator, a.partnerId)).toMatchObject({ id: a.partnerId });
  });
});

describe("every role of the organisation reads the social map", () => {
  it("search, suggestions and the domain list refuse no login", async () => {
    await expect(searchSocialMap(null)).rejects.toThrow(UNAUTHENTICATED);
    await expect(suggestPartnersForDomains(null, [debts])).rejects.toThrow(UNAUTHENTICATED);
    await expect(listLegalDomainChoices(null)).rejects.toThrow(UNAUTHENTICATED);
  });

  it("host, advisor, coordinator and admin all see the library's active partners and get suggestions", async () => {
    for (const reader of a.readers) {
      expect((await searchSocialMap(reader)).map((partner) => partner.id)).toEqual([a.partnerId]);
      expect(await suggestPartnersForDomains(reader, [debts])).toEqual([
        { id: a.partnerId, name: "Schuldhulp Bibliotheek A", type: "DEBT_HELP", inLibrary: false },
      ]);
      expect((await listLegalDomainChoices(reader)).map((choice) => choice.id)).toEqual([debts]);
    }
  });
});

describe("another library sees none of library A's partners", () => {
  it("not in a search, not with a filter, not among inactive ones, not as a suggestion", async () => {
    for (const reader of b.readers) {
      const own = reader.roles.includes("COORDINATOR") ? [b.retiredId, b.partnerId] : [b.partnerId];
      expect((await searchSocialMap(reader, { includeInactive: true })).map((partner) => partner.id)).toEqual(own);
      expect(await searchSocialMap(reader, { query: "Bibliotheek A" })).toEqual([]);
      expect(
        await searchSocialMap(reader, {
          query: "Bibliotheek A",
          includeInactive: true,
          type: "DEBT_HELP",
          domainId: debts,
        }),
      ).toEqual([]);
      expect(await suggestPartnersForDomains(reader, [debts])).toEqual([
        { id: b.partnerId, name: "Schuldhulp Bibliotheek B", type: "DEBT_HELP", inLibrary: false },
      ]);
    }
    expect(await getPartnerForEditing(b.coordinator, a.partnerId)).toBeNull();
  });

  it.each(useCases.slice(1))(
    "%s of A's partner by B's coordinator: not found, and nothing written in either library",
    async (_name, call) => {
      const beforeA = await snapshot(a.organisation.id);
      const beforeB = await snapshot(b.organisation.id);
      expect(await call(b.coordinator)).toEqual({ ok: false, error: NOT_FOUND });
      expect(await snapshot(a.organisation.id)).toEqual(beforeA);
      expect(await snapshot(b.organisation.id)).toEqual(beforeB);
    },
  );

  it("names are unique per library: B may add a partner with a name A already uses, on its own map only", async () => {
    const beforeA = await snapshot(a.organisation.id);
    const result = await createPartner(b.coordinator, { name: "Schuldhulp Bibliotheek A", type: "DEBT_HELP" });
    expect(result.ok).toBe(true);
    expect(
      await db.partner.findFirst({
        where: { id: result.ok ? result.value.partnerId : "" },
        select: { organisationId: true },
      }),
    ).toEqual({ organisationId: b.organisation.id });
    expect(await snapshot(a.organisation.id)).toEqual(beforeA);
    expect((await searchSocialMap(a.host, { query: "Schuldhulp" })).map((partner) => partner.id)).toEqual([
      a.partnerId,
    ]);
  });
});
