// Four months of consultation hours for one library, plus the next four weeks: sessions, slots,
// walk-ins and appointments, quick contacts and dossiers with their actions, deadlines, referrals,
// aftercare, hours and benefits. Built in memory from a seeded PRNG (same input, same data), with
// our own ids so that everything can be inserted with a handful of createMany calls.
import type {
  CaseOutcome,
  CaseStatus,
  ConsultationMode,
  HeardVia,
  OtherPartyKind,
  PartnerType,
  Prisma,
  PrismaClient,
  ReferralStatus,
  VisitKind,
  VisitStatus,
} from "../../lib/generated/prisma/client";
import { addCalendarDays, amsterdamDay, amsterdamMoment, dateColumn, isoWeekday } from "../../lib/dates";
import { libraryHolidays } from "./calendar";
import { HOURS_VALID_FROM } from "./organisations";
import { otherPartyKindOf } from "./other-parties";
import { clientName, fakeEmail, fakeMobile, LANGUAGE_WEIGHTS } from "./people";
import { QUESTION_BANK, type QuestionTemplate } from "./questions";
import { createRandom, newId, seedFrom, type Random } from "./random";

/** How clients heard of the hour, by relative weight; "NOT_ASKED": the host skipped the question. */
const HEARD_VIA_WEIGHTS: Record<HeardVia | "NOT_ASKED", number> = {
  LIBRARY: 5,
  ORGANISATION: 4,
  FAMILY_OR_FRIENDS: 3,
  POSTER_OR_FLYER: 2,
  INTERNET: 2,
  LOCAL_MEDIA: 1,
  OTHER: 1,
  NOT_ASKED: 4,
};
const channelOf = (answer: HeardVia | "NOT_ASKED") => (answer === "NOT_ASKED" ? null : answer);

export type HistoryContext = {
  organisationId: string;
  slug: string;
  locationId: string;
  /** The cabins of the main location, in the order advisors take them. */
  roomIds: string[];
  hours: {
    id: string;
    weekday: number;
    startMinute: number;
    endMinute: number;
    slotMinutes: number;
    advisorCapacity: number;
    mode: ConsultationMode;
  }[];
  hostId: string;
  coordinatorId: string;
  professionalIds: string[];
  volunteerId: string;
  postcodeAreas: { from: number; to: number };
  domainIds: ReadonlyMap<string, string>;
  partners: ReadonlyMap<PartnerType, { id: string; name: string }>;
  /** The library's list of other parties, one entry per kind; without it no question names one. */
  otherParties?: ReadonlyMap<OtherPartyKind, string>;
  today: Date;
  /** The national scale data set (scripts/seed-scale.ts) stretches the same story over years. */
  scale?: HistoryScale;
};

type HistoryScale = {
  /** The PRNG seed text; the demo uses its own per library. */
  seed: string;
  historyDays: number;
  /** The first day the recurring hours run (the demo's hours start in 2025). */
  hoursValidFrom: string;
  /** How many of a held session's slots are taken, e.g. more in spring (income-tax deadline). */
  visitsPerSession(day: string, slots: number, random: Random): number;
};

export type HistoryRows = {
  clients: Prisma.ClientCreateManyInput[];
  sessions: Prisma.SessionCreateManyInput[];
  sessionStaff: Prisma.SessionStaffCreateManyInput[];
  slots: Prisma.SlotCreateManyInput[];
  cases: Prisma.CaseCreateManyInput[];
  caseLegalDomains: Prisma.CaseLegalDomainCreateManyInput[];
  caseShares: Prisma.CaseShareCreateManyInput[];
  visits: Prisma.VisitCreateManyInput[];
  consents: Prisma.ConsentCreateManyInput[];
  referrals: Prisma.ReferralCreateManyInput[];
  caseActions: Prisma.CaseActionCreateManyInput[];
  caseNotes: Prisma.CaseNoteCreateManyInput[];
  deadlines: Prisma.DeadlineCreateManyInput[];
  aftercareTasks: Prisma.AftercareTaskCreateManyInput[];
  timeEntries: Prisma.TimeEntryCreateManyInput[];
  costBenefitItems: Prisma.CostBenefitItemCreateManyInput[];
};

const HISTORY_DAYS = 122;
const FUTURE_DAYS = 28;
const MINUTE = 60_000;
const HOLIDAY_CLOSURE = "Bibliotheek gesloten (feestdag)";
const STAFF_DAY_CLOSURE = "Bibliotheek gesloten (personeelsdag)";
const ILLNESS = "Ziekte adviseur, geen vervanger";

const IN_REFERRERS = {
  NEIGHBOURHOOD_TEAM: 35,
  MUNICIPALITY_DESK: 25,
  SOCIAL_WORK: 15,
  CARE_DESK: 15,
  UWV: 10,
} as const;
export const IN_REASONS: Record<keyof typeof IN_REFERRERS, string> = {
  NEIGHBOURHOOD_TEAM: "Wijkcoach zag de brief tijdens een huisbezoek en raadde het spreekuur aan",
  MUNICIPALITY_DESK: "Klantmanager verwees naar het spreekuur in de bibliotheek",
  SOCIAL_WORK: "Maatschappelijk werker stuurde cliënt door voor de juridische kant",
  CARE_DESK: "Doorgestuurd door het Zorgloket",
  UWV: "Via het UWV-spreekuur doorverwezen",
};
export const OUT_REASONS: Partial<Record<PartnerType, string>> = {
  LAWYER: "Procedure nodig; advocaat kan een toevoeging aanvragen",
  JURIDISCH_LOKET: "Specialistisch advies nodig buiten het spreekuur",
  DEBT_HELP: "Meerdere schulden: aanmelding voor schuldhulpverlening",
  CLIENT_COUNCIL: "Hulp bij de aanvraagprocedure",
  BUDGET_ALERT: "Hulp bij overzicht in geldzaken",
  IDO: "DigiD aanvragen en activeren",
  BRIEVENHULP: "Hulp bij het invullen van de aanvraag",
  TAALHUIS: "Wil beter Nederlands leren lezen en schrijven",
  SPECIAL_ASSISTANCE: "Aanvraag bijzondere bijstand",
};
const QUICK_DESCRIPTIONS = {
  EXPLAIN_LETTER: "Brief uitgelegd; cliënt weet wat er moet gebeuren",
  EXPLAIN_PROCEDURE: "Procedure en mogelijkheden uitgelegd",
  INFORMATION: "Informatie gegeven; geen vervolg nodig",
} as const;
// Quick contacts are always solved on the spot, so 5 in 18 closed dossiers referred on
// makes about 1 in 10 of all closed cases, and about 86% solved without referral, as reported.
const CLOSED_OUTCOMES: Record<CaseOutcome, number> = {
  SOLVED: 8,
  PARTLY_SOLVED: 3,
  REFERRED: 5,
  CLIENT_WITHDREW: 1,
  NOT_SOLVED: 1,
};
const AFTERCARE_MINUTES = [15, 20, 30, 30, 45, 45, 60, 90];

type CaseState = { id: string; code: string; responsibleId: string; openUntil: number; sharedWith: Set<string> };
type ClientState = {
  id: string;
  returning: boolean;
  visits: number;
  lastVisitAt: number;
  dossier?: CaseState;
  hasDossierConsent: boolean;
};
type Staffing = { id: string; standInForId?: string };
type PlannedSession = {
  id: string;
  day: string;
  hour: HistoryContext["hours"][number];
  status: "PLANNED" | "HELD" | "CANCELLED";
  cancelReason?: string;
  staff: Staffing[];
  slots: { id: string; advisorId: string; index: number; startsAt: Date; endsAt: Date }[];
};

const plusMinutes = (moment: Date, minutes: number) => new Date(moment.getTime() + minutes * MINUTE);
const topLevel = (code: string) => code.split(".")[0];
const euros = new Intl.NumberFormat("nl-NL");

function nextWorkday(day: string): string {
  let result = day;
  while (isoWeekday(result) > 5) result = addCalendarDays(result, 1);
  return result;
}

function previousWorkday(day: string): string {
  let result = addCalendarDays(day, -1);
  while (isoWeekday(result) > 5) result = addCalendarDays(result, -1);
  return result;
}

export function buildHistory(context: HistoryContext): HistoryRows {
  const seed = context.scale?.seed ?? `spreekuur-demo:${context.slug}`;
  const random = createRandom(seedFrom(seed));
  // A stream of its own: the answers came later than the rest, and drawing them from the first
  // would change every demo figure after the first client.
  const heardVia = createRandom(seedFrom(`${seed}:heard-via`)).deck(HEARD_VIA_WEIGHTS);
  const historyDays = context.scale?.historyDays ?? HISTORY_DAYS;
  const todayDay = amsterdamDay(context.today);
  const now = context.today.getTime();
  const rows: HistoryRows = {
    clients: [],
    sessions: [],
    sessionStaff: [],
    slots: [],
    cases: [],
    caseLegalDomains: [],
    caseShares: [],
    visits: [],
    consents: [],
    referrals: [],
    caseActions: [],
    caseNotes: [],
    deadlines: [],
    aftercareTasks: [],
    timeEntries: [],
    costBenefitItems: [],
  };
  const domainId = (code: string) => {
    const id = context.domainIds.get(code);
    if (!id) throw new Error(`Legal domain ${code} is missing`);
    return id;
  };
  const partner = (type: PartnerType) => {
    const found = context.partners.get(type);
    if (!found) throw new Error(`No partner of type ${type} for ${context.slug}`);
    return found;
  };
  const drawDomain = random.deck(Object.fromEntries(QUESTION_BANK.map((group) => [group.domain, group.weight])));
  const drawOutcome = random.deck(CLOSED_OUTCOMES);
  const lastWorkday = previousWorkday(todayDay);

  const sessions = planSessions(context, random, todayDay);
  for (const session of sessions) {
    rows.sessions.push({
      id: session.id,
      organisationId: context.organisationId,
      locationId: context.locationId,
      consultationHourId: session.hour.id,
      startsAt: amsterdamMoment(session.day, session.hour.startMinute),
      endsAt: amsterdamMoment(session.day, session.hour.endMinute),
      mode: session.hour.mode,
      advisorCapacity: session.hour.advisorCapacity,
      // Held is not stored: a past session that was not cancelled is held (lib/schedule/session-phase.ts).
      status: session.status === "CANCELLED" ? "CANCELLED" : "PLANNED",
      cancelReason: session.cancelReason ?? null,
      createdAt: amsterdamMoment(addCalendarDays(session.day, -42), 540),
    });
  }
  for (const session of sessions) {
    for (const slot of session.slots) {
      rows.slots.push({
        id: slot.id,
        organisationId: context.organisationId,
        sessionId: session.id,
        advisorId: slot.advisorId,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
      });
    }
  }
  rows.sessionStaff = sessions.flatMap((session) => staffRows(session, context));

  const clients: ClientState[] = [];
  const newClient = (firstSeen: Date): ClientState => {
    const language = random.weighted(LANGUAGE_WEIGHTS);
    const displayName = clientName(random, language);
    const isInitials = displayName.endsWith(".");
    const state: ClientState = {
      id: newId(),
      returning: random.chance(0.3),
      visits: 0,
      lastVisitAt: 0,
      hasDossierConsent: false,
    };
    rows.clients.push({
      id: state.id,
      organisationId: context.organisationId,
      displayName,
      phone: random.chance(0.6) ? fakeMobile(random, clients.length) : null,
      email: !isInitials && random.chance(0.2) ? fakeEmail(random, displayName) : null,
      birthYear: random.chance(0.75) ? random.int(1940, 2003) : null,
      postcodeArea: random.chance(0.9)
        ? String(random.int(context.postcodeAreas.from, context.postcodeAreas.to))
        : null,
      preferredLanguage: language,
      needsInterpreter: language !== "nl" && random.chance(0.4),
      heardVia: channelOf(heardVia()),
      createdAt: firstSeen,
      updatedAt: firstSeen,
    });
    clients.push(state);
    return state;
  };
  const chooseClient = (moment: Date): ClientState => {
    const weekAgo = moment.getTime() - 7 * 24 * 60 * MINUTE;
    const returning = clients.filter(
      (client) => client.returning && client.visits < 8 && client.lastVisitAt <= weekAgo,
    );
    if (returning.length && random.chance(0.65)) return random.pick(returning);
    return newClient(moment);
  };

  for (const session of sessions.filter((s) => s.status === "HELD")) {
    const taken = random
      .shuffle(session.slots)
      .slice(
        0,
        context.scale ? context.scale.visitsPerSession(session.day, session.slots.length, random) : random.int(2, 5),
      )
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    const takenIds = new Set(taken.map((slot) => slot.id));
    for (const slot of taken) {
      const nextSlotFree = !session.slots.some(
        (other) => other.advisorId === slot.advisorId && other.index === slot.index + 1 && takenIds.has(other.id),
      );
      recordVisit(session, slot, nextSlotFree);
    }
  }

  function recordVisit(session: PlannedSession, slot: PlannedSession["slots"][number], nextSlotFree: boolean) {
    const roll = random.next();
    const status: VisitStatus = roll < 0.05 ? "NO_SHOW" : roll < 0.09 ? "CANCELLED" : "DONE";
    const kind: VisitKind = status !== "DONE" || random.chance(0.2) ? "APPOINTMENT" : "WALK_IN";
    const arrivedAt = plusMinutes(slot.startsAt, -random.int(0, kind === "WALK_IN" ? 25 : 10));
    const registeredAt =
      kind === "APPOINTMENT" ? plusMinutes(arrivedAt, -random.int(1, 10) * 24 * 60 - random.int(0, 300)) : arrivedAt;
    const client = chooseClient(registeredAt);
    const firstVisit = client.visits === 0;
    client.visits += 1;
    client.lastVisitAt = slot.startsAt.getTime();
    const visitId = newId();
    const base = {
      id: visitId,
      organisationId: context.organisationId,
      locationId: context.locationId,
      sessionId: session.id,
      clientId: client.id,
      kind,
      plannedStartsAt: kind === "APPOINTMENT" ? slot.startsAt : null,
      registeredById: context.hostId,
      createdAt: registeredAt,
      updatedAt: slot.endsAt,
    };

    if (status !== "DONE") {
      const code = random.pick(QUESTION_BANK).domain;
      rows.visits.push({
        ...base,
        status,
        // A cancelled appointment gives its slot back; a no-show kept it.
        slotId: status === "CANCELLED" ? null : slot.id,
        categoryId: random.chance(0.1) ? null : domainId(topLevel(code)),
      });
      if (firstVisit) recordIncomingReferral(client, visitId, undefined, registeredAt);
      return;
    }

    const startOffset = random.int(0, 4);
    const startedAt = plusMinutes(slot.startsAt, startOffset);
    const runsOver = nextSlotFree && random.chance(0.03);
    const duration = runsOver ? random.int(31, 36) - startOffset : random.int(8, 30 - startOffset);
    const endedAt = plusMinutes(startedAt, duration);
    const day = session.day;

    const open = client.dossier && client.dossier.openUntil > startedAt.getTime() ? client.dossier : undefined;
    let caseState: CaseState;
    if (open && random.chance(0.75)) {
      caseState = open;
      rows.caseActions.push({
        id: newId(),
        organisationId: context.organisationId,
        caseId: open.id,
        kind: "INFORMATION",
        description: "Vervolggesprek: stand van zaken besproken en nieuwe post doorgenomen",
        performedById: slot.advisorId,
        performedAt: plusMinutes(startedAt, 5),
      });
      if (slot.advisorId !== open.responsibleId && !open.sharedWith.has(slot.advisorId)) {
        open.sharedWith.add(slot.advisorId);
        rows.caseShares.push({ caseId: open.id, userId: slot.advisorId, createdAt: startedAt });
      }
    } else {
      caseState = recordCase(client, visitId, slot.advisorId, day, startedAt, endedAt);
    }

    rows.visits.push({
      ...base,
      status,
      slotId: slot.id,
      caseId: caseState.id,
      categoryId: random.chance(0.05) ? null : domainId(topLevel(caseState.code)),
      arrivedAt,
      startedAt,
      endedAt,
      updatedAt: endedAt,
    });
    rows.timeEntries.push({
      id: newId(),
      organisationId: context.organisationId,
      userId: slot.advisorId,
      kind: "CONSULTATION",
      minutes: Math.min(30, duration),
      workedOn: dateColumn(day),
      caseId: caseState.id,
      visitId,
      enteredById: slot.advisorId,
      createdAt: endedAt,
    });
    if (firstVisit) recordIncomingReferral(client, visitId, caseState, registeredAt);
  }

  function recordCase(
    client: ClientState,
    visitId: string,
    advisorId: string,
    day: string,
    startedAt: Date,
    endedAt: Date,
  ): CaseState {
    const domain = drawDomain();
    const group = QUESTION_BANK.find((candidate) => candidate.domain === domain)!;
    const template = random.pick(group.templates);
    const caseId = newId();
    const quick = random.chance(0.55);
    const question = questionText(template, random, Number(day.slice(0, 4)));
    const otherPartyKind = otherPartyKindOf(question);
    const caseBase = {
      id: caseId,
      organisationId: context.organisationId,
      clientId: client.id,
      responsibleAdvisorId: advisorId,
      question,
      otherPartyId: otherPartyKind ? (context.otherParties?.get(otherPartyKind) ?? null) : null,
      openedAt: startedAt,
      createdAt: startedAt,
    };
    rows.caseLegalDomains.push({ caseId, legalDomainId: domainId(group.domain), primary: true });
    const action = (kind: Prisma.CaseActionCreateManyInput["kind"], description: string, performedAt: Date) =>
      rows.caseActions.push({
        id: newId(),
        organisationId: context.organisationId,
        caseId,
        kind,
        description,
        performedById: advisorId,
        performedAt,
      });

    if (quick) {
      rows.cases.push({
        ...caseBase,
        kind: "QUICK_CONTACT",
        status: "CLOSED",
        outcome: "SOLVED",
        solvedWithoutReferral: true,
        closedAt: endedAt,
        updatedAt: endedAt,
      });
      action(template.quick, QUICK_DESCRIPTIONS[template.quick], plusMinutes(startedAt, 5));
      if (template.alsoTo && random.chance(0.3))
        recordOutgoingReferral(
          client,
          advisorId,
          caseId,
          visitId,
          template.alsoTo,
          plusMinutes(endedAt, -2),
          "INFORMATION_ONLY",
        );
      return {
        id: caseId,
        code: group.domain,
        responsibleId: advisorId,
        openUntil: endedAt.getTime(),
        sharedWith: new Set(),
      };
    }

    const lifetimeDays = random.chance(0.5) ? random.int(7, 30) : random.int(31, 90);
    const closeDay = nextWorkday(addCalendarDays(day, lifetimeDays));
    const closedAt = closeDay < todayDay ? amsterdamMoment(closeDay, random.int(540, 960)) : null;
    const outcome = closedAt ? drawOutcome() : null;
    const status: CaseStatus = closedAt ? "CLOSED" : random.chance(0.6) ? "OPEN" : "WAITING_FOR_THIRD_PARTY";
    const until = closedAt?.getTime() ?? now;

    // Some objections in open dossiers are still unwritten, so the deadline list has overdue and
    // upcoming terms to show.
    const objectionPending = !closedAt && template.objection !== undefined && random.chance(0.4);
    // The first step happens in the conversation itself, the rest in the days after.
    let actionDay = day;
    let lastActivity = plusMinutes(startedAt, 5);
    let objectionSentAt: Date | undefined;
    template.actions.forEach((step, index) => {
      if (objectionPending && step.kind === "OBJECTION_LETTER") return;
      let performedAt = plusMinutes(startedAt, 5);
      if (index > 0) {
        actionDay = nextWorkday(addCalendarDays(actionDay, random.int(2, 9)));
        performedAt = amsterdamMoment(actionDay, random.int(540, 960));
      }
      if (performedAt.getTime() >= until) return;
      action(step.kind, step.description, performedAt);
      lastActivity = performedAt;
      if (step.kind === "OBJECTION_LETTER") objectionSentAt = performedAt;
    });

    if (outcome === "REFERRED" && closedAt) {
      const referredAt = plusMinutes(closedAt, -60);
      const target = partner(template.referTo);
      action("REFERRAL", `Doorverwezen naar ${target.name}`, referredAt);
      recordOutgoingReferral(
        client,
        advisorId,
        caseId,
        undefined,
        template.referTo,
        referredAt,
        random.chance(0.5) ? "WARM" : "INFORMATION_ONLY",
      );
    }
    if (template.alsoTo && random.chance(0.3))
      recordOutgoingReferral(
        client,
        advisorId,
        caseId,
        visitId,
        template.alsoTo,
        plusMinutes(endedAt, -2),
        "INFORMATION_ONLY",
      );

    rows.cases.push({
      ...caseBase,
      kind: "DOSSIER",
      status,
      outcome,
      closedAt,
      solvedWithoutReferral: outcome ? outcome === "SOLVED" || outcome === "PARTLY_SOLVED" : null,
      updatedAt: closedAt ?? lastActivity,
    });
    rows.caseNotes.push({
      id: newId(),
      organisationId: context.organisationId,
      caseId,
      authorId: advisorId,
      body: template.note,
      createdAt: plusMinutes(endedAt, 3),
      updatedAt: plusMinutes(endedAt, 3),
    });
    if (!client.hasDossierConsent) {
      client.hasDossierConsent = true;
      rows.consents.push({
        id: newId(),
        organisationId: context.organisationId,
        clientId: client.id,
        purpose: "DOSSIER",
        legalBasis: "CONSENT",
        givenAt: startedAt,
        scope: "Een dossier bijhouden, zodat ik niet elke keer al mijn papieren opnieuw hoef mee te nemen",
        recordedById: advisorId,
        createdAt: startedAt,
      });
    }
    recordDeadlines(template, caseId, advisorId, day, endedAt, closedAt, objectionSentAt);
    recordAftercare(template, caseId, visitId, advisorId, day, endedAt, closedAt);
    // Benefits are written down for about half the solved dossiers: a third of all closed ones.
    if (closedAt && (outcome === "SOLVED" || outcome === "PARTLY_SOLVED") && random.chance(0.53)) {
      for (const benefit of template.benefits) {
        rows.costBenefitItems.push({
          id: newId(),
          organisationId: context.organisationId,
          caseId,
          category: benefit.category,
          beneficiary: benefit.beneficiary,
          amountCents: benefit.amountCents,
          description: benefit.description,
          recordedById: advisorId,
          createdAt: closedAt,
        });
      }
    }

    const state: CaseState = {
      id: caseId,
      code: group.domain,
      responsibleId: advisorId,
      openUntil: closedAt?.getTime() ?? Infinity,
      sharedWith: new Set(),
    };
    client.dossier = state;
    return state;
  }

  function recordDeadlines(
    template: QuestionTemplate,
    caseId: string,
    advisorId: string,
    day: string,
    createdAt: Date,
    closedAt: Date | null,
    objectionSentAt: Date | undefined,
  ) {
    const deadline = (
      kind: Prisma.DeadlineCreateManyInput["kind"],
      title: string,
      dueDay: string,
      completedAt: Date | null,
      decisionSentOn?: string,
    ) =>
      rows.deadlines.push({
        id: newId(),
        organisationId: context.organisationId,
        caseId,
        kind,
        title,
        decisionSentOn: decisionSentOn ? dateColumn(decisionSentOn) : null,
        dueOn: dateColumn(dueDay),
        completedAt,
        createdById: advisorId,
        createdAt: plusMinutes(createdAt, 5),
      });
    if (template.objection) {
      // Demo data: the plain six weeks, without the Algemene termijnenwet extension.
      const decisionSentOn = addCalendarDays(day, -random.int(2, 20));
      deadline(
        "AWB_OBJECTION",
        template.objection,
        addCalendarDays(decisionSentOn, 42),
        objectionSentAt ?? closedAt,
        decisionSentOn,
      );
    }
    if (template.replyExpected) {
      const dueDay = nextWorkday(addCalendarDays(day, random.int(14, 28)));
      const answered =
        closedAt ?? (dueDay < todayDay && random.chance(0.5) ? amsterdamMoment(dueDay, random.int(540, 960)) : null);
      deadline("REPLY_EXPECTED", template.replyExpected, dueDay, answered);
    }
    if (!closedAt && template.actions.some((step) => step.kind === "PAYMENT_PLAN")) {
      deadline(
        "PAYMENT_PLAN",
        "Eerste termijn betalingsregeling",
        nextWorkday(addCalendarDays(day, random.int(20, 35))),
        null,
      );
    }
  }

  function recordAftercare(
    template: QuestionTemplate,
    caseId: string,
    visitId: string,
    advisorId: string,
    day: string,
    createdAt: Date,
    closedAt: Date | null,
  ) {
    template.aftercare.forEach((title, index) => {
      const dueDay = nextWorkday(addCalendarDays(day, 3 + index * 7 + random.int(0, 3)));
      const doneAt = closedAt
        ? new Date(Math.min(closedAt.getTime(), amsterdamMoment(dueDay, random.int(540, 960)).getTime()))
        : dueDay < todayDay && random.chance(0.6)
          ? amsterdamMoment(dueDay, random.int(540, 960))
          : null;
      const taskId = newId();
      rows.aftercareTasks.push({
        id: taskId,
        organisationId: context.organisationId,
        caseId,
        visitId,
        title,
        dueOn: dateColumn(dueDay),
        assigneeId: advisorId,
        status: doneAt ? "DONE" : "OPEN",
        completedAt: doneAt,
        createdById: advisorId,
        createdAt: plusMinutes(createdAt, 4),
        updatedAt: doneAt ?? plusMinutes(createdAt, 4),
      });
      const workedOn = doneAt ? amsterdamDay(doneAt) : random.chance(0.3) ? lastWorkday : null;
      if (!workedOn || workedOn <= day) return;
      rows.timeEntries.push({
        id: newId(),
        organisationId: context.organisationId,
        userId: advisorId,
        kind: "AFTERCARE",
        minutes: random.pick(AFTERCARE_MINUTES),
        workedOn: dateColumn(workedOn),
        caseId,
        aftercareTaskId: taskId,
        description: title,
        enteredById: advisorId,
        createdAt: doneAt ?? amsterdamMoment(workedOn, 960),
      });
    });
  }

  function recordIncomingReferral(client: ClientState, visitId: string, caseState: CaseState | undefined, at: Date) {
    if (!random.chance(0.6)) return;
    const type = random.weighted(IN_REFERRERS);
    const feedbackRequested = random.chance(0.4);
    let consentId: string | null = null;
    if (feedbackRequested) {
      consentId = newId();
      rows.consents.push({
        id: consentId,
        organisationId: context.organisationId,
        clientId: client.id,
        purpose: "REFERRER_FEEDBACK",
        legalBasis: "CONSENT",
        givenAt: at,
        scope: `${partner(type).name} mag horen hoe het gesprek is gegaan`,
        recordedById: context.hostId,
        createdAt: at,
      });
    }
    const closedAt = caseState && Number.isFinite(caseState.openUntil) ? caseState.openUntil : null;
    const feedbackAt = closedAt !== null ? closedAt + random.int(1, 7) * 24 * 60 * MINUTE : null;
    rows.referrals.push({
      id: newId(),
      organisationId: context.organisationId,
      direction: "IN",
      clientId: client.id,
      caseId: caseState?.id ?? null,
      visitId,
      partnerId: partner(type).id,
      reason: IN_REASONS[type],
      consentId,
      feedbackRequested,
      feedbackGivenAt:
        feedbackRequested && feedbackAt !== null && feedbackAt < now && random.chance(0.75)
          ? new Date(feedbackAt)
          : null,
      createdById: context.hostId,
      createdAt: at,
    });
  }

  function recordOutgoingReferral(
    client: ClientState,
    advisorId: string,
    caseId: string,
    visitId: string | undefined,
    type: PartnerType,
    at: Date,
    handover: "WARM" | "INFORMATION_ONLY",
  ) {
    const target = partner(type);
    let consentId: string | null = null;
    if (handover === "WARM") {
      consentId = newId();
      rows.consents.push({
        id: consentId,
        organisationId: context.organisationId,
        clientId: client.id,
        purpose: "SHARE_WITH_PARTNER",
        legalBasis: "CONSENT",
        givenAt: at,
        scope: `Mijn vraag en de brieven delen met ${target.name}`,
        recordedById: advisorId,
        createdAt: at,
      });
    }
    const ageDays = (now - at.getTime()) / (24 * 60 * MINUTE);
    const status: ReferralStatus =
      ageDays > 21 ? (random.chance(0.85) ? "FINISHED" : "DID_NOT_ARRIVE") : ageDays > 7 ? "ACCEPTED" : "SENT";
    rows.referrals.push({
      id: newId(),
      organisationId: context.organisationId,
      direction: "OUT",
      clientId: client.id,
      caseId,
      visitId: visitId ?? null,
      partnerId: target.id,
      reason: OUT_REASONS[type] ?? null,
      handover,
      status,
      consentId,
      followUpOn: dateColumn(nextWorkday(addCalendarDays(amsterdamDay(at), 14))),
      createdById: advisorId,
      createdAt: at,
    });
  }

  // A few appointments are already booked in the coming weeks, mostly by returning clients.
  const upcoming = sessions.filter((session) => session.status === "PLANNED" && session.day > todayDay);
  for (const session of clients.length ? random.shuffle(upcoming).slice(0, 3) : []) {
    const slot = random.pick(session.slots);
    const withDossier = clients.filter((client) => client.dossier && client.dossier.openUntil > now);
    const client = withDossier.length && random.chance(0.7) ? random.pick(withDossier) : random.pick(clients);
    const dossier = client.dossier && client.dossier.openUntil > now ? client.dossier : undefined;
    const bookedAt = plusMinutes(context.today, -random.int(1, 5) * 24 * 60);
    rows.visits.push({
      id: newId(),
      organisationId: context.organisationId,
      locationId: context.locationId,
      sessionId: session.id,
      slotId: slot.id,
      clientId: client.id,
      caseId: dossier?.id ?? null,
      kind: "APPOINTMENT",
      status: "BOOKED",
      categoryId: domainId(topLevel(dossier?.code ?? random.pick(QUESTION_BANK).domain)),
      plannedStartsAt: slot.startsAt,
      registeredById: context.hostId,
      createdAt: bookedAt,
      updatedAt: bookedAt,
    });
  }

  // The coordinator's weekly hours as the guide plans them: 3 h coordination, 1 h communication, 0.3 h management.
  for (let day = firstMonday(addCalendarDays(todayDay, -historyDays)); day < todayDay; day = addCalendarDays(day, 7)) {
    for (const [kind, minutes, description] of [
      ["COORDINATION", 180, "Rooster, spreekkamers en overleg met partners"],
      ["COMMUNICATION", 60, "Nieuwsbrief, posters en sociale media"],
      ["MANAGEMENT", 18, "Afstemming met de gemeente"],
    ] as const) {
      rows.timeEntries.push({
        id: newId(),
        organisationId: context.organisationId,
        userId: context.coordinatorId,
        kind,
        minutes,
        workedOn: dateColumn(day),
        description,
        enteredById: context.coordinatorId,
        createdAt: amsterdamMoment(day, 1020),
      });
    }
  }

  return rows;
}

function firstMonday(day: string): string {
  return addCalendarDays(day, (8 - isoWeekday(day)) % 7);
}

function questionText(template: QuestionTemplate, random: Random, year: number): string {
  const [min, max] = template.amount ?? [0, 0];
  const amount = Math.round(random.int(min, max) / 10) * 10;
  return template.question.replace("{bedrag}", euros.format(amount)).replace("{jaar}", String(year - 1));
}

function planSessions(context: HistoryContext, random: Random, todayDay: string): PlannedSession[] {
  const firstDay = addCalendarDays(todayDay, -(context.scale?.historyDays ?? HISTORY_DAYS));
  const lastDay = addCalendarDays(todayDay, FUTURE_DAYS - 1);
  const validFrom = context.scale?.hoursValidFrom ?? HOURS_VALID_FROM;
  const holidays = new Map<string, string>();
  for (let year = Number(firstDay.slice(0, 4)); year <= Number(lastDay.slice(0, 4)); year++)
    for (const [day, name] of libraryHolidays(year)) holidays.set(day, name);
  const sessions: PlannedSession[] = [];
  for (let day = firstDay; day <= lastDay; day = addCalendarDays(day, 1)) {
    const hour = context.hours.find((h) => h.weekday === isoWeekday(day));
    if (!hour || day < validFrom) continue;
    const holiday = holidays.has(day);
    sessions.push({
      id: newId(),
      day,
      hour,
      status: holiday ? "CANCELLED" : day < todayDay ? "HELD" : "PLANNED",
      cancelReason: holiday ? HOLIDAY_CLOSURE : undefined,
      staff: [],
      slots: [],
    });
  }

  // Hengelo shows both kinds of cancellation: an ill advisor without stand-in, and a closed library.
  if (context.slug === "hengelo") {
    const held = sessions.filter((session) => session.status === "HELD");
    const ill = held[Math.floor(held.length * 0.6)];
    if (ill) Object.assign(ill, { status: "CANCELLED", cancelReason: ILLNESS });
    const future = sessions.filter((session) => session.day > todayDay);
    if (future.length && !future.some((session) => session.status === "CANCELLED")) {
      Object.assign(future[Math.floor(future.length / 2)], { status: "CANCELLED", cancelReason: STAFF_DAY_CLOSURE });
    }
  }

  for (const session of sessions) {
    if (session.status === "CANCELLED") continue;
    session.staff = staffFor(context, random, session.hour.advisorCapacity);
    const count = (session.hour.endMinute - session.hour.startMinute) / session.hour.slotMinutes;
    for (const advisor of session.staff) {
      for (let index = 0; index < count; index++) {
        const start = session.hour.startMinute + index * session.hour.slotMinutes;
        session.slots.push({
          id: newId(),
          advisorId: advisor.id,
          index,
          startsAt: amsterdamMoment(session.day, start),
          endsAt: amsterdamMoment(session.day, start + session.hour.slotMinutes),
        });
      }
    }
  }
  return sessions;
}

/**
 * Who holds the session. Two at a time: any two of the advisors, so a professional is always there
 * to supervise the volunteer. One at a time: the professional, and now and then the volunteer
 * standing in (holiday, illness), which the session records.
 */
function staffFor(context: HistoryContext, random: Random, capacity: number): Staffing[] {
  const advisors = [...context.professionalIds, context.volunteerId];
  if (capacity >= 2)
    return random
      .shuffle(advisors)
      .slice(0, capacity)
      .map((id) => ({ id }));
  const professional = context.professionalIds[0];
  return random.chance(0.2) ? [{ id: context.volunteerId, standInForId: professional }] : [{ id: professional }];
}

function staffRows(session: PlannedSession, context: HistoryContext): Prisma.SessionStaffCreateManyInput[] {
  return session.staff.map((staff, index) => ({
    id: newId(),
    sessionId: session.id,
    advisorId: staff.id,
    roomId: context.roomIds[index] ?? null,
    standInForId: staff.standInForId ?? null,
  }));
}

/** Inserts in foreign-key order, all or nothing, so a failed run can simply be repeated. */
export async function insertHistory(db: PrismaClient, rows: HistoryRows): Promise<void> {
  await db.$transaction([
    db.client.createMany({ data: rows.clients }),
    db.session.createMany({ data: rows.sessions }),
    db.sessionStaff.createMany({ data: rows.sessionStaff }),
    db.slot.createMany({ data: rows.slots }),
    db.case.createMany({ data: rows.cases }),
    db.caseLegalDomain.createMany({ data: rows.caseLegalDomains }),
    db.caseShare.createMany({ data: rows.caseShares }),
    db.visit.createMany({ data: rows.visits }),
    db.consent.createMany({ data: rows.consents }),
    db.referral.createMany({ data: rows.referrals }),
    db.caseAction.createMany({ data: rows.caseActions }),
    db.caseNote.createMany({ data: rows.caseNotes }),
    db.deadline.createMany({ data: rows.deadlines }),
    db.aftercareTask.createMany({ data: rows.aftercareTasks }),
    db.timeEntry.createMany({ data: rows.timeEntries }),
    db.costBenefitItem.createMany({ data: rows.costBenefitItems }),
  ]);
}
