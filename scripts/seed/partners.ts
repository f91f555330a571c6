// The social map (sociale kaart) of each library: who sends clients in, and to whom the advisor
// refers on. Names follow the kinds of organisation in the report; every contact detail is fake.
import type { PartnerType } from "../../lib/generated/prisma/client";
import type { LegalDomainCode } from "../../lib/legal-domains/taxonomy";
import type { DemoOrganisation } from "./organisations";

export type DemoPartner = {
  name: string;
  type: PartnerType;
  phone: string;
  email: string;
  website?: string;
  address?: string;
  openingHours: string;
  inLibrary: boolean;
  handoverNotes: string;
  legalDomains: LegalDomainCode[];
};

/** Per town: a fictional law firm, a street for the town hall and the fake phone area code. */
const LOCAL: Record<string, { lawFirm: string; townHall: string; areaCode: string }> = {
  hengelo: { lawFirm: "Advocatenkantoor Esrink & Wolters", townHall: "Raadhuisplein 1", areaCode: "074" },
  venray: { lawFirm: "Advocatenkantoor Maasdijk", townHall: "Stadhuisplein 1", areaCode: "0478" },
  "mar-en-fean": { lawFirm: "Advocatenkantoor Tjonger & De Haan", townHall: "Crackstraat 2", areaCode: "0513" },
};

export function demoPartners(organisation: DemoOrganisation): DemoPartner[] {
  const { lawFirm, townHall, areaCode } = LOCAL[organisation.slug];
  const town = organisation.municipality;
  const mail = (box: string) => `${box}.${organisation.slug}@example.nl`;
  const phone = (n: number) => `${areaCode}-000 ${String(1000 + n * 111).slice(0, 4)}`;
  const library = organisation.locations.find((location) => location.main);
  const libraryAddress = library ? `${library.street}, ${library.city} (Ontwikkelplein)` : undefined;

  return [
    {
      name: lawFirm,
      type: "LAWYER",
      phone: phone(1),
      email: mail("advocaten"),
      website: `https://www.example.nl/advocaten-${organisation.slug}`,
      address: `Kerkstraat 21, ${town}`,
      openingHours: "Ma-vr 9:00-17:00, op afspraak",
      inLibrary: false,
      handoverNotes:
        "Werkt met toevoegingen (gesubsidieerde rechtsbijstand). Stuur de beslissing en de brieven mee; vraag de cliënt om inkomensgegevens mee te nemen voor de eigen bijdrage.",
      legalDomains: ["personen-en-familierecht", "arbeidsrecht", "huur-en-wonen", "vreemdelingenrecht"],
    },
    {
      name: "Het Juridisch Loket",
      type: "JURIDISCH_LOKET",
      phone: "0900-000 0800",
      email: mail("juridischloket"),
      website: "https://www.example.nl/juridisch-loket",
      openingHours: "Telefonisch ma-vr 9:00-17:00",
      inLibrary: false,
      handoverNotes: "Voor vragen buiten onze spreekuren of als er snel een advocaat met toevoeging nodig is.",
      legalDomains: [
        "personen-en-familierecht",
        "arbeidsrecht",
        "huur-en-wonen",
        "consumentenzaken",
        "vreemdelingenrecht",
      ],
    },
    {
      name: `Schuldhulpverlening gemeente ${town}`,
      type: "DEBT_HELP",
      phone: phone(2),
      email: mail("schuldhulp"),
      address: `${townHall}, ${town}`,
      openingHours: "Ma-do 9:00-16:00",
      inLibrary: false,
      handoverNotes:
        "Aanmelden met toestemming van de cliënt; intake binnen drie weken. Lijst van schuldeisers meegeven als die er is.",
      legalDomains: ["schulden", "schulden.schuldhulpverlening", "consumentenzaken.deurwaarder-en-beslag"],
    },
    {
      name: `Budget Alert ${town}`,
      type: "BUDGET_ALERT",
      phone: phone(3),
      email: mail("budgetalert"),
      openingHours: "Inloop woensdag 13:00-15:00",
      inLibrary: false,
      handoverNotes:
        "Financiële coaching door getrainde vrijwilligers: geschikt als er (nog) geen problematische schulden zijn.",
      legalDomains: ["schulden", "schulden.betalingsregeling"],
    },
    {
      name: `Sociaal wijkteam ${town}`,
      type: "NEIGHBOURHOOD_TEAM",
      phone: phone(4),
      email: mail("wijkteam"),
      openingHours: "Ma-vr 8:30-17:00",
      inLibrary: false,
      handoverNotes: "Verwijst veel cliënten door; wil graag een korte terugkoppeling als de cliënt daarmee instemt.",
      legalDomains: [],
    },
    {
      name: `Maatschappelijk werk ${town}`,
      type: "SOCIAL_WORK",
      phone: phone(5),
      email: mail("maatschappelijkwerk"),
      openingHours: "Ma-vr 9:00-17:00",
      inLibrary: false,
      handoverNotes: "Bij stress, relatieproblemen of als de cliënt langere begeleiding nodig heeft.",
      legalDomains: [],
    },
    {
      name: organisation.slug === "hengelo" ? "Werkplein Hengelo" : `Gemeente ${town}, Werk en Inkomen`,
      type: "MUNICIPALITY_DESK",
      phone: phone(6),
      email: mail("werkeninkomen"),
      address: `${townHall}, ${town}`,
      openingHours: "Ma-vr 9:00-12:30",
      inLibrary: false,
      handoverNotes:
        "Vraag bij bezwaar naar de naam van de klantmanager; een telefoontje lost soms meer op dan een brief.",
      legalDomains: ["sociale-zekerheid.participatiewet", "belastingrecht.gemeentelijke-belastingen"],
    },
    {
      name: "UWV",
      type: "UWV",
      phone: "0900-000 1234",
      email: mail("uwv"),
      website: "https://www.example.nl/uwv",
      openingHours: "Telefonisch ma-vr 8:00-17:00",
      inLibrary: false,
      handoverNotes: "Bel samen met de cliënt; houd het BSN en de datum van de beslissing bij de hand.",
      legalDomains: ["sociale-zekerheid.wia", "sociale-zekerheid.ziektewet", "sociale-zekerheid.ww"],
    },
    {
      name: "Belastingdienst/Toeslagen",
      type: "BELASTINGDIENST_TOESLAGEN",
      phone: "0800-000 0543",
      email: mail("toeslagen"),
      website: "https://www.example.nl/toeslagen",
      openingHours: "BelastingTelefoon ma-do 8:00-20:00, vr 8:00-17:00",
      inLibrary: false,
      handoverNotes: "Vraag naar een persoonlijke betalingsregeling of herberekening van het vrij te laten bedrag.",
      legalDomains: ["belastingrecht.toeslagen", "belastingrecht.inkomstenbelasting"],
    },
    {
      name: `Zorgloket ${town}`,
      type: "CARE_DESK",
      phone: phone(7),
      email: mail("zorgloket"),
      address: `${townHall}, ${town}`,
      openingHours: "Ma-vr 9:00-12:00",
      inLibrary: false,
      handoverNotes: "Wmo-meldingen; vraag altijd om een gespreksverslag van het keukentafelgesprek.",
      legalDomains: ["sociale-zekerheid.wmo"],
    },
    {
      name: "Brievenhulp",
      type: "BRIEVENHULP",
      phone: phone(8),
      email: mail("brievenhulp"),
      address: libraryAddress,
      openingHours: "Di en do 10:00-12:00, tegelijk met het spreekuur",
      inLibrary: true,
      handoverNotes:
        "Loop met de cliënt mee naar de tafel ernaast. Vrijwilligers helpen met formulieren en aanvragen, niet met bezwaar.",
      legalDomains: [],
    },
    {
      name: "Informatiepunt Digitale Overheid (IDO)",
      type: "IDO",
      phone: phone(9),
      email: mail("ido"),
      address: libraryAddress,
      openingHours: "Ma-vr tijdens openingstijden van de bibliotheek",
      inLibrary: true,
      handoverNotes: "Voor DigiD aanvragen en activeren, Mijn toeslagen en Mijn UWV.",
      legalDomains: [],
    },
    {
      name: `Taalhuis ${town}`,
      type: "TAALHUIS",
      phone: phone(10),
      email: mail("taalhuis"),
      address: libraryAddress,
      openingHours: "Wo 13:30-16:00 en za 10:00-12:00",
      inLibrary: true,
      handoverNotes: "Voor cliënten die beter willen leren lezen en schrijven; geef het rustig aan, zonder oordeel.",
      legalDomains: [],
    },
    {
      name: "Digisterker",
      type: "DIGISTERKER",
      phone: phone(11),
      email: mail("digisterker"),
      address: libraryAddress,
      openingHours: "Cursus van vier ochtenden, start elke maand",
      inLibrary: true,
      handoverNotes: "Cursus 'Werken met de e-overheid': inschrijven bij de balie van de bibliotheek.",
      legalDomains: [],
    },
    {
      name: "Cliëntenraad Minima & Wmo",
      type: "CLIENT_COUNCIL",
      phone: phone(12),
      email: mail("clientenraad"),
      address: libraryAddress,
      openingHours: "Do 13:00-15:00 op het Ontwikkelplein",
      inLibrary: false,
      handoverNotes: "Helpt bij de aanvraagprocedure Wmo en minimaregelingen en signaleert knelpunten bij de gemeente.",
      legalDomains: ["sociale-zekerheid.wmo", "sociale-zekerheid.participatiewet"],
    },
    {
      name: `Bijzondere bijstand gemeente ${town}`,
      type: "SPECIAL_ASSISTANCE",
      phone: phone(6),
      email: mail("bijzonderebijstand"),
      address: `${townHall}, ${town}`,
      openingHours: "Aanvragen via het formulier; hulp bij invullen door Brievenhulp",
      inLibrary: false,
      handoverNotes: "Ook voor de eigen bijdrage van een advocaat (toevoeging) bij een laag inkomen.",
      legalDomains: ["sociale-zekerheid.participatiewet"],
    },
    {
      name: `Sport- en Cultuurfonds ${town}`,
      type: "SPORT_AND_CULTURE_FUND",
      phone: phone(13),
      email: mail("sportencultuur"),
      openingHours: "Aanvragen via een intermediair (wijkteam, school, adviseur)",
      inLibrary: false,
      handoverNotes: "Betaalt contributie of lesgeld voor kinderen uit gezinnen met een laag inkomen.",
      legalDomains: [],
    },
  ];
}
