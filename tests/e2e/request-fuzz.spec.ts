// Issue 14, part 1: nothing a client sends may make the server answer 5xx or hang. Every page
// (PAGE_ROWS of a11y-support.ts) and every route handler (ROUTES of route-table.ts), anonymous and
// with a valid session, gets a sample of tampered cookies, odd headers and lying bodies; every
// server action of the build gets broken bodies on its own page. A 2xx, 3xx or 4xx is fine; an
// error page must be Dutch. The sample is deterministic (FUZZ_SEED), its size is FUZZ_PER_TARGET.
import { readFileSync } from "node:fs";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { expect, test, type APIRequest, type APIRequestContext } from "@playwright/test";
import { LOCALE_COOKIE } from "../../lib/i18n/locales";
import { PAGE_ROWS, type Fixture, type Login } from "./a11y-support";
import { type Ids, parseStatuses, PEOPLE, ROUTES } from "./route-table";
import { DEMO, DEMO_PASSWORD } from "./support";

const SEED = Number(process.env.FUZZ_SEED ?? 14);
const PER_TARGET = Number(process.env.FUZZ_PER_TARGET ?? 3);
/** Requests in flight at once: the other specs share the server and its two cores. */
const PARALLEL = 2;
const SESSION = "next-auth.session-token";
const BIG = 11.5 * 1024 * 1024;

type Identity = "anonymous" | Exclude<Login, "anonymous">;
/** `follow`: Next.js first redirects an RSC request to an address with a cache-busting `_rsc`. */
type Ask = { method?: string; headers?: Record<string, string>; body?: string | Buffer; query?: string; follow?: true };
/** What a mutation gets to work with: the session cookie of the identity, if any. */
type Given = { session: string | null; foreignSession: string; baseURL: string };
type Mutation = { name: string; cookie?: (given: Given) => string; ask?: (given: Given) => Ask };
type Target = { what: string; url: string; identity: Identity };

/** A session cookie that is not one of ours: garbage, cut short, of another key, in odd chunks or names. */
const COOKIE_MUTATIONS: Mutation[] = [
  ...[
    "3114",
    "",
    "%",
    "javascript:alert(1)",
    "//evil.example/",
    "https://evil.example/",
    "http://localhost:1/",
    "/%E0%A4%A",
    "x".repeat(3000),
  ].map((value) => ({
    name: `callback-url "${value.slice(0, 24)}"`,
    cookie: withSession(`next-auth.callback-url=${value}`),
  })),
  { name: "session garbage", cookie: () => `${SESSION}=garbage` },
  { name: "session empty", cookie: () => `${SESSION}=` },
  {
    name: "session cut in half",
    cookie: ({ session }) =>
      `${SESSION}=${(session ?? "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..aaaa.bbbb.cccc").slice(0, 40)}`,
  },
  { name: "session of another secret", cookie: ({ foreignSession }) => `${SESSION}=${foreignSession}` },
  { name: "session JWE with five empty parts", cookie: () => `${SESSION}=....` },
  {
    name: "session as chunks .0 .1",
    cookie: ({ session }) =>
      session
        ? `${SESSION}.0=${session.slice(0, 50)}; ${SESSION}.1=${session.slice(50)}`
        : `${SESSION}.0=abc; ${SESSION}.1=def`,
  },
  { name: "session chunk .1 only", cookie: ({ session }) => `${SESSION}.1=${session ?? "abc"}` },
  { name: "session chunk garbage next to it", cookie: withSession(`${SESSION}.0=garbage; ${SESSION}.7=x`) },
  {
    name: "session twice, garbage first",
    cookie: ({ session }) => `${SESSION}=garbage${session ? `; ${SESSION}=${session}` : ""}`,
  },
  { name: "session twice, garbage last", cookie: withSession(`${SESSION}=garbage`) },
  { name: "__Secure- session", cookie: withSession("__Secure-next-auth.session-token=garbage") },
  { name: "__Host- csrf", cookie: withSession("__Host-next-auth.csrf-token=abc|def") },
  ...["garbage", "|", "a|b|c", "%ZZ"].map((value) => ({
    name: `csrf "${value}"`,
    cookie: withSession(`next-auth.csrf-token=${value}`),
  })),
  ...["xx", "EN", "ar", "__proto__", "toString", "nl%00", "%F0%9F", "n".repeat(4000)].map((value) => ({
    name: `locale "${value.slice(0, 12)}"`,
    cookie: withSession(`${LOCALE_COOKIE}=${value}`),
  })),
  { name: "locale twice", cookie: withSession(`${LOCALE_COOKIE}=xx; ${LOCALE_COOKIE}=nl`) },
  { name: "invalid percent-encoding", cookie: withSession("a=%; %zz=%zz; b=%E0%A4%A") },
  { name: "no name, no value, quotes", cookie: withSession(';;; =; ==; "quoted"="va;lue"; c=\\"') },
  { name: "latin-1 bytes", cookie: withSession("naam=cliënt\u00ff") },
  {
    name: "12 kB of cookies",
    cookie: withSession(Array.from({ length: 110 }, (_, i) => `c${i}=${"x".repeat(100)}`).join("; ")),
  },
  {
    name: "17 kB of cookies (over Node's header limit)",
    cookie: withSession(Array.from({ length: 160 }, (_, i) => `c${i}=${"x".repeat(100)}`).join("; ")),
  },
];

const ROUTER_STATE_GARBAGE = [
  "garbage",
  "%5B",
  "%5B%22%22%2C%7B%22children%22%3A5%7D%5D",
  encodeURIComponent(JSON.stringify(["", {}, null, "nonsense"])),
];

/** Headers a proxy, a crawler or an attacker may send; and methods and bodies a page does not expect. */
const REQUEST_MUTATIONS: Mutation[] = [
  ...[";;;q=abc,*-*-*", "xx-XX-1234567890abcdef", "nl;q=2, en;q=-1", "a".repeat(4000)].map((value) =>
    header("Accept-Language", value),
  ),
  ...[
    "not-an-address",
    ", , ,",
    "::ffff:zz, 999.1.1.1",
    Array.from({ length: 200 }, (_, i) => `10.0.${i % 256}.1`).join(", "),
  ].map((value) => header("X-Forwarded-For", value)),
  ...["https", "gopher", "https, http"].map((value) => header("X-Forwarded-Proto", value)),
  ...["evil.example", "[", "a b", "localhost:99999"].map((value) => header("X-Forwarded-Host", value)),
  ...["evil.example", "localhost:99999", "[::1"].map((value) => header("Host", value)),
  ...["null", "http://evil.example", "::::"].map((value) => header("Origin", value)),
  ...["::::", "http://evil.example/x?y"].map((value) => header("Referer", value)),
  header("User-Agent", "ü".repeat(8000)),
  header("X-Middleware-Subrequest", "proxy:proxy:proxy:proxy:proxy"),
  header("Next-Action", "7f00000000000000000000000000000000000000"),
  { name: "RSC", ask: () => ({ headers: { RSC: "1" }, follow: true }) },
  ...ROUTER_STATE_GARBAGE.map((value) => ({
    name: `RSC, router state "${value.slice(0, 20)}"`,
    ask: () => ({ headers: { RSC: "1", "Next-Router-State-Tree": value }, follow: true as const }),
  })),
  {
    name: "RSC prefetch, segment garbage",
    ask: () => ({
      headers: { RSC: "1", "Next-Router-Prefetch": "1", "Next-Router-Segment-Prefetch": "/../%%" },
      follow: true,
    }),
  },
  header("Next-Url", "%%%"),
  ...["bytes=999999-1", "bytes=abc", "bytes=0-0,0-0,0-0"].map((value) => header("Range", value)),
  header("If-None-Match", "*"),
  header("If-Modified-Since", "gisteren"),
  header("Accept", "text/x-component"),
  { name: "query callbackUrl=3114", ask: () => ({ query: "callbackUrl=3114&error=%ZZ" }) },
  ...["PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"].map((method) => ({ name: method, ask: () => ({ method }) })),
  post("text/plain", "garbage"),
  post("application/json", "{"),
  post("application/x-www-form-urlencoded", "%%%&callbackUrl=3114"),
  post("multipart/form-data; boundary=zz", "garbage"),
  post("multipart/form-data", "garbage"),
  {
    name: "POST with a bogus Next-Action",
    ask: () => ({ method: "POST", headers: { "Next-Action": "x", "Content-Type": "text/plain" }, body: "[]" }),
  },
];

/** A server action's request, broken in one way: the body, its type, or where it claims to come from. */
const ACTION_MUTATIONS: { name: string; ask: (given: Given) => Ask }[] = [
  { name: "body not JSON", ask: () => ({ body: "[" }) },
  {
    name: "JSON body declared multipart",
    ask: () => ({ body: "[]", headers: { "Content-Type": "multipart/form-data; boundary=zz" } }),
  },
  {
    name: "multipart body declared text",
    ask: () => ({ body: multipart("zz", { 0: "[]" }), headers: { "Content-Type": "text/plain;charset=UTF-8" } }),
  },
  {
    name: "multipart without part 0",
    ask: () => ({
      body: multipart("zz", { 1: "[]" }),
      headers: { "Content-Type": "multipart/form-data; boundary=zz" },
    }),
  },
  {
    name: "multipart, part 0 not JSON",
    ask: () => ({ body: multipart("zz", { 0: "{" }), headers: { "Content-Type": "multipart/form-data; boundary=zz" } }),
  },
  { name: "Origin of another site", ask: () => ({ body: "[]", headers: { Origin: "http://evil.example" } }) },
  { name: "Origin null", ask: () => ({ body: "[]", headers: { Origin: "null" } }) },
  { name: "Origin not a URL", ask: () => ({ body: "[]", headers: { Origin: "::::" } }) },
  {
    name: "X-Forwarded-Host of another site",
    ask: ({ baseURL }) => ({ body: "[]", headers: { Origin: baseURL, "X-Forwarded-Host": "evil.example" } }),
  },
  { name: "router state garbage", ask: () => ({ body: "[]", headers: { "Next-Router-State-Tree": "garbage" } }) },
];

function withSession(extra: string) {
  return ({ session }: Given) => [session ? `${SESSION}=${session}` : "", extra].filter(Boolean).join("; ");
}

function header(name: string, value: string): Mutation {
  return { name: `${name} "${value.slice(0, 24)}"`, ask: () => ({ headers: { [name]: value } }) };
}

function post(contentType: string, body: string): Mutation {
  return {
    name: `POST ${contentType}: ${body.slice(0, 20)}`,
    ask: () => ({ method: "POST", headers: { "Content-Type": contentType }, body }),
  };
}

function multipart(boundary: string, parts: Record<string, string | Buffer>): Buffer {
  const chunks = Object.entries(parts).flatMap(([name, value]) => [
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`),
    Buffer.from(value),
    Buffer.from("\r\n"),
  ]);
  return Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]);
}

/** mulberry32: a small seeded generator, so a failure can be asked again with the same sample. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Deals the mutations like cards from a shuffled deck, so each is used about equally often. */
function dealer<T>(items: T[], next: () => number) {
  let deck: T[] = [];
  return (count: number): T[] =>
    Array.from({ length: count }, () => {
      if (deck.length === 0) {
        deck = [...items];
        for (let i = deck.length - 1; i > 0; i--) {
          const j = Math.floor(next() * (i + 1));
          [deck[i], deck[j]] = [deck[j], deck[i]];
        }
      }
      return deck.pop()!;
    });
}

const MISSING = "bestaat-niet";

/**
 * The addresses PAGE_ROWS and ROUTES need, without the clicks of the accessibility fixture (a
 * minute on a busy machine): the four logins through next-auth's own endpoints, and records of the
 * demo data found by their links. Records the demo data links nowhere (an appointment slip, a
 * referral note, a visit to open a dossier from, a document) are asked with an id that does not
 * exist: the page still checks the session and looks the record up.
 */
async function seededFixture(request: APIRequest, baseURL: string): Promise<{ fixture: Fixture; ids: Ids }> {
  const contexts = {} as Record<Exclude<Login, "anonymous">, APIRequestContext>;
  const states = {} as Fixture["states"];
  for (const login of ["host", "advisor", "coordinator", "admin", "programme"] as const) {
    const context = await request.newContext({ baseURL });
    const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const answer = await context.post("/api/auth/callback/credentials", {
      form: { email: DEMO[login], password: DEMO_PASSWORD, csrfToken, json: "true" },
    });
    expect(answer.ok(), `logging in ${DEMO[login]}`).toBe(true);
    contexts[login] = context;
    states[login] = await context.storageState();
  }
  const link = async (login: keyof typeof contexts, page: string, pattern: RegExp) => {
    const found = pattern.exec(await (await contexts[login].get(page)).text())?.[0];
    expect(found, `a link like ${pattern} on ${page} (the demo data)`).toBeTruthy();
    return found!;
  };
  const dossierUrl = await link("advisor", "/dossiers", /\/dossiers\/c[a-z0-9]{20,}/);
  const partnerUrl = await link("coordinator", "/sociale-kaart", /\/sociale-kaart\/c[a-z0-9]{20,}/);
  const privacyClientUrl = await link("admin", "/beheer/privacy?zoek=an", /\/beheer\/privacy\/c[a-z0-9]{20,}/);
  const locationUrl = await link("admin", "/beheer/locaties", /\/beheer\/locaties\/c[a-z0-9]{20,}/);
  const personUrl = await link("admin", "/beheer/gebruikers", /\/beheer\/gebruikers\/c[a-z0-9]{20,}/);
  const advisorDossiersUrl = await link("coordinator", "/adviseurs", /\/adviseurs\/c[a-z0-9]{20,}/);
  const location = (await link("host", "/balie", /locatie=c[a-z0-9]{20,}/)).split("=")[1];
  for (const context of Object.values(contexts)) await context.dispose();
  const auditClientUrl = privacyClientUrl.replace("/beheer/privacy/", "/beheer/audit/client/");
  const fixture: Fixture = {
    states,
    dossierUrl,
    partnerUrl,
    auditClientUrl,
    privacyClientUrl,
    newDossierUrl: `/dossiers/nieuw?bezoek=${MISSING}`,
    quickContactUrl: `/dossiers/snel?bezoek=${MISSING}`,
    referralNoteUrl: `${dossierUrl}/verwijzing/${MISSING}`,
    appointmentSlipUrl: `/balie/afspraak/${MISSING}`,
    storyUrl: `/rapportages/kosten-baten/verhaal/${dossierUrl.split("/").pop()}`,
    setPasswordUrl: `/wachtwoord/${"x".repeat(43)}`,
    appointmentUrl: `/afspraak/${"x".repeat(43)}`,
    locationUrl,
    personUrl,
    advisorDossiersUrl,
  };
  return {
    fixture,
    ids: {
      documentUrl: `${dossierUrl}/documenten/${MISSING}`,
      clientExportUrl: `${privacyClientUrl}/export`,
      deskStandUrl: `/balie/stand?locatie=${location}`,
      posterUrl: `/beheer/locaties/${location}/poster?formaat=a4&taal=ar`,
    },
  };
}

const IDENTITY_OF_EMAIL: Record<string, Identity> = {
  [DEMO.host]: "host",
  [DEMO.advisor]: "advisor",
  [DEMO.coordinator]: "coordinator",
  [DEMO.admin]: "admin",
  [DEMO.programme]: "programme",
};

/**
 * Every page row and every route probe, each asked anonymously and as a login that may see it: a
 * page's own login (the host for public pages), for a route the first of the fixture's logins that
 * the authorisation table lets in. Next-auth's catch-all route is asked at each of its endpoints.
 */
function targets(fixture: Fixture, ids: Ids): Target[] {
  const pages = PAGE_ROWS.map((row) => ({
    what: `page ${row.route}`,
    url: row.url(fixture),
    login: row.login === "anonymous" ? ("host" as const) : row.login,
  }));
  const routes = Object.entries(ROUTES).flatMap(([route, probes]) => {
    const statuses = parseStatuses(route, probes[0]);
    const person =
      PEOPLE.find((person, index) => person.email && IDENTITY_OF_EMAIL[person.email] && statuses[index] < 300) ??
      PEOPLE[0];
    const login = IDENTITY_OF_EMAIL[person.email ?? DEMO.host] ?? "host";
    return probes.map((probe) => ({ what: `route ${route} (${probe.what})`, url: probe.url(ids), login }));
  });
  const nextAuth = [
    "signin",
    "signin/credentials",
    "signout",
    "callback/credentials",
    "csrf",
    "providers",
    "error",
    "_log",
    "bestaat-niet",
  ].map((endpoint) => ({
    what: `route app/api/auth/[...nextauth]/route.ts (${endpoint})`,
    url: `/api/auth/${endpoint}`,
    login: "host" as const,
  }));
  return [...pages, ...routes, ...nextAuth].flatMap(({ what, url, login }) => [
    { what, url, identity: "anonymous" as const },
    { what, url, identity: login },
  ]);
}

/** Each server action of the build, with the page it belongs to (server-reference-manifest.json). */
function serverActions(fixture: Fixture): { name: string; id: string; url: string; identity: Identity }[] {
  const manifest = JSON.parse(readFileSync(path.join(".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; exportedName?: string }>;
  };
  return Object.entries(manifest.node).map(([id, action]) => {
    const routes = Object.keys(action.workers).map(
      (worker) =>
        `/${worker
          .split("/")
          .slice(1, -1)
          .filter((part) => !/^\(.*\)$/.test(part))
          .join("/")}`,
    );
    const row = PAGE_ROWS.find((candidate) => routes.includes(candidate.route));
    if (!row)
      throw new Error(
        `server action ${action.exportedName ?? id} is on ${routes.join(", ")}, which has no row in PAGE_ROWS`,
      );
    return {
      name: action.exportedName ?? id,
      id,
      url: row.url(fixture),
      identity: row.login === "anonymous" ? "host" : row.login,
    };
  });
}

type Outcome = { label: string; status: number | null; problem?: string };

async function ask(
  request: APIRequestContext,
  label: string,
  url: string,
  cookie: string,
  asked: Ask,
): Promise<Outcome> {
  const target = asked.query ? `${url}${url.includes("?") ? "&" : "?"}${asked.query}` : url;
  try {
    const response = await request.fetch(target, {
      method: asked.method ?? (asked.body === undefined ? "GET" : "POST"),
      // An explicit Cookie header: the context's own cookie jar (filled by Set-Cookie answers) stays out of it.
      headers: { cookie, ...asked.headers },
      data: asked.body,
      maxRedirects: asked.follow ? 5 : 0,
      timeout: 20_000,
      failOnStatusCode: false,
    });
    const status = response.status();
    if (status >= 500) return { label, status, problem: (await response.text()).slice(0, 120).replace(/\s+/g, " ") };
    const type = response.headers()["content-type"] ?? "";
    if (status >= 400 && type.startsWith("text/html")) {
      // Next.js may stream a not-found or forbidden page as an error shell with the page in its
      // payload; either way the first language named is the root layout's.
      const html = await response.text();
      const lang = /<html lang="([^"]+)"|\\"lang\\":\\"([^"\\]+)\\"/.exec(html);
      if (html && (lang?.[1] ?? lang?.[2]) !== "nl")
        return { label, status, problem: `an error page in "${lang?.[1] ?? lang?.[2]}", not Dutch` };
      if (/could not be found|Application error/.test(html))
        return { label, status, problem: "Next.js's English error page" };
    }
    return { label, status };
  } catch (error) {
    return { label, status: null, problem: `no answer: ${(error as Error).message.split("\n")[0]}` };
  }
}

async function inParallel<T>(jobs: (() => Promise<T>)[], width: number): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < jobs.length) {
        const index = next++;
        results[index] = await jobs[index]();
      }
    }),
  );
  return results;
}

test("no cookie, header or body a client sends makes any page, route handler or server action answer 5xx", async ({
  playwright,
  baseURL,
}) => {
  test.setTimeout(60_000 + PER_TARGET * 20_000);
  const { fixture, ids } = await seededFixture(playwright.request, baseURL!);
  const sessions: Record<Identity, string | null> = {
    anonymous: null,
    host: null,
    advisor: null,
    coordinator: null,
    admin: null,
    programme: null,
  };
  for (const login of ["host", "advisor", "coordinator", "admin", "programme"] as const) {
    sessions[login] = fixture.states[login].cookies.find((cookie) => cookie.name === SESSION)?.value ?? null;
    expect(sessions[login], `${login}'s session cookie`).toBeTruthy();
  }
  const foreignSession = await encode({
    token: { sub: "someone", loginAt: Date.now(), lastSeenAt: Date.now() },
    secret: "not the secret of this server",
  });
  const given = (identity: Identity): Given => ({ session: sessions[identity], foreignSession, baseURL: baseURL! });

  const next = random(SEED);
  const deal = dealer([...COOKIE_MUTATIONS, ...REQUEST_MUTATIONS], next);
  const jobs: ((request: APIRequestContext) => Promise<Outcome>)[] = [];
  const all = targets(fixture, ids);
  for (const target of all) {
    for (const mutation of deal(PER_TARGET)) {
      const current = given(target.identity);
      const cookie = mutation.cookie ? mutation.cookie(current) : withSession("")(current);
      jobs.push((request) =>
        ask(
          request,
          `${target.what} as ${target.identity}: ${mutation.name}`,
          target.url,
          cookie,
          mutation.ask?.(current) ?? {},
        ),
      );
    }
  }

  const actions = serverActions(fixture);
  const dealAction = dealer(ACTION_MUTATIONS, next);
  for (const action of actions) {
    const current = given(action.identity);
    for (const mutation of dealAction(Math.max(2, Math.round(PER_TARGET / 2)))) {
      const asked = mutation.ask(current);
      const headers = { "Next-Action": action.id, "Content-Type": "text/plain;charset=UTF-8", ...asked.headers };
      jobs.push((request) =>
        ask(
          request,
          `action ${action.name} on ${action.url} as ${action.identity}: ${mutation.name}`,
          action.url,
          withSession("")(current),
          { ...asked, method: "POST", headers },
        ),
      );
    }
  }

  // Too big for a server action (11 MB); and a well-formed upload just over 10 MB, which Next.js's
  // proxy must pass on whole (it cuts a body at 10 MB unless told otherwise).
  const upload = actions.find((action) => action.name === "uploadDocumentAction") ?? actions[0];
  const big = Buffer.alloc(BIG, "a");
  const justOverTen = multipart("zz", { 0: "[]", "1_bestand": Buffer.alloc(10.2 * 1024 * 1024, "a") });
  const cookieOf = (identity: Identity) => withSession("")(given(identity));
  const heavy: [string, string, Identity, Ask][] = [
    [
      `action ${upload.name}: an 11.5 MB body`,
      upload.url,
      upload.identity,
      { method: "POST", headers: { "Next-Action": upload.id, "Content-Type": "text/plain;charset=UTF-8" }, body: big },
    ],
    [
      `action ${upload.name}: a 10.2 MB multipart body`,
      upload.url,
      upload.identity,
      {
        method: "POST",
        headers: { "Next-Action": upload.id, "Content-Type": "multipart/form-data; boundary=zz" },
        body: justOverTen,
      },
    ],
    [
      "page /login: an 11.5 MB multipart body",
      "/login",
      "anonymous",
      { method: "POST", headers: { "Content-Type": "multipart/form-data; boundary=zz" }, body: big },
    ],
    [
      "next-auth callback: an 11.5 MB form",
      "/api/auth/callback/credentials",
      "anonymous",
      { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: big },
    ],
    [
      "route /api/health: an 11.5 MB body",
      "/api/health",
      "anonymous",
      { method: "POST", headers: { "Content-Type": "application/json" }, body: big },
    ],
  ];
  for (const [label, url, identity, asked] of heavy)
    jobs.push((request) => ask(request, label, url, cookieOf(identity), asked));

  const request = await playwright.request.newContext({ baseURL });
  const outcomes = await inParallel(
    jobs.map((job) => () => job(request)),
    PARALLEL,
  );
  await request.dispose();

  const failures = outcomes
    .filter((outcome) => outcome.problem)
    .map((outcome) => `${outcome.label} → ${outcome.status ?? "—"}: ${outcome.problem}`);
  const fivexx = outcomes.filter((outcome) => outcome.status === null || outcome.status >= 500).length;
  console.log(
    `request fuzz: ${outcomes.length} requests (${all.length / 2} pages and routes × 2 identities × ${PER_TARGET}, ${actions.length} server actions, seed ${SEED}), ${fivexx} 5xx or no answer`,
  );
  expect(failures).toEqual([]);
});
