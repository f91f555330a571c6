// The national legal-domain taxonomy (rechtsgebied > subgebied), as the Hengelo pilot reported
// its questions. Each node also names the Juridisch Loket / CBS category, so that our figures can
// be compared with national ones. Pure data: the seed writes it to the LegalDomain table.
import type { JuridischLoketCategory } from "../generated/prisma/enums";

export type LegalDomainNode = {
  /** Stable key: "rechtsgebied" or "rechtsgebied.subgebied". */
  readonly code: string;
  readonly nameNl: string;
  readonly nameEn: string;
  readonly juridischLoketCategory: JuridischLoketCategory;
  readonly children?: readonly LegalDomainNode[];
};

const TAXONOMY = [
  {
    code: "sociale-zekerheid",
    nameNl: "Sociale zekerheid",
    nameEn: "Social security",
    juridischLoketCategory: "SOCIALE_ZEKERHEID",
    children: [
      {
        code: "sociale-zekerheid.participatiewet",
        nameNl: "Participatiewet / bijstand",
        nameEn: "Social assistance (Participatiewet)",
        juridischLoketCategory: "SOCIALE_ZEKERHEID",
      },
      {
        code: "sociale-zekerheid.wia",
        nameNl: "WIA (arbeidsongeschiktheid)",
        nameEn: "Disability benefit (WIA)",
        juridischLoketCategory: "SOCIALE_ZEKERHEID",
      },
      {
        code: "sociale-zekerheid.ziektewet",
        nameNl: "Ziektewet",
        nameEn: "Sickness benefit (Ziektewet)",
        juridischLoketCategory: "SOCIALE_ZEKERHEID",
      },
      {
        code: "sociale-zekerheid.ww",
        nameNl: "WW (werkloosheid)",
        nameEn: "Unemployment benefit (WW)",
        juridischLoketCategory: "SOCIALE_ZEKERHEID",
      },
      {
        code: "sociale-zekerheid.aow",
        nameNl: "AOW",
        nameEn: "State pension (AOW)",
        juridischLoketCategory: "SOCIALE_ZEKERHEID",
      },
      {
        code: "sociale-zekerheid.pensioen",
        nameNl: "Pensioen",
        nameEn: "Company pension",
        juridischLoketCategory: "SOCIALE_ZEKERHEID",
      },
      {
        code: "sociale-zekerheid.wmo",
        nameNl: "Wmo (maatschappelijke ondersteuning)",
        nameEn: "Social support (Wmo)",
        juridischLoketCategory: "SOCIALE_ZEKERHEID",
      },
    ],
  },
  {
    code: "consumentenzaken",
    nameNl: "Consumentenzaken",
    nameEn: "Consumer matters",
    juridischLoketCategory: "CONSUMENT_EN_OVEREENKOMSTEN",
    children: [
      // National statistics count bailiffs and garnishment as debt problems, not as purchases.
      {
        code: "consumentenzaken.deurwaarder-en-beslag",
        nameNl: "Deurwaarder en beslag",
        nameEn: "Bailiff and garnishment",
        juridischLoketCategory: "SCHULDEN",
      },
      {
        code: "consumentenzaken.verzekeringen",
        nameNl: "Verzekeringen",
        nameEn: "Insurance",
        juridischLoketCategory: "CONSUMENT_EN_OVEREENKOMSTEN",
      },
      {
        code: "consumentenzaken.aankoop-en-garantie",
        nameNl: "Aankoop en garantie",
        nameEn: "Purchases and warranty",
        juridischLoketCategory: "CONSUMENT_EN_OVEREENKOMSTEN",
      },
      {
        code: "consumentenzaken.energie-water-telecom",
        nameNl: "Energie, water en telecom",
        nameEn: "Energy, water and telecom",
        juridischLoketCategory: "CONSUMENT_EN_OVEREENKOMSTEN",
      },
    ],
  },
  {
    code: "belastingrecht",
    nameNl: "Belastingrecht",
    nameEn: "Tax law",
    juridischLoketCategory: "BELASTINGEN",
    children: [
      {
        code: "belastingrecht.toeslagen",
        nameNl: "Toeslagen (huur-, zorg- en kinderopvangtoeslag)",
        nameEn: "Income-related benefits (toeslagen)",
        juridischLoketCategory: "BELASTINGEN",
      },
      {
        code: "belastingrecht.inkomstenbelasting",
        nameNl: "Inkomstenbelasting",
        nameEn: "Income tax",
        juridischLoketCategory: "BELASTINGEN",
      },
      {
        code: "belastingrecht.gemeentelijke-belastingen",
        nameNl: "Gemeentelijke belastingen en kwijtschelding",
        nameEn: "Municipal taxes and remission",
        juridischLoketCategory: "BELASTINGEN",
      },
      {
        code: "belastingrecht.waterschapsbelasting",
        nameNl: "Waterschapsbelasting",
        nameEn: "Water-board tax",
        juridischLoketCategory: "BELASTINGEN",
      },
      {
        code: "belastingrecht.woz",
        nameNl: "WOZ-waarde",
        nameEn: "Property valuation (WOZ)",
        juridischLoketCategory: "BELASTINGEN",
      },
    ],
  },
  {
    code: "personen-en-familierecht",
    nameNl: "Personen- en familierecht",
    nameEn: "Family law",
    juridischLoketCategory: "FAMILIE",
    children: [
      {
        code: "personen-en-familierecht.alimentatie",
        nameNl: "Alimentatie",
        nameEn: "Alimony and child support",
        juridischLoketCategory: "FAMILIE",
      },
      {
        code: "personen-en-familierecht.omgangsregeling",
        nameNl: "Omgangsregeling",
        nameEn: "Access arrangements",
        juridischLoketCategory: "FAMILIE",
      },
      {
        code: "personen-en-familierecht.echtscheiding",
        nameNl: "Echtscheiding",
        nameEn: "Divorce",
        juridischLoketCategory: "FAMILIE",
      },
    ],
  },
  {
    code: "bestuursrecht",
    nameNl: "Bestuursrecht",
    nameEn: "Administrative law",
    juridischLoketCategory: "BESTUURSRECHT",
    children: [
      {
        code: "bestuursrecht.bezwaar-en-beroep",
        nameNl: "Bezwaar en beroep tegen de overheid",
        nameEn: "Objections and appeals against the government",
        juridischLoketCategory: "BESTUURSRECHT",
      },
      {
        code: "bestuursrecht.duo",
        nameNl: "DUO studiefinanciering",
        nameEn: "Student finance (DUO)",
        juridischLoketCategory: "BESTUURSRECHT",
      },
    ],
  },
  {
    code: "arbeidsrecht",
    nameNl: "Arbeidsrecht",
    nameEn: "Labour law",
    juridischLoketCategory: "ARBEID",
    children: [
      { code: "arbeidsrecht.ontslag", nameNl: "Ontslag", nameEn: "Dismissal", juridischLoketCategory: "ARBEID" },
      { code: "arbeidsrecht.loon", nameNl: "Loon", nameEn: "Wages", juridischLoketCategory: "ARBEID" },
    ],
  },
  {
    code: "huur-en-wonen",
    nameNl: "Huur en wonen",
    nameEn: "Housing and rent",
    juridischLoketCategory: "HUUR_EN_WONEN",
    children: [
      {
        code: "huur-en-wonen.huurprijs-en-onderhoud",
        nameNl: "Huurprijs en onderhoud",
        nameEn: "Rent level and repairs",
        juridischLoketCategory: "HUUR_EN_WONEN",
      },
      {
        code: "huur-en-wonen.huurachterstand-en-ontruiming",
        nameNl: "Huurachterstand en ontruiming",
        nameEn: "Rent arrears and eviction",
        juridischLoketCategory: "HUUR_EN_WONEN",
      },
    ],
  },
  {
    code: "schulden",
    nameNl: "Schulden",
    nameEn: "Debts",
    juridischLoketCategory: "SCHULDEN",
    children: [
      {
        code: "schulden.betalingsregeling",
        nameNl: "Betalingsregeling",
        nameEn: "Payment plan",
        juridischLoketCategory: "SCHULDEN",
      },
      {
        code: "schulden.beslagvrije-voet",
        nameNl: "Beslagvrije voet",
        nameEn: "Garnishment-free amount",
        juridischLoketCategory: "SCHULDEN",
      },
      {
        code: "schulden.schuldhulpverlening",
        nameNl: "Schuldhulpverlening",
        nameEn: "Debt counselling",
        juridischLoketCategory: "SCHULDEN",
      },
    ],
  },
  {
    code: "vreemdelingenrecht",
    nameNl: "Vreemdelingenrecht",
    nameEn: "Immigration law",
    juridischLoketCategory: "VREEMDELINGENRECHT",
    children: [
      {
        code: "vreemdelingenrecht.verblijfsvergunning",
        nameNl: "Verblijfsvergunning",
        nameEn: "Residence permit",
        juridischLoketCategory: "VREEMDELINGENRECHT",
      },
      {
        code: "vreemdelingenrecht.naturalisatie",
        nameNl: "Naturalisatie",
        nameEn: "Naturalisation",
        juridischLoketCategory: "VREEMDELINGENRECHT",
      },
    ],
  },
  { code: "overig", nameNl: "Overig", nameEn: "Other", juridischLoketCategory: "OVERIG" },
] as const satisfies readonly LegalDomainNode[];

type Node = (typeof TAXONOMY)[number];
type ChildOf<T> = T extends { children: readonly (infer C)[] } ? C : never;

/** Every code in the taxonomy, so data elsewhere (seed, tests) is checked against it. */
export type LegalDomainCode = Node["code"] | (ChildOf<Node> extends { code: infer C } ? C : never);

export const LEGAL_DOMAINS: readonly LegalDomainNode[] = TAXONOMY;
