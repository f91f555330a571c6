import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { clock } from "@/lib/clock";

// Prisma fills `@default(now())` and `@updatedAt` columns from the system clock, not from ours. When
// a test moves the app's clock (lib/clock.ts), a dossier opened "now" would otherwise carry today's
// real date and fall outside the month the reports count. The stamps below come from the one clock
// instead, for every top-level write; a nested write of a stamped model sets its moments itself
// (there is none in lib/ today). tests/unit/clock-stamps.test.ts keeps this table equal to the schema.

type Stamps = { created: readonly string[]; updated: readonly string[] };

export const CLOCK_STAMPED_FIELDS: Partial<Record<Prisma.ModelName, Stamps>> = {
  Organisation: { created: ["createdAt"], updated: ["updatedAt"] },
  Location: { created: ["createdAt"], updated: ["updatedAt"] },
  User: { created: ["sessionsValidFrom", "createdAt"], updated: ["updatedAt"] },
  ConsultationHour: { created: ["createdAt"], updated: ["updatedAt"] },
  Session: { created: ["createdAt"], updated: ["updatedAt"] },
  Visit: { created: ["createdAt"], updated: ["updatedAt"] },
  Client: { created: ["createdAt"], updated: ["updatedAt"] },
  Consent: { created: ["createdAt"], updated: [] },
  Case: { created: ["openedAt", "createdAt"], updated: ["updatedAt"] },
  CaseShare: { created: ["createdAt"], updated: [] },
  CaseAction: { created: ["performedAt", "createdAt"], updated: [] },
  CaseNote: { created: ["createdAt"], updated: ["updatedAt"] },
  CaseNoteRevision: { created: ["replacedAt"], updated: [] },
  DossierContact: { created: ["createdAt"], updated: [] },
  Document: { created: ["createdAt"], updated: [] },
  LetterReview: { created: ["createdAt"], updated: ["updatedAt"] },
  LetterReviewEvent: { created: ["at"], updated: [] },
  DocumentContent: { created: ["createdAt"], updated: [] },
  Deadline: { created: ["createdAt"], updated: [] },
  Partner: { created: ["createdAt"], updated: ["updatedAt"] },
  OtherParty: { created: ["createdAt"], updated: ["updatedAt"] },
  Referral: { created: ["createdAt"], updated: ["updatedAt"] },
  AftercareTask: { created: ["createdAt"], updated: ["updatedAt"] },
  TimeEntry: { created: ["createdAt"], updated: [] },
  HoursPlan: { created: [], updated: ["updatedAt"] },
  CostBenefitItem: { created: ["createdAt"], updated: [] },
  AuditEvent: { created: ["occurredAt"], updated: [] },
  LoginAttempt: { created: ["attemptedAt"], updated: [] },
  Submission: { created: ["createdAt"], updated: [] },
  OneTimeLink: { created: ["createdAt"], updated: [] },
  AppointmentLink: { created: ["createdAt"], updated: [] },
  AppointmentReminder: { created: ["createdAt"], updated: [] },
  WaitingListEntry: { created: ["createdAt"], updated: [] },
  PartnerLink: { created: ["createdAt"], updated: [] },
  AdvisorCredential: { created: ["createdAt"], updated: [] },
  Signal: { created: ["createdAt"], updated: ["updatedAt"] },
  SignalDossier: { created: ["addedAt"], updated: [] },
};

type Row = Record<string, unknown>;

/** The row with every stamp it leaves open set to `now`; what the caller set stays. */
function stamped(row: unknown, fields: readonly string[], now: Date): unknown {
  if (
    row === null ||
    typeof row !== "object" ||
    Array.isArray(row) ||
    fields.every((field) => (row as Row)[field] !== undefined)
  )
    return row;
  const copy: Row = { ...(row as Row) };
  for (const field of fields) copy[field] ??= now;
  return copy;
}

function stampedRows(data: unknown, fields: readonly string[], now: Date): unknown {
  return Array.isArray(data) ? data.map((row) => stamped(row, fields, now)) : stamped(data, fields, now);
}

type Write = { model: string; args: unknown; query: (args: never) => Promise<unknown> };

function stampCreate({ model, args, query }: Write) {
  const fields = CLOCK_STAMPED_FIELDS[model as Prisma.ModelName];
  if (!fields) return query(args as never);
  const write = args as Row;
  return query({
    ...write,
    data: stampedRows(write.data, [...fields.created, ...fields.updated], clock.now()),
  } as never);
}

function stampUpdate({ model, args, query }: Write) {
  const fields = CLOCK_STAMPED_FIELDS[model as Prisma.ModelName];
  if (!fields?.updated.length) return query(args as never);
  const write = args as Row;
  return query({ ...write, data: stamped(write.data, fields.updated, clock.now()) } as never);
}

function stampUpsert({ model, args, query }: Write) {
  const fields = CLOCK_STAMPED_FIELDS[model as Prisma.ModelName];
  if (!fields) return query(args as never);
  const write = args as Row;
  const now = clock.now();
  return query({
    ...write,
    create: stamped(write.create, [...fields.created, ...fields.updated], now),
    update: stamped(write.update, fields.updated, now),
  } as never);
}

/** Writes with their moments taken from lib/clock.ts; reads pass untouched. */
export function withClockStamps(client: PrismaClient): PrismaClient {
  const extended = client.$extends({
    name: "clock-stamps",
    query: {
      $allModels: {
        create: stampCreate,
        createMany: stampCreate,
        createManyAndReturn: stampCreate,
        update: stampUpdate,
        updateMany: stampUpdate,
        updateManyAndReturn: stampUpdate,
        upsert: stampUpsert,
      },
    },
  });
  // A query extension changes no model's shape, so the extended client is used as the plain one.
  return extended as unknown as PrismaClient;
}
