import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { LEGAL_DOMAINS } from "@/lib/legal-domains/taxonomy";
import { createPartner } from "@/lib/partners/create-partner";
import {
  getPartnerForEditing,
  listLegalDomainChoices,
  searchSocialMap,
  suggestPartnersForDomains,
} from "@/lib/partners/queries";
import { deactivatePartner, reactivatePartner } from "@/lib/partners/set-partner-active";
import { updatePartner } from "@/lib/partners/update-partner";
import { actorOf, createOrganisation, createUser, seedLegalDomains } from "../support/factories";

const INVALID_INPUT = "refusals.common.invalidInput";

let domains: Map<string, string>;
const domain = (code: string) => domains.get(code)!;
let coordinator: Actor;
let host: Actor;
let organisationId: string;
const ids: Record<string, string> = {};

/** Everything a change to the social map could touch. */
async function snapshot() {
  return {
    partners: await db.partner.findMany({
      where: { organisationId },
      orderBy: { id: "asc" },
      include: { legalDomains: { orderBy: { legalDomainId: "asc" } } },
    }),
    audit: await db.auditEvent.count({ where: { organisationId } }),
  };
}

async function add(name: string, input: Record<string, unknown>) {
  const result = await createPartner(coordinator, { name, ...input });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  ids[name] = result.value.partnerId;
}

const names = (partners: { name: string }[]) => partners.map((partner) => partner.name);

beforeAll(async () => {
  domains = await seedLegalDomains();
  const { organisation } = await createOrganisation("Bibliotheek Teststad");
  organisationId = organisation.id;
  coordinator = actorOf(await createUser(organisation.id, "COORDINATOR"));
  host = actorOf(await createUser(organisation.id, "HOST"));
  await add("Schuldhulp Teststad", {
    type: "DEBT_HELP",
    legalDomainIds: [domain("schulden")],
    handoverNotes: "Aanmelden met toestemming van de cliënt.",
  });
  await add("Budget Alert Teststad", { type: "BUDGET_ALERT", legalDomainIds: [domain("schulden.betalingsregeling")] });
  await add("Beslag Expert", { type: "LAWYER", legalDomainIds: [domain("schulden.beslagvrije-voet")] });
  await add("Belastingdienst/Toeslagen", {
    type: "BELASTINGDIENST_TOESLAGEN",
    legalDomainIds: [domain("belastingrecht.toeslagen")],
  });
  await add("Sociaal wijkteam Teststad", {
    type: "NEIGHBOURHOOD_TEAM",
    phone: "0555-000 1444",
    handoverNotes: "Wil graag een terugkoppeling.",
  });
  await add("Taalhuis Teststad", {
    type: "TAALHUIS",
    inLibrary: true,
    handoverNotes: "Zonder oordeel; vaak gestuurd door het wijkteam.",
  });
  await add("Oud Schuldenloket", { type: "DEBT_HELP", legalDomainIds: [domain("schulden.betalingsregeling")] });
  expect(await deactivatePartner(coordinator, { partnerId: ids["Oud Schuldenloket"] })).toEqual({
    ok: true,
    value: { partnerId: ids["Oud Schuldenloket"] },
  });
});

describe("searching the social map", () => {
  it("lists the organisation's active partners by name, with what the desk needs to know", async () => {
    const partners = await searchSocialMap(host);
    expect(names(partners)).toEqual([
      "Belastingdienst/Toeslagen",
      "Beslag Expert",
      "Budget Alert Teststad",
      "Schuldhulp Teststad",
      "Sociaal wijkteam Teststad",
      "Taalhuis Teststad",
    ]);
    expect(partners.find((partner) => partner.name === "Sociaal wijkteam Teststad")).toEqual({
      id: ids["Sociaal wijkteam Teststad"],
      name: "Sociaal wijkteam Teststad",
      type: "NEIGHBOURHOOD_TEAM",
      phone: "0555-000 1444",
      email: null,
      website: null,
      address: null,
      postcode: null,
      openingHours: null,
      inLibrary: false,
      handoverNotes: "Wil graag een terugkoppeling.",
      active: true,
      legalDomains: [],
    });
  });

  it("finds every word of the search in the name or the handover notes, whatever the capitals", async () => {
    expect(names(await searchSocialMap(host, { query: "WIJKTEAM" }))).toEqual([
      "Sociaal wijkteam Teststad",
      "Taalhuis Teststad",
    ]);
    expect(names(await searchSocialMap(host, { query: "sociaal wijkteam" }))).toEqual(["Sociaal wijkteam Teststad"]);
    expect(names(await searchSocialMap(host, { query: "toestemming" }))).toEqual(["Schuldhulp Teststad"]);
    expect(await searchSocialMap(host, { query: "advocaat" })).toEqual([]);
  });

  it("filters by kind and by sitting in the library", async () => {
    expect(names(await searchSocialMap(host, { type: "DEBT_HELP" }))).toEqual(["Schuldhulp Teststad"]);
    expect(names(await searchSocialMap(host, { inLibrary: true }))).toEqual(["Taalhuis Teststad"]);
    expect(names(await searchSocialMap(host, { inLibrary: true, query: "schuld" }))).toEqual([]);
  });

  it("filters by legal domain: a top level includes its sub-domains, a sub-domain includes who takes the whole top level, never a sibling", async () => {
    expect(names(await searchSocialMap(host, { domainId: domain("schulden") }))).toEqual([
      "Beslag Expert",
      "Budget Alert Teststad",
      "Schuldhulp Teststad",
    ]);
    expect(names(await searchSocialMap(host, { domainId: domain("schulden.betalingsregeling") }))).toEqual([
      "Budget Alert Teststad",
      "Schuldhulp Teststad",
    ]);
    expect(names(await searchSocialMap(host, { domainId: domain("belastingrecht") }))).toEqual([
      "Belastingdienst/Toeslagen",
    ]);
    expect(await searchSocialMap(host, { domainId: domain("personen-en-familierecht") })).toEqual([]);
    expect(await searchSocialMap(host, { domainId: "no-such-domain" })).toEqual([]);
    expect(names(await searchSocialMap(host, { domainId: domain("schulden"), type: "LAWYER" }))).toEqual([
      "Beslag Expert",
    ]);
  });

  it("hides inactive partners, unless the coordinator asks for them", async () => {
    expect(names(await searchSocialMap(host, { query: "oud", includeInactive: true }))).toEqual([]);
    expect(names(await searchSocialMap(coordinator, { query: "oud" }))).toEqual([]);
    const withInactive = await searchSocialMap(coordinator, { query: "oud", includeInactive: true });
    expect(withInactive).toEqual([expect.objectContaining({ name: "Oud Schuldenloket", active: false })]);
  });

  it("offers the two-level taxonomy in its own order for the filter and the form", async () => {
    const choices = await listLegalDomainChoices(host);
    expect(choices.map((choice) => choice.nameNl)).toEqual(LEGAL_DOMAINS.map((d) => d.nameNl));
    expect(choices.find((choice) => choice.id === domain("schulden"))?.children.map((child) => child.nameNl)).toEqual([
      "Betalingsregeling",
      "Beslagvrije voet",
      "Schuldhulpverlening",
    ]);
  });
});

describe("suggesting partners for a case's legal domains", () => {
  it("puts the partner of the exact sub-domain first, then who takes the whole top level; a sibling is no match", async () => {
    expect(await suggestPartnersForDomains(host, [domain("schulden.betalingsregeling")])).toEqual([
      { id: ids["Budget Alert Teststad"], name: "Budget Alert Teststad", type: "BUDGET_ALERT", inLibrary: false },
      { id: ids["Schuldhulp Teststad"], name: "Schuldhulp Teststad", type: "DEBT_HELP", inLibrary: false },
    ]);
  });

  it("for a top-level domain: the exact partner first, then those who take part of it", async () => {
    expect(names(await suggestPartnersForDomains(host, [domain("schulden")]))).toEqual([
      "Schuldhulp Teststad",
      "Beslag Expert",
      "Budget Alert Teststad",
    ]);
  });

  it("with several domains: exact fits of any of them first, in the order given, and each partner once", async () => {
    const suggested = await suggestPartnersForDomains(host, [
      domain("belastingrecht.toeslagen"),
      domain("schulden.beslagvrije-voet"),
      domain("belastingrecht.toeslagen"),
    ]);
    expect(names(suggested)).toEqual(["Belastingdienst/Toeslagen", "Beslag Expert", "Schuldhulp Teststad"]);
    const reversed = await suggestPartnersForDomains(host, [
      domain("schulden.beslagvrije-voet"),
      domain("belastingrecht.toeslagen"),
    ]);
    expect(names(reversed)).toEqual(["Beslag Expert", "Belastingdienst/Toeslagen", "Schuldhulp Teststad"]);
  });

  it("never suggests an inactive partner, and ignores unknown or no domains", async () => {
    expect(names(await suggestPartnersForDomains(coordinator, [domain("schulden.betalingsregeling")]))).not.toContain(
      "Oud Schuldenloket",
    );
    expect(await suggestPartnersForDomains(host, ["no-such-domain"])).toEqual([]);
    expect(await suggestPartnersForDomains(host, [])).toEqual([]);
    expect(await suggestPartnersForDomains(host, [domain("personen-en-familierecht")])).toEqual([]);
  });
});

describe("adding a partner", () => {
  it("stores every detail and the legal domains, and audits who did it", async () => {
    const result = await createPartner(coordinator, {
      name: " Advocatenkantoor  De Wit ",
      type: "LAWYER",
      legalDomainIds: [domain("personen-en-familierecht"), domain("personen-en-familierecht.alimentatie")],
      phone: "0555-000 2555",
      email: "Info@DeWit.example",
      website: "www.dewit.example",
      address: "Kerkstraat 1, Teststad",
      postcode: "7551ab",
      openingHours: "Ma-vr 9:00-17:00",
      inLibrary: "on",
      handoverNotes: "Werkt met toevoegingen.",
    });
    expect(result).toEqual({ ok: true, value: { partnerId: expect.any(String) } });
    const partnerId = result.ok ? result.value.partnerId : "";
    expect(await getPartnerForEditing(coordinator, partnerId)).toEqual({
      id: partnerId,
      name: "Advocatenkantoor De Wit",
      type: "LAWYER",
      phone: "0555-000 2555",
      email: "info@dewit.example",
      website: "https://www.dewit.example",
      address: "Kerkstraat 1, Teststad",
      postcode: "7551 AB",
      openingHours: "Ma-vr 9:00-17:00",
      inLibrary: true,
      handoverNotes: "Werkt met toevoegingen.",
      active: true,
      legalDomains: [
        {
          id: domain("personen-en-familierecht"),
          nameNl: "Personen- en familierecht",
          nameEn: "Family law",
          parent: null,
        },
        {
          id: domain("personen-en-familierecht.alimentatie"),
          nameNl: "Alimentatie",
          nameEn: "Alimony and child support",
          parent: { nameNl: "Personen- en familierecht", nameEn: "Family law" },
        },
      ],
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityType: "Partner", entityId: partnerId } });
    expect(audit).toMatchObject({
      organisationId,
      actorId: coordinator.userId,
      actorRole: "COORDINATOR",
      action: "partner.create",
      access: "WRITE",
    });
  });

  it("says in Dutch what is wrong with the form, and stores nothing", async () => {
    const before = await snapshot();
    expect(
      await createPartner(coordinator, { name: "", type: "", phone: "bellen", email: "geen", website: "nergens" }),
    ).toEqual({
      ok: false,
      error: INVALID_INPUT,
      fieldErrors: {
        name: ["refusals.partners.nameTooShort"],
        type: ["refusals.partners.chooseType"],
        phone: ["refusals.partners.phoneCharacters"],
        email: ["refusals.partners.emailInvalid"],
        website: ["refusals.partners.websiteInvalid"],
      },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a name that is already on the map, also in other capitals or for an inactive partner", async () => {
    const before = await snapshot();
    const active = { key: "refusals.partners.duplicateName", values: { name: "sociaal WIJKTEAM teststad" } };
    expect(await createPartner(coordinator, { name: "sociaal WIJKTEAM teststad", type: "SOCIAL_WORK" })).toEqual({
      ok: false,
      error: active,
      fieldErrors: { name: [active] },
    });
    const inactive = { key: "refusals.partners.duplicateInactiveName", values: { name: "Oud Schuldenloket" } };
    expect(await createPartner(coordinator, { name: "Oud  Schuldenloket", type: "DEBT_HELP" })).toEqual({
      ok: false,
      error: inactive,
      fieldErrors: { name: [inactive] },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("of two coordinators adding the same name at once, one succeeds and the other is told the name is taken", async () => {
    const [first, second] = await Promise.all([
      createPartner(coordinator, { name: "formulierenbrigade", type: "OTHER" }),
      createPartner(coordinator, { name: "formulierenbrigade", type: "OTHER" }),
    ]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    const message = { key: "refusals.partners.duplicateName", values: { name: "formulierenbrigade" } };
    expect(first.ok ? second : first).toEqual({ ok: false, error: message, fieldErrors: { name: [message] } });
    expect(await db.partner.count({ where: { organisationId, name: "formulierenbrigade" } })).toBe(1);
  });

  it("refuses a legal domain that does not exist, and writes no partner without its domains", async () => {
    const before = await snapshot();
    const message = "refusals.partners.legalDomainsNotFound";
    expect(
      await createPartner(coordinator, {
        name: "Halve partner",
        type: "OTHER",
        legalDomainIds: [domain("schulden"), "no-such-domain"],
      }),
    ).toEqual({
      ok: false,
      error: message,
      fieldErrors: { legalDomainIds: [message] },
    });
    expect(await snapshot()).toEqual(before);
  });
});

describe("changing a partner", () => {
  const base = { type: "BUDGET_ALERT", legalDomainIds: [] as string[] };

  it("replaces the details and the legal domains; an emptied field is cleared; audited", async () => {
    const partnerId = ids["Budget Alert Teststad"];
    await updatePartner(coordinator, {
      partnerId,
      name: "Budget Alert Teststad",
      ...base,
      phone: "0555-000 3666",
      openingHours: "Wo 13:00-15:00",
    });
    const result = await updatePartner(coordinator, {
      partnerId,
      name: "budget alert teststad",
      ...base,
      legalDomainIds: [domain("schulden.betalingsregeling"), domain("schulden.beslagvrije-voet")],
      phone: "",
      openingHours: "Inloop woensdag 13:00-16:00",
    });
    expect(result).toEqual({ ok: true, value: { partnerId } });
    const partner = await getPartnerForEditing(coordinator, partnerId);
    expect(partner).toMatchObject({
      name: "budget alert teststad",
      phone: null,
      openingHours: "Inloop woensdag 13:00-16:00",
    });
    expect(partner?.legalDomains.map((d) => d.id)).toEqual([
      domain("schulden.betalingsregeling"),
      domain("schulden.beslagvrije-voet"),
    ]);
    const audit = await db.auditEvent.findMany({ where: { entityId: partnerId, action: "partner.update" } });
    expect(audit).toHaveLength(2);
    expect(audit[1]).toMatchObject({ actorId: coordinator.userId, access: "WRITE" });
    await updatePartner(coordinator, {
      partnerId,
      name: "Budget Alert Teststad",
      ...base,
      legalDomainIds: [domain("schulden.betalingsregeling")],
    });
  });

  it("refuses another partner's name and an unknown domain, and leaves the partner as it was", async () => {
    const partnerId = ids["Beslag Expert"];
    const before = await snapshot();
    const taken = { key: "refusals.partners.duplicateName", values: { name: "Schuldhulp Teststad" } };
    expect(await updatePartner(coordinator, { partnerId, name: "Schuldhulp Teststad", type: "LAWYER" })).toEqual({
      ok: false,
      error: taken,
      fieldErrors: { name: [taken] },
    });
    expect(
      await updatePartner(coordinator, {
        partnerId,
        name: "Beslag Expert",
        type: "LAWYER",
        phone: "0555-000 4777",
        legalDomainIds: ["no-such-domain"],
      }),
    ).toMatchObject({
      ok: false,
      error: "refusals.partners.legalDomainsNotFound",
    });
    expect(
      await updatePartner(coordinator, { partnerId, name: "Beslag Expert", type: "LAWYER", email: "geen" }),
    ).toMatchObject({ ok: false, error: INVALID_INPUT });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a partner that does not exist", async () => {
    expect(await updatePartner(coordinator, { partnerId: "no-such-partner", name: "Niemand", type: "OTHER" })).toEqual({
      ok: false,
      error: "refusals.partners.partnerNotFound",
    });
  });
});

describe("deactivating and reactivating", () => {
  it("takes a partner off the map and out of the suggestions, and brings it back, each once and audited", async () => {
    const partnerId = ids["Schuldhulp Teststad"];
    expect(await deactivatePartner(coordinator, { partnerId })).toEqual({ ok: true, value: { partnerId } });
    expect(names(await searchSocialMap(host, { query: "schuldhulp" }))).toEqual([]);
    expect(names(await suggestPartnersForDomains(host, [domain("schulden")]))).not.toContain("Schuldhulp Teststad");
    expect(await deactivatePartner(coordinator, { partnerId })).toEqual({
      ok: false,
      error: "refusals.partners.alreadyInactive",
    });

    // Still correctable while inactive, so it is right on the day it comes back.
    expect(
      (
        await updatePartner(coordinator, {
          partnerId,
          name: "Schuldhulp Teststad",
          type: "DEBT_HELP",
          legalDomainIds: [domain("schulden")],
          openingHours: "Ma 9:00-12:00",
        })
      ).ok,
    ).toBe(true);

    expect(await reactivatePartner(coordinator, { partnerId })).toEqual({ ok: true, value: { partnerId } });
    expect(await searchSocialMap(host, { query: "schuldhulp" })).toEqual([
      expect.objectContaining({ name: "Schuldhulp Teststad", openingHours: "Ma 9:00-12:00", active: true }),
    ]);
    expect(await reactivatePartner(coordinator, { partnerId })).toEqual({
      ok: false,
      error: "refusals.partners.alreadyActive",
    });

    const audit = await db.auditEvent.findMany({
      where: { entityId: partnerId, action: { in: ["partner.deactivate", "partner.reactivate"] } },
      orderBy: { id: "asc" },
    });
    expect(audit.map((event) => [event.action, event.access, event.actorId])).toEqual([
      ["partner.deactivate", "WRITE", coordinator.userId],
      ["partner.reactivate", "WRITE", coordinator.userId],
    ]);
  });
});
