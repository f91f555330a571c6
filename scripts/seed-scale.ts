// The national scale data set (issue 8): every library organisation of the country on one install,
// with years of history, to measure the desk, the dossiers and the reports against. It tells the
// same story as the demo history (scripts/seed/history.ts: legal domains 33/20/13 %, about 1 in 10
// closed cases referred on, 86 % solved without referral, returning clients, aftercare as long as
// the hour, the coordinator's 3 + 1 + 0.3 hours a week) stretched over years, at the national
// rollout's rate of about 2,000 contacts per library per year, with the seasonal peaks the report
// names: spring (income-tax deadline) and the year end (zorgtoeslag), and a quiet summer.
//
// Rows go in with one INSERT … SELECT FROM unnest(arrays) per table and chunk, never one call per
// row, so the database's own rules (CHECKs, the slot exclusion constraint, the unique slot per
// visit, the append-only audit trigger) check every row, as they do for the app.
//
//   npm run seed:scale -- --organisations 150 --years 3 [--seed 1] [--weeks 6] [--today 2026-11-28]
//
// Without DATABASE_URL it runs on an embedded PostgreSQL of its own in .data/scale, so it never
// mixes with the demo data; with DATABASE_URL it fills that (empty, migrated) database.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";
import type { ConsultationMode, PartnerType, Role } from "../lib/generated/prisma/client";
import { hashPassword } from "../lib/auth/password";
import { addCalendarDays, amsterdamDay, amsterdamMoment } from "../lib/dates";
import { LEGAL_DOMAINS } from "../lib/legal-domains/taxonomy";
import { resolveDatabase } from "./embedded-db";
import { projectRoot } from "./paths";
import { buildHistory, type HistoryContext, type HistoryRows } from "./seed/history";
import { DEMO_DATA_REFUSED, DEMO_PASSWORD } from "./seed/organisations";
import { createRandom, newId, seedFrom, type Random } from "./seed/random";

export const SCALE_SLUG_PREFIX = "schaal-";

export type ScaleOptions = {
  organisations: number;
  /** Days of history before today (the data set also plans four weeks ahead, like the demo). */
  historyDays: number;
  seed: number;
  today: Date;
  log?: (line: string) => void;
};

export type ScaleSummary = { rows: Record<string, number>; checksum: string; seconds: number };

const PARTNER_TYPES: PartnerType[] = [
  "LAWYER",
  "JURIDISCH_LOKET",
  "DEBT_HELP",
  "BUDGET_ALERT",
  "NEIGHBOURHOOD_TEAM",
  "SOCIAL_WORK",
  "MUNICIPALITY_DESK",
  "UWV",
  "BELASTINGDIENST_TOESLAGEN",
  "CARE_DESK",
  "BRIEVENHULP",
  "IDO",
  "TAALHUIS",
  "DIGISTERKER",
  "CLIENT_COUNCIL",
  "SPECIAL_ASSISTANCE",
  "SPORT_AND_CULTURE_FUND",
  "OTHER",
];

const TOWNS = [
  "Aaldonk",
  "Beekveld",
  "Dijkhuizen",
  "Eikenrode",
  "Grootmeer",
  "Hazelaar",
  "Kroonwijk",
  "Lindendal",
  "Molenhoek",
  "Noordwaard",
  "Oostvliet",
  "Polderzicht",
  "Rietveen",
  "Sluisdorp",
  "Terpwolde",
  "Veldhoven-Noord",
  "Waterland-Oost",
  "Zandvoorde",
  "Berkelstroom",
  "Dorpsveen",
];

/** Seasonal demand per month (1 = January): spring and year-end peaks, a quiet summer. */
const SEASON = [1.0, 1.05, 1.25, 1.3, 1.15, 0.9, 0.6, 0.55, 0.95, 1.0, 1.15, 1.2];

/**
 * Writes rows with one INSERT … SELECT FROM unnest(text[] …) per chunk. Every value travels as text
 * and is cast to its column's own type (read from the catalogue), so enums, dates and timestamps
 * need no per-table code; a column with a default takes it where a row leaves the value out.
 */
class BulkWriter {
  private columns = new Map<string, Map<string, { type: string; defaultSql: string | null; notNull: boolean }>>();
  readonly counts: Record<string, number> = {};
  constructor(private client: pg.ClientBase) {}

  private async columnsOf(table: string) {
    let found = this.columns.get(table);
    if (found) return found;
    const result = await this.client.query<{
      name: string;
      type: string;
      default_sql: string | null;
      not_null: boolean;
    }>(
      `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, pg_get_expr(d.adbin, d.adrelid) AS default_sql, a.attnotnull AS not_null
       FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
       WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped`,
      [`"${table}"`],
    );
    found = new Map(
      result.rows.map((row) => [row.name, { type: row.type, defaultSql: row.default_sql, notNull: row.not_null }]),
    );
    this.columns.set(table, found);
    return found;
  }

  async insert(table: string, rows: readonly Record<string, unknown>[], chunkSize = 5000) {
    if (rows.length === 0) return;
    const catalogue = await this.columnsOf(table);
    const names = [...new Set(rows.flatMap((row) => Object.keys(row)))];
    // Prisma fills @updatedAt itself; the database has no default for it.
    if (catalogue.has("updatedAt") && !names.includes("updatedAt")) names.push("updatedAt");
    for (const name of names) if (!catalogue.has(name)) throw new Error(`${table} has no column ${name}`);
    const select = names.map((name, index) => {
      const { type, defaultSql } = catalogue.get(name)!;
      const cast = `u.c${index}::${type}`;
      if (name === "updatedAt") return `COALESCE(${cast}, u.c${names.indexOf("createdAt")}::timestamptz, now())`;
      return defaultSql ? `COALESCE(${cast}, ${defaultSql})` : cast;
    });
    const sql = `INSERT INTO "${table}" (${names.map((name) => `"${name}"`).join(", ")})
      SELECT ${select.join(", ")} FROM unnest(${names.map((_, index) => `$${index + 1}::text[]`).join(", ")}) AS u(${names.map((_, index) => `c${index}`).join(", ")})`;
    if (names.includes("updatedAt") && !names.includes("createdAt"))
      throw new Error(`${table}: updatedAt without createdAt`);
    for (let start = 0; start < rows.length; start += chunkSize) {
      const chunk = rows.slice(start, start + chunkSize);
      const arrays = names.map((name) => chunk.map((row) => textValue(row[name], catalogue.get(name)!.type)));
      await this.client.query(sql, arrays);
    }
    this.counts[table] = (this.counts[table] ?? 0) + rows.length;
  }
}

function textValue(value: unknown, type: string): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return type === "date" ? value.toISOString().slice(0, 10) : value.toISOString();
  // An array column (a person's roles) as PostgreSQL's array literal; its values are enum names.
  if (Array.isArray(value)) return `{${value.map(String).join(",")}}`;
  return String(value);
}

type OrganisationPlan = {
  index: number;
  organisationId: string;
  slug: string;
  rows: Record<string, Record<string, unknown>[]>;
  history: HistoryRows;
  audit: Record<string, unknown>[];
};

/** The staff, places, hours and social map of one library, and its years of history. */
function planOrganisation(
  index: number,
  options: ScaleOptions,
  domainIds: ReadonlyMap<string, string>,
  passwordHash: string,
): OrganisationPlan {
  const random = createRandom(seedFrom(`spreekuur-scale:${options.seed}:${index}`));
  const slug = `${SCALE_SLUG_PREFIX}${String(index).padStart(3, "0")}`;
  const town = `${TOWNS[(index - 1) % TOWNS.length]}${index > TOWNS.length ? ` ${Math.ceil(index / TOWNS.length)}` : ""}`;
  const organisationId = newId();
  const todayDay = amsterdamDay(options.today);
  const firstDay = addCalendarDays(todayDay, -options.historyDays);
  const created = amsterdamMoment(addCalendarDays(firstDay, -30), 540);
  const base = { organisationId, createdAt: created, updatedAt: created };

  // Libraries differ in size: from two advisors two mornings a week to a city with five.
  const professionals = random.int(2, 5);
  const weekdays = random.shuffle([1, 2, 3, 4, 5]).slice(0, random.int(2, 5)).sort();
  const capacity = Math.min(professionals + 1, random.int(2, 4));

  const locations = [
    {
      id: newId(),
      slug: `${slug}-centrale`,
      name: `Bibliotheek ${town}`,
      street: "Boekenplein 1",
      postcode: "1000 AA",
      city: town,
      directions: "Ontwikkelplein, begane grond",
    },
  ];
  if (random.chance(0.4))
    locations.push({
      id: newId(),
      slug: `${slug}-wijk`,
      name: `Wijkcentrum ${town}`,
      street: "Wijkstraat 2",
      postcode: "1000 AB",
      city: town,
      directions: "Eerste verdieping",
    });
  const mainLocationId = locations[0].id;
  const rooms = [1, 2, 3].map((n) => ({
    id: newId(),
    organisationId,
    locationId: mainLocationId,
    name: `Spreekkamer ${n}`,
    kind: "CABIN",
  }));

  const user = (login: string, name: string, role: Role, extra: Record<string, unknown> = {}) => ({
    id: newId(),
    ...base,
    email: `${login}@${slug}.example`,
    name,
    passwordHash,
    roles: [role],
    advisorKind: null as string | null,
    supervisorId: null as string | null,
    homeLocationId: null as string | null,
    ...extra,
  });
  const professionalUsers = Array.from({ length: professionals }, (_, n) =>
    user(n === 0 ? "adviseur" : `adviseur${n + 1}`, `Adviseur ${n + 1} ${town}`, "ADVISOR", {
      advisorKind: "PROFESSIONAL",
    }),
  );
  const volunteer = user("vrijwilliger", `Vrijwilliger ${town}`, "ADVISOR", {
    advisorKind: "VOLUNTEER",
    supervisorId: professionalUsers[0].id,
  });
  const host = user("gastvrouw", `Gastvrouw ${town}`, "HOST", { homeLocationId: mainLocationId });
  const coordinator = user("coordinator", `Coördinator ${town}`, "COORDINATOR");
  const admin = user("beheer", `Beheerder ${town}`, "ADMIN");
  const users = [...professionalUsers, volunteer, host, coordinator, admin];

  const hours = weekdays.map((weekday) => ({
    id: newId(),
    ...base,
    locationId: mainLocationId,
    weekday,
    startMinute: random.pick([540, 600, 780]),
    endMinute: 0,
    slotMinutes: 30,
    advisorCapacity: capacity,
    mode: "WALK_IN_AND_APPOINTMENT" as ConsultationMode,
    validFrom: new Date(`${firstDay}T00:00:00Z`),
  }));
  for (const hour of hours) hour.endMinute = hour.startMinute + random.pick([180, 180, 240]);
  const advisorIds = [...professionalUsers.map((advisor) => advisor.id), volunteer.id];
  const hourAdvisors = hours.flatMap((hour) =>
    advisorIds.map((advisorId) => ({ consultationHourId: hour.id, advisorId })),
  );

  const partners = PARTNER_TYPES.map((type) => ({
    id: newId(),
    ...base,
    name: `${type.toLowerCase().replace(/_/g, " ")} ${town}`,
    type,
    phone: "0900-000 0000",
    email: `${type.toLowerCase()}.${slug}@example.nl`,
    openingHours: "Ma-vr 9:00-17:00",
    inLibrary: type === "BRIEVENHULP" || type === "IDO" || type === "TAALHUIS" || type === "DIGISTERKER",
  }));

  // A fill rate per library (some run full, some quiet) times the season, drawn per session.
  const fill = 0.35 + random.next() * 0.25;
  const context: HistoryContext = {
    organisationId,
    slug,
    locationId: mainLocationId,
    roomIds: rooms.map((room) => room.id),
    hours,
    hostId: host.id,
    coordinatorId: coordinator.id,
    professionalIds: professionalUsers.map((advisor) => advisor.id),
    volunteerId: volunteer.id,
    postcodeAreas: { from: 1000 + ((index * 37) % 8900), to: 1009 + ((index * 37) % 8900) },
    domainIds,
    partners: new Map(partners.map((partner) => [partner.type, { id: partner.id, name: partner.name }])),
    today: options.today,
    scale: {
      seed: `spreekuur-scale:${options.seed}:${index}:history`,
      historyDays: options.historyDays,
      hoursValidFrom: firstDay,
      visitsPerSession: (day: string, slots: number, draw: Random) => {
        const expected = slots * fill * SEASON[Number(day.slice(5, 7)) - 1];
        return Math.max(1, Math.min(slots, Math.round(expected * (0.75 + draw.next() * 0.5))));
      },
    },
  };
  const history = buildHistory(context);

  return {
    index,
    organisationId,
    slug,
    history,
    audit: auditTrail(history, context, random),
    rows: {
      Organisation: [
        {
          id: organisationId,
          slug,
          name: `Bibliotheek ${town}`,
          kind: "LIBRARY",
          municipality: town,
          demo: true,
          createdAt: created,
          updatedAt: created,
        },
      ],
      Location: locations.map((location) => ({ ...location, ...base })),
      Room: rooms,
      User: users,
      ConsultationHour: hours,
      ConsultationHourAdvisor: hourAdvisors,
      CostRate: [
        {
          id: newId(),
          organisationId,
          validFrom: new Date(`${firstDay}T00:00:00Z`),
          advisorHourCents: 8000,
          projectHourCents: 3000,
          serviceHourCents: 1000,
        },
      ],
      Partner: partners,
    },
  };
}

/**
 * The audit trail the app would have written: a desk write per visit, a write per case, and the
 * advisor's reads of each dossier (opening it for every action). It grows fastest of all tables.
 */
function auditTrail(history: HistoryRows, context: HistoryContext, random: Random): Record<string, unknown>[] {
  const events: Record<string, unknown>[] = [];
  const event = (
    actorId: string,
    actorRole: Role,
    action: string,
    access: "READ" | "WRITE",
    entityType: string,
    entityId: string,
    clientId: unknown,
    occurredAt: unknown,
  ) =>
    events.push({
      organisationId: context.organisationId,
      actorId,
      actorRole,
      action,
      access,
      entityType,
      entityId,
      clientId,
      occurredAt,
    });
  for (const visit of history.visits) {
    const action = visit.kind === "WALK_IN" ? "visit.register_walk_in" : "visit.book_appointment";
    event(context.hostId, "HOST", action, "WRITE", "Visit", visit.id!, visit.clientId, visit.createdAt);
  }
  const clientOfCase = new Map(history.cases.map((item) => [item.id!, item]));
  for (const item of history.cases)
    event(
      item.responsibleAdvisorId!,
      "ADVISOR",
      "case.create",
      "WRITE",
      "Case",
      item.id!,
      item.clientId,
      item.openedAt,
    );
  for (const action of history.caseActions) {
    const item = clientOfCase.get(action.caseId)!;
    event(
      action.performedById,
      "ADVISOR",
      "case.read",
      "READ",
      "Case",
      action.caseId,
      item.clientId,
      action.performedAt,
    );
    if (random.chance(0.5))
      event(
        action.performedById,
        "ADVISOR",
        "case.action_add",
        "WRITE",
        "Case",
        action.caseId,
        item.clientId,
        action.performedAt,
      );
  }
  return events;
}

/** Foreign-key order: what a row points at goes in first. */
const CONFIG_ORDER = [
  "Organisation",
  "Location",
  "Room",
  "User",
  "ConsultationHour",
  "ConsultationHourAdvisor",
  "CostRate",
  "Partner",
];
const HISTORY_ORDER: [keyof HistoryRows, string][] = [
  ["clients", "Client"],
  ["sessions", "Session"],
  ["sessionStaff", "SessionStaff"],
  ["slots", "Slot"],
  ["cases", "Case"],
  ["caseLegalDomains", "CaseLegalDomain"],
  ["caseShares", "CaseShare"],
  ["visits", "Visit"],
  ["consents", "Consent"],
  ["referrals", "Referral"],
  ["caseActions", "CaseAction"],
  ["caseNotes", "CaseNote"],
  ["deadlines", "Deadline"],
  ["aftercareTasks", "AftercareTask"],
  ["timeEntries", "TimeEntry"],
  ["costBenefitItems", "CostBenefitItem"],
];

/**
 * A fingerprint of what was generated, without the ids (those are random, like the app's cuids):
 * the same seed, organisation count, period and day give the same checksum on every machine.
 */
function fingerprint(hash: ReturnType<typeof createHash>, table: string, rows: readonly Record<string, unknown>[]) {
  hash.update(`#${table}:${rows.length}`);
  for (const row of rows) {
    const values = Object.entries(row)
      .filter(
        ([key]) => key !== "id" && !key.endsWith("Id") && key !== "passwordHash" && key !== "email" && key !== "slug",
      )
      .map(([key, value]) => `${key}=${value instanceof Date ? value.toISOString() : String(value)}`);
    hash.update(values.join(","));
  }
}

async function ensureLegalDomains(client: pg.ClientBase): Promise<Map<string, string>> {
  const writer = new BulkWriter(client);
  const existing = await client.query<{ id: string; code: string }>(`SELECT id, code FROM "LegalDomain"`);
  const ids = new Map(existing.rows.map((row) => [row.code, row.id]));
  const missing = (code: string) => !ids.has(code);
  const tops = LEGAL_DOMAINS.map((domain, index) => ({ domain, index })).filter(({ domain }) => missing(domain.code));
  for (const { domain } of tops) ids.set(domain.code, newId());
  await writer.insert(
    "LegalDomain",
    tops.map(({ domain, index }) => ({
      id: ids.get(domain.code),
      code: domain.code,
      nameNl: domain.nameNl,
      nameEn: domain.nameEn,
      juridischLoketCategory: domain.juridischLoketCategory,
      sortOrder: index + 1,
    })),
  );
  const children = LEGAL_DOMAINS.flatMap((domain) =>
    (domain.children ?? []).map((child, index) => ({ child, index, parentId: ids.get(domain.code)! })),
  ).filter(({ child }) => missing(child.code));
  for (const { child } of children) ids.set(child.code, newId());
  await writer.insert(
    "LegalDomain",
    children.map(({ child, index, parentId }) => ({
      id: ids.get(child.code),
      code: child.code,
      parentId,
      nameNl: child.nameNl,
      nameEn: child.nameEn,
      juridischLoketCategory: child.juridischLoketCategory,
      sortOrder: index + 1,
    })),
  );
  return ids;
}

export async function seedScale(pool: pg.Pool, options: ScaleOptions): Promise<ScaleSummary> {
  const started = Date.now();
  const log = options.log ?? (() => {});
  const client = await pool.connect();
  try {
    const existing = await client.query(`SELECT 1 FROM "Organisation" WHERE slug LIKE $1 LIMIT 1`, [
      `${SCALE_SLUG_PREFIX}%`,
    ]);
    const real = await client.query(`SELECT 1 FROM "Organisation" WHERE NOT demo LIMIT 1`);
    if (real.rowCount) throw new Error(DEMO_DATA_REFUSED);
    if (existing.rowCount)
      throw new Error(
        `This database already holds a scale data set (organisations "${SCALE_SLUG_PREFIX}…"). Start from an empty database: remove .data/scale, or point DATABASE_URL at a new one.`,
      );
    // A lost last commit after a crash costs nothing here (the run starts from an empty database).
    await client.query("SET synchronous_commit TO off");
    const domainIds = await ensureLegalDomains(client);
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const writer = new BulkWriter(client);
    const hash = createHash("sha256");
    for (let index = 1; index <= options.organisations; index++) {
      const planStarted = Date.now();
      const plan = planOrganisation(index, options, domainIds, passwordHash);
      const insertStarted = Date.now();
      // One transaction per library: a failed run leaves whole libraries, never half of one.
      await client.query("BEGIN");
      try {
        for (const table of CONFIG_ORDER) {
          await writer.insert(table, plan.rows[table]);
          fingerprint(hash, table, plan.rows[table]);
        }
        for (const [key, table] of HISTORY_ORDER) {
          const rows = plan.history[key] as unknown as Record<string, unknown>[];
          await writer.insert(table, rows);
          fingerprint(hash, table, rows);
        }
        await writer.insert("AuditEvent", plan.audit);
        fingerprint(hash, "AuditEvent", plan.audit);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
      const seconds = (Date.now() - started) / 1000;
      const eta = (seconds / index) * (options.organisations - index);
      const phases = `generate ${((insertStarted - planStarted) / 1000).toFixed(1)} s, insert ${((Date.now() - insertStarted) / 1000).toFixed(1)} s`;
      log(
        `  ${plan.slug}: ${plan.history.visits.length} visits, ${plan.history.cases.length} cases (${phases}) · ${index}/${options.organisations} · ${seconds.toFixed(0)} s, ~${eta.toFixed(0)} s to go`,
      );
    }
    log("  ANALYZE …");
    await client.query("ANALYZE");
    return { rows: writer.counts, checksum: hash.digest("hex"), seconds: (Date.now() - started) / 1000 };
  } finally {
    client.release();
  }
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: projectRoot, env, stdio: "inherit" });
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(command)} exited with ${code}`)),
    );
  });
}

export const SCALE_DATA_DIR = path.join(projectRoot, ".data", "scale");

async function main() {
  const { values } = parseArgs({
    options: {
      organisations: { type: "string", default: "150" },
      years: { type: "string", default: "3" },
      weeks: { type: "string" },
      seed: { type: "string", default: "1" },
      today: { type: "string" },
    },
  });
  const historyDays = values.weeks ? Number(values.weeks) * 7 : Math.round(Number(values.years) * 365);
  const options: ScaleOptions = {
    organisations: Number(values.organisations),
    historyDays,
    seed: Number(values.seed),
    today: values.today ? new Date(`${values.today}T12:00:00Z`) : new Date(),
    log: (line) => console.log(line),
  };
  if (
    !Number.isInteger(options.organisations) ||
    options.organisations < 1 ||
    !(historyDays > 0) ||
    !Number.isInteger(options.seed)
  ) {
    throw new Error(
      "Usage: npm run seed:scale -- --organisations 150 --years 3 [--weeks n] [--seed n] [--today yyyy-mm-dd]",
    );
  }
  const database = await resolveDatabase({ dataDir: SCALE_DATA_DIR, database: "spreekuur_scale" });
  try {
    console.log(
      `Scale data: ${options.organisations} organisations, ${historyDays} days, seed ${options.seed}, on ${process.env.DATABASE_URL ? "DATABASE_URL" : SCALE_DATA_DIR}`,
    );
    await run(
      path.join(projectRoot, "node_modules", ".bin", "tsx"),
      [path.join(projectRoot, "scripts/migrate.ts"), "deploy"],
      { ...process.env, DATABASE_URL: database.url },
    );
    const pool = new pg.Pool({ connectionString: database.url, max: 2 });
    try {
      const summary = await seedScale(pool, options);
      console.table(summary.rows);
      console.log(`Checksum ${summary.checksum}\nDone in ${summary.seconds.toFixed(1)} s. Database: ${database.url}`);
      console.log(
        `Log in as gastvrouw|adviseur|coordinator@${SCALE_SLUG_PREFIX}001.example with password "${DEMO_PASSWORD}".`,
      );
    } finally {
      await pool.end();
    }
  } finally {
    await database.stop();
  }
}

const invokedDirectly =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
