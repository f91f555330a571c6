import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { inflateSync } from "node:zlib";
import jsQR from "jsqr";
import { NextRequest } from "next/server";
import { extractText, getDocumentProxy } from "unpdf";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/(staff)/beheer/locaties/[locationId]/poster/route";
import type { Actor } from "@/lib/auth/actor";
import { currentActor } from "@/lib/auth/session";
import { dateColumn, weekdayName } from "@/lib/dates";
import { db } from "@/lib/db";
import { absoluteUrl } from "@/lib/app-url";
import { PUBLIC_LOCALE_CODES, type PublicLocale } from "@/lib/public/locales";
import { locationPagePath } from "@/lib/public/paths";
import { getPublicLocationPage } from "@/lib/public/queries";
import nextConfig from "@/next.config";
import { actorOf, createOrganisation, createUser } from "../support/factories";

// The route asks next-auth who is logged in; here the test says who.
vi.mock("@/lib/auth/session", () => ({ currentActor: vi.fn() }));
// Outside a request next-intl has no request config: refusals answer in Dutch, as for a staff
// member who did not choose English. The request's language and texts, as lib/i18n/request.ts would give them for a Dutch staff member.
vi.mock("next-intl/server", async () => {
  const { loadMessages } = await import("@/lib/i18n/messages");
  const messages = await loadMessages("nl");
  return { getLocale: async () => "nl", getMessages: async () => messages };
});

let locationA: { id: string; slug: string; name: string };
let archivedA: string;
let adminA: Actor;
let coordinatorA: Actor;
let hostA: Actor;
let advisorA: Actor;
let adminB: Actor;
let coordinatorB: Actor;

beforeAll(async () => {
  const a = await createOrganisation("Bibliotheek Poster");
  const b = await createOrganisation();
  locationA = a.location;
  await db.consultationHour.create({
    data: {
      organisationId: a.organisation.id,
      locationId: a.location.id,
      weekday: 2,
      startMinute: 600,
      endMinute: 780,
      mode: "WALK_IN",
      validFrom: dateColumn("2025-01-01"),
    },
  });
  archivedA = (
    await db.location.create({
      data: {
        organisationId: a.organisation.id,
        slug: `${a.location.slug}-oud`,
        name: "Oude vestiging",
        street: "Oudstraat 2",
        postcode: "1234 AB",
        city: "Teststad",
        active: false,
      },
    })
  ).id;
  adminA = actorOf(await createUser(a.organisation.id, "ADMIN"));
  coordinatorA = actorOf(await createUser(a.organisation.id, "COORDINATOR"));
  hostA = actorOf(await createUser(a.organisation.id, "HOST"));
  advisorA = actorOf(await createUser(a.organisation.id, "ADVISOR"));
  adminB = actorOf(await createUser(b.organisation.id, "ADMIN"));
  coordinatorB = actorOf(await createUser(b.organisation.id, "COORDINATOR"));
});

const as = (actor: Actor | null) => vi.mocked(currentActor).mockResolvedValue(actor);
const poster = (locationId: string, query: string) =>
  GET(new NextRequest(`http://localhost/beheer/locaties/${locationId}/poster?${query}`), {
    params: Promise.resolve({ locationId }),
  });

/** The page's content streams, inflated (PDFKit compresses them with Flate). */
function contentStreams(pdf: Uint8Array): string[] {
  const raw = Buffer.from(pdf);
  const streams: string[] = [];
  for (let at = raw.indexOf("stream\n"); at !== -1; at = raw.indexOf("stream\n", at + 1)) {
    if (raw.subarray(at - 3, at).toString() === "end") continue;
    const end = raw.indexOf("\nendstream", at);
    try {
      streams.push(inflateSync(raw.subarray(at + 7, end)).toString("latin1"));
    } catch {
      // A font file or another binary stream, not a content stream.
    }
  }
  return streams.filter((stream) => / re\b/.test(stream));
}

/**
 * Reads the QR code back from what the PDF draws: the filled rectangles (the only ones on the
 * page) become a bitmap with a quiet zone, and jsQR decodes it as a phone camera would.
 */
function decodeDrawnQr(pdf: Uint8Array): string | null {
  const rects = contentStreams(pdf)
    .flatMap((stream) => [...stream.matchAll(/(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) re/g)])
    .map((match) => match.slice(1, 5).map(Number));
  if (rects.length === 0) return null;
  const moduleSize = Math.min(...rects.map(([, , , height]) => height));
  const left = Math.min(...rects.map(([x]) => x));
  const top = Math.min(...rects.map(([, y]) => y));
  const cells = rects.map(([x, y, width]) => ({
    column: Math.round((x - left) / moduleSize),
    row: Math.round((y - top) / moduleSize),
    span: Math.round(width / moduleSize),
  }));
  const count = Math.max(...cells.map((cell) => cell.column + cell.span));
  const scale = 4;
  const quiet = 4;
  const side = (count + 2 * quiet) * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (const { column, row, span } of cells) {
    for (let dy = 0; dy < scale; dy++) {
      for (let dx = 0; dx < span * scale; dx++) {
        const offset = (((row + quiet) * scale + dy) * side + (column + quiet) * scale + dx) * 4;
        pixels.fill(0, offset, offset + 3);
      }
    }
  }
  return jsQR(pixels, side, side)?.data ?? null;
}

async function readPdf(bytes: Uint8Array) {
  const document = await getDocumentProxy(new Uint8Array(bytes));
  const page = await document.getPage(1);
  const { width, height } = page.getViewport({ scale: 1 });
  const { text } = await extractText(document, { mergePages: true });
  return { pages: document.numPages, width, height, text: text as string };
}

describe("posters and flyers of a location", () => {
  it.each(PUBLIC_LOCALE_CODES.flatMap((locale) => (["a4", "a5"] as const).map((format) => [locale, format] as const)))(
    "%s %s: one page of the right size, the name, the hour and a QR code to the page in that language",
    async (locale: PublicLocale, format) => {
      as(adminA);
      const response = await poster(locationA.id, `formaat=${format}&taal=${locale}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      const kind = format === "a4" ? "poster-A4" : "flyer-A5";
      expect(response.headers.get("content-disposition")).toContain(
        `filename="${kind}-${locationA.slug}-${locale}.pdf"`,
      );
      const bytes = new Uint8Array(await response.arrayBuffer());

      const pdf = await readPdf(bytes);
      expect(pdf.pages).toBe(1);
      const [width, height] = format === "a4" ? [595.28, 841.89] : [419.53, 595.28];
      expect(pdf.width).toBeCloseTo(width, 1);
      expect(pdf.height).toBeCloseTo(height, 1);
      expect(pdf.text).toContain(locationA.name);
      expect(pdf.text).toContain("10:00");
      expect(pdf.text).toContain("13:00");
      // The weekday in the language (pdf.js reads shaped Arabic back in its own order: not there).
      if (locale !== "ar") expect(pdf.text.toLowerCase()).toContain(weekdayName(2, locale).toLowerCase());

      const url = absoluteUrl(locationPagePath(locationA.slug, locale));
      expect(decodeDrawnQr(bytes)).toBe(url);
      expect(pdf.text).toContain(url);

      // Print-ready: every font embedded (as a subset), none of the 14 standard fonts.
      const raw = Buffer.from(bytes).toString("latin1");
      const fonts = raw.match(/\/Type \/Font\b/g) ?? [];
      expect(fonts.length).toBeGreaterThan(0);
      expect(raw.match(/\/FontFile2 /g)?.length).toBe(raw.match(/\/Subtype \/CIDFontType2/g)?.length);
      expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
    },
  );

  it("is the coordinator's too: they plan the hours and reach the clients", async () => {
    as(coordinatorA);
    const response = await poster(locationA.id, "formaat=a5&taal=tr");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect((await readPdf(new Uint8Array(await response.arrayBuffer()))).text).toContain(locationA.name);
    expect((await poster(archivedA, "formaat=a4&taal=nl")).status).toBe(404);
    as(coordinatorB);
    expect((await poster(locationA.id, "formaat=a4&taal=nl")).status).toBe(404);
  });

  it("finds its fonts whatever folder the server was started from, and names them for the build's trace", async () => {
    const elsewhere = mkdtempSync(path.join(tmpdir(), "spreekuur-elders-"));
    const cwd = vi.spyOn(process, "cwd").mockReturnValue(elsewhere);
    try {
      // The font paths are worked out when the module loads: load it again, from elsewhere.
      vi.resetModules();
      const { POSTER_FONTS } = await import("@/lib/posters/fonts");
      const { renderLocationPoster } = await import("@/lib/posters/render");
      for (const file of Object.values(POSTER_FONTS)) expect(existsSync(file), file).toBe(true);
      const page = await getPublicLocationPage(locationA.slug);
      const bytes = await renderLocationPoster({ page: page!, locale: "ar", format: "A4" });
      expect((await readPdf(bytes)).text).toContain(locationA.name);

      // A deployment of the build's traced files has them (next.config.ts, outputFileTracingIncludes).
      const projectRoot = path.resolve(import.meta.dirname, "..", "..");
      const traced = nextConfig.outputFileTracingIncludes?.["/beheer/locaties/*/poster"] ?? [];
      for (const file of Object.values(POSTER_FONTS))
        expect(traced).toContain(`./${path.relative(projectRoot, file).split(path.sep).join("/")}`);
    } finally {
      cwd.mockRestore();
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it("refuses other roles, another library's and an archived location, and a bad query, in Dutch", async () => {
    const before = await db.location.findUniqueOrThrow({ where: { id: locationA.id } });

    for (const actor of [hostA, advisorA]) {
      as(actor);
      expect((await poster(locationA.id, "formaat=a4&taal=nl")).status).toBe(403);
    }
    as(null);
    expect((await poster(locationA.id, "formaat=a4&taal=nl")).status).toBe(401);

    as(adminB);
    const other = await poster(locationA.id, "formaat=a4&taal=nl");
    expect(other.status).toBe(404);
    expect(await other.text()).toContain("Deze locatie bestaat niet (meer).");

    as(adminA);
    expect((await poster(archivedA, "formaat=a4&taal=nl")).status).toBe(404);
    expect((await poster("bestaat-niet", "formaat=a4&taal=nl")).status).toBe(404);
    for (const query of [
      "",
      "formaat=a3&taal=nl",
      "formaat=a4&taal=de",
      "formaat=a4&taal=nl&taal=ar",
      "formaat=A4%00&taal=nl",
    ]) {
      const refused = await poster(locationA.id, query);
      expect(refused.status, query).toBe(400);
      expect(refused.headers.get("content-type")).toContain("text/plain");
      expect(await refused.text()).toContain("Kies een formaat (a4 of a5) en een taal");
    }

    // A poster writes nothing: the location is as it was.
    expect(await db.location.findUniqueOrThrow({ where: { id: locationA.id } })).toEqual(before);
  });
});
