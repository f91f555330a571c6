import { execFile, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { authenticateWithPassword } from "@/lib/auth/login";
import { issueOneTimeLink } from "@/lib/auth/one-time-link";
import { describeOneTimeLink, setPasswordWithLink } from "@/lib/auth/set-password-with-link";
import { db } from "@/lib/db";
import { DemoDataRefused, seedDemoData } from "../../scripts/seed";
import { createOrganisation, createUser } from "../support/factories";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const NEW_PASSWORD = "een lange zin als wachtwoord";
const DEMO_SLUGS = ["hengelo", "venray", "mar-en-fean"];

/** A script of ours as `npm run …` runs it, on this file's database as an external DATABASE_URL. */
async function runScript(script: string, args: string[]) {
  const env = { ...process.env, DATABASE_URL: process.env.DATABASE_URL, NEXTAUTH_URL: "https://spreekuur.example" };
  try {
    const { stdout, stderr } = await promisify(execFile)(TSX, [path.join(ROOT, script), ...args], { cwd: ROOT, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const setupFlags = (organisation: string, adminEmail: string) => [
  "--organisation",
  organisation,
  "--municipality",
  "Hengelo",
  "--provider",
  "SJD Twente",
  "--admin-email",
  adminEmail,
  "--admin-name",
  "Anna de Vries",
];

const everything = async () => ({
  organisations: await db.organisation.count(),
  users: await db.user.count(),
  links: await db.oneTimeLink.count(),
  audit: await db.auditEvent.count(),
  clients: await db.client.count(),
});

const secretIn = (output: string) =>
  output.match(/https:\/\/spreekuur\.example\/wachtwoord\/([A-Za-z0-9_-]{43})\b/)?.[1];

describe("npm run setup", () => {
  it("creates the partnership and an admin without a password, and prints a one-time link stored only hashed", async () => {
    const run = await runScript("scripts/setup.ts", setupFlags("Bibliotheek Ééntje", "Beheer@Eentje.example"));
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const secret = secretIn(run.stdout);
    expect(secret).toBeDefined();

    const organisation = await db.organisation.findUniqueOrThrow({ where: { slug: "bibliotheek-eentje" } });
    expect(organisation).toMatchObject({ name: "Bibliotheek Ééntje", municipality: "Hengelo", demo: false });
    expect(organisation.providerName).toBe("SJD Twente");
    const admin = await db.user.findUniqueOrThrow({ where: { email: "beheer@eentje.example" } });
    expect(admin).toMatchObject({
      roles: ["ADMIN"],
      organisationId: organisation.id,
      passwordHash: null,
      active: true,
    });
    expect(await db.legalDomain.count()).toBeGreaterThan(10);

    const links = await db.oneTimeLink.findMany({ where: { userId: admin.id } });
    expect(links).toHaveLength(1);
    expect(links[0].purpose).toBe("INVITATION");
    expect(links[0].tokenHash).toBe(createHash("sha256").update(secret!).digest("hex"));
    expect(JSON.stringify(links)).not.toContain(secret);
    const hours = (links[0].expiresAt.getTime() - links[0].createdAt.getTime()) / 3_600_000;
    expect(hours).toBeCloseTo(24, 1);

    // Before the link is used the admin cannot log in at all.
    expect((await authenticateWithPassword({ email: admin.email, password: NEW_PASSWORD })).ok).toBe(false);
    expect(
      await setPasswordWithLink({ linkSecret: secret, password: NEW_PASSWORD, passwordRepeat: NEW_PASSWORD }),
    ).toEqual({
      ok: true,
      value: { email: admin.email },
    });
    expect((await authenticateWithPassword({ email: admin.email, password: NEW_PASSWORD })).ok).toBe(true);
    expect(
      await setPasswordWithLink({
        linkSecret: secret,
        password: "nog een lange zin erbij",
        passwordRepeat: "nog een lange zin erbij",
      }),
    ).toEqual({ ok: false, error: "refusals.oneTimeLink.unusable" });
  }, 60_000);

  it("refuses a second run for the same organisation or the same admin, and changes nothing", async () => {
    expect((await runScript("scripts/setup.ts", setupFlags("Bibliotheek Twee", "beheer@twee.example"))).code).toBe(0);
    const before = await everything();

    const again = await runScript("scripts/setup.ts", setupFlags("Bibliotheek Twee", "ander@twee.example"));
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("De organisatie Bibliotheek Twee bestaat al. Er is niets veranderd.");
    expect(again.stdout).not.toContain("/wachtwoord/");

    const sameAdmin = await runScript("scripts/setup.ts", setupFlags("Bibliotheek Drie", "BEHEER@twee.example"));
    expect(sameAdmin.code).toBe(1);
    expect(sameAdmin.stderr).toContain("Er is al een account met het e-mailadres beheer@twee.example");
    expect(await everything()).toEqual(before);
  }, 60_000);

  it("refuses a database that holds the demo libraries, unless a trial asks for it", async () => {
    await db.organisation.create({ data: { slug: "demo-bieb", name: "Demobieb", municipality: "Demo", demo: true } });
    try {
      const before = await everything();
      const run = await runScript("scripts/setup.ts", setupFlags("Bibliotheek Echt", "beheer@echt.example"));
      expect(run.code).toBe(1);
      expect(run.stderr).toContain("Deze database bevat de demobibliotheken.");
      expect(await everything()).toEqual(before);
      const trial = await runScript("scripts/setup.ts", [
        ...setupFlags("Bibliotheek Proef", "beheer@proef.example"),
        "--beside-demo",
      ]);
      expect(trial.code).toBe(0);
    } finally {
      await db.organisation.deleteMany({ where: { slug: "demo-bieb" } });
    }
  }, 60_000);

  it("with --programme makes a funder whose first person reads figures only, and lands on them after the link", async () => {
    const run = await runScript("scripts/setup.ts", [
      "--programme",
      ...setupFlags("Provincie Proef", "cijfers@provincie-proef.example"),
    ]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Het programma Provincie Proef is aangemaakt");
    const programme = await db.organisation.findUniqueOrThrow({
      where: { slug: "provincie-proef" },
      select: { id: true, kind: true, providerName: true, users: { select: { email: true, roles: true } } },
    });
    expect(programme).toMatchObject({
      kind: "PROGRAMME",
      providerName: null,
      users: [{ email: "cijfers@provincie-proef.example", roles: ["PROGRAMME"] }],
    });
    const secret = secretIn(run.stdout);
    expect(
      await setPasswordWithLink({ linkSecret: secret, password: NEW_PASSWORD, passwordRepeat: NEW_PASSWORD }),
    ).toMatchObject({ ok: true });
    expect(
      await authenticateWithPassword({ email: "cijfers@provincie-proef.example", password: NEW_PASSWORD }),
    ).toMatchObject({ ok: true });
    expect(
      await db.auditEvent.count({ where: { action: "onboarding.programme_created", organisationId: programme.id } }),
    ).toBe(1);
  }, 60_000);

  it("names the missing flags when nobody is there to ask, and writes nothing", async () => {
    const before = await everything();
    const run = await runScript("scripts/setup.ts", ["--organisation", "Bibliotheek Vier"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Ontbreekt: --municipality, --admin-email, --admin-name");
    expect(await everything()).toEqual(before);
  }, 60_000);

  it("answers a bad e-mail address in Dutch and writes nothing", async () => {
    const before = await everything();
    const run = await runScript("scripts/setup.ts", setupFlags("Bibliotheek Vijf", "geen-adres"));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/e-mailadres/i);
    expect(await everything()).toEqual(before);
  }, 60_000);
});

describe("one-time links", () => {
  async function invited() {
    const { organisation } = await createOrganisation();
    const user = await createUser(organisation.id, "HOST");
    const now = new Date("2026-12-04T10:00:00Z");
    const link = await issueOneTimeLink(
      db,
      { organisationId: organisation.id, userId: user.id, purpose: "INVITATION" },
      now,
    );
    return { user, now, secret: link.secret, expiresAt: link.expiresAt };
  }
  const form = (linkSecret: string, password = NEW_PASSWORD, passwordRepeat = password) => ({
    linkSecret,
    password,
    passwordRepeat,
  });

  it("expire: an invitation works for 7 days and not a minute longer", async () => {
    const { secret, now, expiresAt } = await invited();
    expect(expiresAt.getTime() - now.getTime()).toBe(7 * 24 * 3_600_000);
    const late = new Date(expiresAt.getTime() + 60_000);
    expect(await describeOneTimeLink(secret, late)).toBeNull();
    expect(await setPasswordWithLink(form(secret), {}, late)).toEqual({
      ok: false,
      error: "refusals.oneTimeLink.unusable",
    });
    expect(await describeOneTimeLink(secret, now)).toMatchObject({ purpose: "INVITATION" });
  });

  it("a refused password leaves the link usable; two different passwords are refused with the field named", async () => {
    const { user, secret, now } = await invited();
    expect(await setPasswordWithLink(form(secret, "kort"), {}, now)).toMatchObject({
      ok: false,
      fieldErrors: { password: [expect.objectContaining({ key: "refusals.password.tooShort" })] },
    });
    expect(await setPasswordWithLink(form(secret, NEW_PASSWORD, "een andere lange zin"), {}, now)).toMatchObject({
      ok: false,
      fieldErrors: { passwordRepeat: ["refusals.password.repeatMismatch"] },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).not.toBe(null);
    expect(await setPasswordWithLink(form(secret), {}, now)).toMatchObject({ ok: true });
    const events = await db.auditEvent.findMany({ where: { entityId: user.id }, select: { action: true } });
    expect(events.map((event) => event.action)).toEqual(["auth.invitation_accepted"]);
  });

  it("only the newest link works, a made-up secret is not looked up, and a deactivated account's link is dead", async () => {
    const { user, secret, now } = await invited();
    const newer = await issueOneTimeLink(
      db,
      { organisationId: user.organisationId, userId: user.id, purpose: "INVITATION" },
      now,
    );
    expect(await setPasswordWithLink(form(secret), {}, now)).toMatchObject({ ok: false });
    expect(await setPasswordWithLink(form("../../etc/passwd"), {}, now)).toEqual({
      ok: false,
      error: "refusals.oneTimeLink.unusable",
    });
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await setPasswordWithLink(form(newer.secret), {}, now)).toMatchObject({ ok: false });
  });

  it("once a password is set, every other link of that person is spent too", async () => {
    const { user, secret, now } = await invited();
    const reset = await issueOneTimeLink(
      db,
      { organisationId: user.organisationId, userId: user.id, purpose: "PASSWORD_RESET" },
      now,
    );
    expect(await setPasswordWithLink(form(reset.secret), {}, now)).toMatchObject({ ok: true });
    expect(await setPasswordWithLink(form(secret, "iemand anders zijn zin"), {}, now)).toEqual({
      ok: false,
      error: "refusals.oneTimeLink.unusable",
    });
  });

  it("two tabs sending the same link store one password", async () => {
    const { user, secret, now } = await invited();
    const results = await Promise.all([
      setPasswordWithLink(form(secret, "eerste lange zin hier"), {}, now),
      setPasswordWithLink(form(secret, "tweede lange zin daar"), {}, now),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await db.auditEvent.count({ where: { entityId: user.id, action: "auth.invitation_accepted" } })).toBe(1);
  });
});

describe("demo data only on purpose", () => {
  it("is refused on a database that holds a real organisation, and nothing is written", async () => {
    await db.organisation.create({
      data: { slug: "echte-bibliotheek", name: "Echte bibliotheek", municipality: "Almelo" },
    });
    const before = await everything();
    await expect(seedDemoData(db)).rejects.toBeInstanceOf(DemoDataRefused);
    expect(await everything()).toEqual(before);
    expect(await db.organisation.count({ where: { slug: { in: DEMO_SLUGS } } })).toBe(0);
  });

  it("npm run seed on DATABASE_URL needs --demo, and then still refuses beside a real organisation", async () => {
    const without = await runScript("scripts/seed.ts", []);
    expect(without.code).toBe(1);
    expect(without.stderr).toContain("--demo");
    const withDemo = await runScript("scripts/seed.ts", ["--demo"]);
    expect(withDemo.code).toBe(1);
    expect(withDemo.stderr).toContain("Deze database bevat een echte organisatie");
    expect(await db.client.count()).toBe(0);
  }, 60_000);

  it("npm start on an external database migrates but loads no demo data", async () => {
    await db.organisation.deleteMany({
      where: { users: { none: {} }, locations: { none: {} }, auditEvents: { none: {} } },
    });
    const organisationsBefore = await db.organisation.count();
    const env = { ...process.env, PORT: "3999", NEXTAUTH_SECRET: "test-secret-test-secret-test-secret" };
    const serve = spawn(TSX, [path.join(ROOT, "scripts/serve.ts")], { cwd: ROOT, env });
    let output = "";
    serve.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise((resolve) => serve.once("exit", resolve));
    // serve.ts says where the app is once the database is ready and Next.js is starting.
    for (const deadline = Date.now() + 45_000; !output.includes("Spreekuur: http://localhost:3999");) {
      if (Date.now() > deadline) throw new Error(`serve.ts did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    serve.kill("SIGTERM");
    await exited;
    expect(output).not.toContain("Demo data ready");
    expect(await db.organisation.count()).toBe(organisationsBefore);
    expect(await db.organisation.count({ where: { slug: { in: DEMO_SLUGS } } })).toBe(0);
  }, 90_000);
});
