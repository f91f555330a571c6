// One dossier that has run for a year, as the report's example client does: arrears with the CAK,
// then a bailiff, a payment arrangement, a recalculated beslagvrije voet and an objection. The
// generated history covers four months; this dossier shows what the dossier page is like when a
// client keeps coming back. Its texts are exported so the English UI test can tell them from ours.
import type {
  CaseActionKind,
  ContactChannel,
  DeadlineKind,
  OtherPartyKind,
  PrismaClient,
} from "../../lib/generated/prisma/client";
import { addCalendarDays, amsterdamDay, amsterdamMoment, dateColumn } from "../../lib/dates";
import { newId } from "./random";

export const YEAR_LONG_CLIENT = "Gerda Nijenhuis";

export const YEAR_LONG_QUESTION =
  "Achterstand eigen bijdrage Wmo bij het CAK (€ 1.140). Nu legt de deurwaarder beslag op de uitkering; de huur kan niet meer betaald worden.";

type Step =
  | { day: number; contact: ContactChannel; minutes: number; note: string }
  | { day: number; action: CaseActionKind; minutes: number; note: string }
  | { day: number; note: string }
  | { day: number; deadline: DeadlineKind; title: string; dueIn: number; done: boolean };

/** Days after the dossier opened, oldest first. */
export const YEAR_LONG_STEPS: readonly Step[] = [
  {
    day: 0,
    contact: "OFFICE",
    minutes: 45,
    note: "Eerste gesprek: brieven van het CAK en de deurwaarder doorgenomen.",
  },
  { day: 0, action: "EXPLAIN_LETTER", minutes: 15, note: "Aanmaning CAK en beslagaankondiging uitgelegd" },
  { day: 0, note: "Cliënte heeft sinds de scheiding geen overzicht meer. Huur twee maanden achter." },
  { day: 0, deadline: "REPLY_EXPECTED", title: "Specificatie van de vordering van het CAK", dueIn: 21, done: true },
  { day: 2, action: "CALL_OTHER_PARTY", minutes: 20, note: "CAK gebeld: specificatie opgevraagd" },
  { day: 16, contact: "PHONE", minutes: 10, note: "Specificatie ontvangen; afspraak gemaakt om samen te kijken." },
  { day: 23, action: "RECALCULATE_BESLAGVRIJE_VOET", minutes: 40, note: "Beslagvrije voet nagerekend: € 96 te laag" },
  {
    day: 23,
    action: "LETTER_TO_BAILIFF",
    minutes: 25,
    note: "Brief aan de deurwaarder om de beslagvrije voet aan te passen",
  },
  { day: 23, deadline: "REPLY_EXPECTED", title: "Antwoord deurwaarder op de herberekening", dueIn: 14, done: true },
  { day: 38, note: "Deurwaarder heeft de beslagvrije voet aangepast. Cliënte houdt € 96 per maand meer over." },
  { day: 45, action: "PAYMENT_PLAN", minutes: 30, note: "Betalingsregeling CAK aangevraagd: € 45 per maand" },
  { day: 45, deadline: "PAYMENT_PLAN", title: "Eerste termijn betalingsregeling CAK", dueIn: 30, done: true },
  {
    day: 80,
    contact: "EMAIL",
    minutes: 10,
    note: "CAK akkoord met de betalingsregeling. Cliënte betaalt per automatische incasso.",
  },
  { day: 120, note: "Rustige periode. Cliënte meldt zich als er nieuwe post is." },
  {
    day: 160,
    contact: "PHONE",
    minutes: 15,
    note: "Nieuwe brief: de gemeente stopt de bijzondere bijstand voor de eigen bijdrage.",
  },
  { day: 162, action: "APPLICATION", minutes: 35, note: "Nieuwe aanvraag bijzondere bijstand met de bankafschriften" },
  {
    day: 200,
    action: "MEDIATION",
    minutes: 30,
    note: "Met de verhuurder een regeling voor de huurachterstand afgesproken",
  },
  {
    day: 240,
    contact: "OFFICE",
    minutes: 30,
    note: "Beslissing op de aanvraag: afgewezen. Samen de gronden besproken.",
  },
  {
    day: 240,
    deadline: "AWB_OBJECTION",
    title: "Bezwaar tegen de afwijzing bijzondere bijstand",
    dueIn: 42,
    done: true,
  },
  { day: 244, action: "OBJECTION_LETTER", minutes: 50, note: "Bezwaarschrift aan de gemeente tegen de afwijzing" },
  { day: 290, note: "Hoorzitting bij de gemeente; cliënte had de stukken mee. Uitspraak binnen zes weken." },
  {
    day: 318,
    contact: "PHONE",
    minutes: 10,
    note: "Bezwaar gegrond: de gemeente betaalt de eigen bijdrage vanaf de aanvraag.",
  },
  { day: 320, action: "CALL_OTHER_PARTY", minutes: 15, note: "CAK gevraagd de betalingsregeling te herzien" },
  {
    day: 320,
    deadline: "REPLY_EXPECTED",
    title: "Nieuwe berekening van de betalingsregeling CAK",
    dueIn: 28,
    done: false,
  },
];

/** The dossier opened this many days before today: a year, give or take a month. */
const OPENED_DAYS_AGO = 330;

export type YearLongContext = {
  organisationId: string;
  advisorId: string;
  domainIds: ReadonlyMap<string, string>;
  otherParties?: ReadonlyMap<OtherPartyKind, string>;
  today: Date;
};

/** Writes the dossier with its client, consent, contacts, actions (with their time), notes and deadlines. */
export async function insertYearLongDossier(db: PrismaClient, context: YearLongContext): Promise<void> {
  const { organisationId, advisorId } = context;
  const openedOn = addCalendarDays(amsterdamDay(context.today), -OPENED_DAYS_AGO);
  const moment = (day: number, minuteOfDay: number) => amsterdamMoment(addCalendarDays(openedOn, day), minuteOfDay);
  const opened = moment(0, 10 * 60);
  const clientId = newId();
  const caseId = newId();
  const base = { organisationId, caseId };

  const contacts = [];
  const actions = [];
  const notes = [];
  const deadlines = [];
  const timeEntries = [];
  for (const [index, step] of YEAR_LONG_STEPS.entries()) {
    const at = moment(step.day, 10 * 60 + 5 * index);
    const day = addCalendarDays(openedOn, step.day);
    if ("contact" in step) {
      const id = newId();
      contacts.push({
        id,
        ...base,
        channel: step.contact,
        occurredOn: dateColumn(day),
        minutes: step.minutes,
        note: step.note,
        advisorId,
        createdAt: at,
      });
      timeEntries.push({
        id: newId(),
        organisationId,
        userId: advisorId,
        enteredById: advisorId,
        caseId,
        dossierContactId: id,
        kind: "CONSULTATION" as const,
        minutes: step.minutes,
        workedOn: dateColumn(day),
        createdAt: at,
      });
    } else if ("action" in step) {
      const id = newId();
      actions.push({
        id,
        ...base,
        kind: step.action,
        description: step.note,
        minutes: step.minutes,
        performedById: advisorId,
        performedAt: at,
        createdAt: at,
      });
      timeEntries.push({
        id: newId(),
        organisationId,
        userId: advisorId,
        enteredById: advisorId,
        caseId,
        caseActionId: id,
        kind: "AFTERCARE" as const,
        minutes: step.minutes,
        workedOn: dateColumn(day),
        createdAt: at,
      });
    } else if ("deadline" in step) {
      const due = addCalendarDays(day, step.dueIn);
      deadlines.push({
        id: newId(),
        ...base,
        kind: step.deadline,
        title: step.title,
        decisionSentOn: step.deadline === "AWB_OBJECTION" ? dateColumn(addCalendarDays(day, -3)) : null,
        dueOn: dateColumn(due),
        completedAt: step.done ? amsterdamMoment(addCalendarDays(due, -2), 11 * 60) : null,
        createdById: advisorId,
        createdAt: at,
      });
    } else {
      notes.push({ id: newId(), ...base, authorId: advisorId, body: step.note, createdAt: at, updatedAt: at });
    }
  }

  await db.$transaction([
    db.client.create({
      data: {
        id: clientId,
        organisationId,
        displayName: YEAR_LONG_CLIENT,
        birthYear: 1961,
        postcodeArea: null,
        preferredLanguage: "nl",
        needsInterpreter: false,
        createdAt: opened,
        updatedAt: opened,
      },
    }),
    db.consent.create({
      data: {
        organisationId,
        clientId,
        purpose: "DOSSIER",
        legalBasis: "CONSENT",
        givenAt: opened,
        scope: "Een dossier bijhouden, zodat ik niet elke keer al mijn papieren opnieuw hoef mee te nemen",
        recordedById: advisorId,
        createdAt: opened,
      },
    }),
    db.case.create({
      data: {
        id: caseId,
        organisationId,
        clientId,
        kind: "DOSSIER",
        status: "OPEN",
        question: YEAR_LONG_QUESTION,
        responsibleAdvisorId: advisorId,
        otherPartyId: context.otherParties?.get("CAK") ?? null,
        openedAt: opened,
        createdAt: opened,
        updatedAt: moment(320, 11 * 60),
        legalDomains: {
          create: [
            { legalDomainId: context.domainIds.get("consumentenzaken.deurwaarder-en-beslag")!, primary: true },
            { legalDomainId: context.domainIds.get("sociale-zekerheid.wmo")!, primary: false },
          ],
        },
      },
    }),
    db.dossierContact.createMany({ data: contacts }),
    db.caseAction.createMany({ data: actions }),
    db.caseNote.createMany({ data: notes }),
    db.deadline.createMany({ data: deadlines }),
    db.timeEntry.createMany({ data: timeEntries }),
  ]);
}
