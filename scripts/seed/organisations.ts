// The three pilot libraries of the report, with fictional addresses, staff and logins.
import type { AdvisorKind, Role, RoomKind } from "../../lib/generated/prisma/client";

export const DEMO_PASSWORD = "spreekuur-demo";

type DemoLocation = {
  slug: string;
  name: string;
  street: string;
  postcode: string;
  city: string;
  directions: string;
  rooms: { name: string; kind: RoomKind }[];
  /** Holds the recurring consultation hours and is the host's home location. */
  main: boolean;
  /** Clients may book a half hour on the public page. */
  onlineBooking?: boolean;
};

export type DemoOrganisation = {
  slug: string;
  name: string;
  municipality: string;
  /** Postcode areas (first four digits) of the town, for the clients' postcodeArea. */
  postcodeAreas: { from: number; to: number };
  /** How many advisors hold conversations at once during a consultation hour. */
  advisorCapacity: number;
  locations: DemoLocation[];
  staff: DemoStaffMember[];
};

type DemoStaffMember = {
  /** The part before the @: gastvrouw, adviseur, … */
  login: string;
  name: string;
  roles: Role[];
  advisorKind?: AdvisorKind;
};

export type DemoUser = {
  email: string;
  name: string;
  roles: Role[];
  organisationSlug: string;
  advisorKind?: AdvisorKind;
};

const CABINS: DemoLocation["rooms"] = [
  { name: "Spreekkamer 1", kind: "CABIN" },
  { name: "Spreekkamer 2", kind: "CABIN" },
];

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    slug: "hengelo",
    name: "Bibliotheek Hengelo",
    municipality: "Hengelo",
    postcodeAreas: { from: 7550, to: 7559 },
    advisorCapacity: 2,
    locations: [
      {
        slug: "hengelo-centrale",
        name: "Bibliotheek Hengelo, centrale bibliotheek",
        street: "Boekenplein 12",
        postcode: "7551 AB",
        city: "Hengelo",
        directions: "Ontwikkelplein, begane grond; meld je bij de gastvrouw naast de Brievenhulp",
        rooms: CABINS,
        main: true,
        onlineBooking: true,
      },
      {
        slug: "hengelo-wijkcentrum",
        name: "Wijkcentrum De Spil",
        street: "Spilstraat 4",
        postcode: "7555 KL",
        city: "Hengelo",
        directions: "Eerste verdieping, kamer naast het sociaal wijkteam",
        rooms: [{ name: "Gespreksruimte", kind: "ROOM" }],
        main: false,
      },
    ],
    staff: [
      { login: "gastvrouw", name: "Ineke Bosschaart", roles: ["HOST"] },
      { login: "adviseur", name: "Marloes Lansink", roles: ["ADVISOR"], advisorKind: "PROFESSIONAL" },
      { login: "adviseur2", name: "Bram Oude Veldhuis", roles: ["ADVISOR"], advisorKind: "PROFESSIONAL" },
      { login: "vrijwilliger", name: "Henk Kamphorst", roles: ["ADVISOR"], advisorKind: "VOLUNTEER" },
      { login: "coordinator", name: "Saskia Wolterink", roles: ["COORDINATOR"] },
      { login: "beheer", name: "Erik Nijhof", roles: ["ADMIN"] },
    ],
  },
  {
    slug: "venray",
    name: "Bibliotheek Venray",
    municipality: "Venray",
    postcodeAreas: { from: 5800, to: 5809 },
    advisorCapacity: 1,
    locations: [
      {
        slug: "venray-centrale",
        name: "Bibliotheek Venray",
        street: "Leeszaalstraat 3",
        postcode: "5801 CD",
        city: "Venray",
        directions: "Ontwikkelplein, begane grond, achter de leestafel",
        rooms: CABINS,
        main: true,
      },
    ],
    staff: [
      { login: "gastvrouw", name: "Truus Janssen-Vermeulen", roles: ["HOST"] },
      { login: "adviseur", name: "Joost Hendrikx", roles: ["ADVISOR"], advisorKind: "PROFESSIONAL" },
      { login: "vrijwilliger", name: "Mieke Peeters-Ambrosius", roles: ["ADVISOR"], advisorKind: "VOLUNTEER" },
      { login: "coordinator", name: "Lotte Verheijen", roles: ["COORDINATOR"] },
      { login: "beheer", name: "Ruud Gommers", roles: ["ADMIN"] },
    ],
  },
  {
    slug: "mar-en-fean",
    name: "Bibliotheek Mar en Fean",
    municipality: "Heerenveen",
    postcodeAreas: { from: 8440, to: 8449 },
    advisorCapacity: 1,
    locations: [
      {
        slug: "mar-en-fean-heerenveen",
        name: "Bibliotheek Heerenveen",
        street: "Boekhof 7",
        postcode: "8441 EF",
        city: "Heerenveen",
        directions: "Ontwikkelplein, eerste verdieping (lift naast de balie)",
        rooms: CABINS,
        main: true,
      },
    ],
    staff: [
      { login: "gastvrouw", name: "Anneke de Vries-Holwerda", roles: ["HOST"] },
      { login: "adviseur", name: "Sjoerd Hoekstra", roles: ["ADVISOR"], advisorKind: "PROFESSIONAL" },
      { login: "vrijwilliger", name: "Baukje Dijkstra", roles: ["ADVISOR"], advisorKind: "VOLUNTEER" },
      { login: "coordinator", name: "Femke Visserman", roles: ["COORDINATOR"] },
      { login: "beheer", name: "Jelle Postma", roles: ["ADMIN"] },
    ],
  },
];

/**
 * A funder that reads figures across libraries (issue 21 item 6). Hengelo and Mar en Fean gave it
 * access when it was seeded; Venray did not, so a demo shows both and an admin can try the switch.
 */
export const DEMO_PROGRAMME = {
  slug: "programma",
  name: "Landelijk programma Sociaal Raadslieden (demo)",
  municipality: "Nederland",
  user: { login: "cijfers", name: "Femke Jansen" },
  grantedBy: ["hengelo", "mar-en-fean"],
} as const;

export function demoEmail(login: string, organisationSlug: string): string {
  return `${login}@${organisationSlug}.example`;
}

export const DEMO_USERS: readonly DemoUser[] = DEMO_ORGANISATIONS.flatMap((organisation) =>
  organisation.staff.map((member) => ({
    email: demoEmail(member.login, organisation.slug),
    name: member.name,
    roles: member.roles,
    organisationSlug: organisation.slug,
    ...(member.advisorKind ? { advisorKind: member.advisorKind } : {}),
  })),
);

/** Tuesday and Thursday 10:00-13:00, as in the report. */
export const CONSULTATION_HOURS = [
  { weekday: 2, startMinute: 600, endMinute: 780 },
  { weekday: 4, startMinute: 600, endMinute: 780 },
] as const;

export const SLOT_MINUTES = 30;
export const HOURS_VALID_FROM = "2025-01-01";

/** The report's cost of one advisor hour: €80 advisor + €30 project + €10 service. */
export const COST_RATE = {
  validFrom: "2025-01-01",
  advisorHourCents: 8000,
  projectHourCents: 3000,
  serviceHourCents: 1000,
} as const;

/** Said when demo data is asked for on a database that holds a real organisation. */
export const DEMO_DATA_REFUSED =
  "Deze database bevat een echte organisatie: hier worden nooit demogegevens geladen. " +
  "Wil je de demo proberen? Start dan zonder DATABASE_URL (een eigen ingebouwde database), of gebruik een lege database met --demo.";
