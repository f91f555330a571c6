import PDFDocument from "pdfkit";
import qrcode from "qrcode-generator";
import { absoluteUrl } from "@/lib/app-url";
import { formatCalendarDay, formatMinuteOfDay, weekdayName } from "@/lib/dates";
import { PUBLIC_LOCALES, type PublicLocale, publicTranslator } from "@/lib/public/locales";
import { locationPagePath } from "@/lib/public/paths";
import { localText, type PublicLocationPage } from "@/lib/public/queries";
import { type Direction, drawLine, layoutParagraph, type Line, type TextCanvas } from "./bidi-text";
import { POSTER_FONTS, type PosterFont } from "./fonts";

export type PosterFormat = "A4" | "A5";

/** Page sizes in points (1/72 inch), ISO 216: A4 210 × 297 mm, A5 148 × 210 mm. */
const PAGE_SIZES: Record<PosterFormat, [number, number]> = { A4: [595.28, 841.89], A5: [419.53, 595.28] };
const MM = 72 / 25.4;

const INK = "#000000";
const ACCENT = "#0b3a66";
const MUTED = "#333333";

/** The address the poster's QR code holds and prints: the location's public page in its language. */
function posterPageUrl(slug: string, locale: PublicLocale): string {
  return absoluteUrl(locationPagePath(slug, locale));
}

/**
 * The QR code of an address: error correction level M (15 % may be dirty or torn and it still
 * reads), the smallest version that holds it.
 */
function posterQrCode(url: string) {
  const qr = qrcode(0, "M");
  qr.addData(url, "Byte");
  qr.make();
  return qr;
}

type Block = { text: string; size: number; bold?: boolean; color?: string; gapBefore?: number; direction?: Direction };

/** What the poster says, top to bottom, in sizes for A4 (A5 scales them down). */
function blocks(page: PublicLocationPage, locale: PublicLocale): Block[] {
  const t = publicTranslator(locale);
  const { location } = page;
  const day = (isoDay: string) => formatCalendarDay(isoDay, "d MMMM yyyy", locale);
  const hours: Block[] =
    page.weeklyHours.length === 0
      ? [{ text: t("when.noHours"), size: 13 }]
      : page.weeklyHours.flatMap((hour, index) => [
          {
            text: t("when.hour", {
              weekday: weekdayName(hour.weekday, locale),
              start: formatMinuteOfDay(hour.startMinute),
              end: formatMinuteOfDay(hour.endMinute),
            }),
            size: 15,
            bold: true,
            gapBefore: index === 0 ? 4 : 9,
          },
          ...(hour.startsOn ? [{ text: t("when.from", { date: day(hour.startsOn) }), size: 12 }] : []),
          ...(hour.endsOn ? [{ text: t("when.until", { date: day(hour.endsOn) }), size: 12 }] : []),
          { text: t(`when.mode.${hour.mode}`), size: 12.5 },
        ]);
  const bringAlso = localText(location, "bringAlso", locale);
  const directions = localText(location, "directions", locale);
  return [
    { text: page.organisationName, size: 12, color: MUTED, direction: "ltr" },
    { text: t("heading"), size: 26, bold: true, color: ACCENT, gapBefore: 4 },
    { text: `${t("about.facts.free")} ${t("about.facts.duration")}`, size: 14, bold: true, gapBefore: 6 },
    // Names and addresses are typed in Dutch by the library: left to right, also inside Arabic.
    { text: location.name, size: 19, bold: true, gapBefore: 14, direction: "ltr" },
    { text: location.street, size: 14, direction: "ltr" },
    { text: `${location.postcode} ${location.city}`, size: 14, direction: "ltr" },
    ...(directions ? [{ text: `${t("where.inBuilding")} ${directions.text}`, size: 12, gapBefore: 3 }] : []),
    { text: t("when.title"), size: 17, bold: true, color: ACCENT, gapBefore: 14 },
    ...hours,
    { text: t("bring.title"), size: 17, bold: true, color: ACCENT, gapBefore: 14 },
    ...(["letter", "id", "income"] as const).map((item) => ({
      text: `• ${t(`bring.${item}`)}`,
      size: 12.5,
      gapBefore: 3,
    })),
    ...(bringAlso ? [{ text: `• ${t("bring.also")} ${bringAlso.text}`, size: 12.5, gapBefore: 3 }] : []),
  ];
}

/** Line height and where the baseline stands in it, per size: Arabic needs more room above and below. */
function lineMetrics(size: number, direction: Direction) {
  return direction === "rtl"
    ? { height: size * 1.65, baseline: size * 1.15 }
    : { height: size * 1.32, baseline: size * 1.0 };
}

type Laid = { lines: Line[]; size: number; color: string; gapBefore: number; metrics: ReturnType<typeof lineMetrics> };

function layOut(canvas: TextCanvas, items: Block[], scale: number, width: number, pageDirection: Direction): Laid[] {
  return items.map((item) => {
    const size = item.size * scale;
    const direction = item.direction ?? pageDirection;
    return {
      lines: layoutParagraph(canvas, item.text, { size, bold: item.bold }, width, direction),
      size,
      color: item.color ?? INK,
      gapBefore: (item.gapBefore ?? 0) * scale,
      // Arabic line heights for every line of an Arabic poster, so that its lines keep one rhythm.
      metrics: lineMetrics(size, pageDirection),
    };
  });
}

const heightOf = (laid: Laid[]) =>
  laid.reduce((sum, block) => sum + block.gapBefore + block.lines.length * block.metrics.height, 0);

/**
 * A print-ready poster (A4) or flyer (A5) of a location's consultation hour in one client language:
 * the hour, where, the weekly times and how to come (walk in or by appointment), what to bring,
 * and a QR code with the address of the public page in that language, printed beside it too.
 * One page with a 15 mm margin (A5: about 10.6 mm), the fonts embedded as subsets.
 */
export async function renderLocationPoster({
  page,
  locale,
  format,
}: {
  page: PublicLocationPage;
  locale: PublicLocale;
  format: PosterFormat;
}): Promise<Uint8Array> {
  const t = publicTranslator(locale);
  const [pageWidth, pageHeight] = PAGE_SIZES[format];
  const scale = pageWidth / PAGE_SIZES.A4[0];
  const margin = 15 * MM * scale;
  const direction: Direction = PUBLIC_LOCALES[locale].dir;
  const align = direction === "rtl" ? "right" : "left";
  const url = posterPageUrl(page.location.slug, locale);

  const doc = new PDFDocument({
    size: [pageWidth, pageHeight],
    margin,
    // Never Helvetica: its metrics are read from disk by path, and it has no Arabic or Cyrillic.
    font: POSTER_FONTS.latin,
    lang: locale,
    displayTitle: true,
    info: {
      Title: t("metaTitle", { location: page.location.name }),
      Author: page.organisationName,
      Subject: url,
      Creator: "Spreekuur",
    },
  });
  for (const [name, file] of Object.entries(POSTER_FONTS)) doc.registerFont(name, file);
  const canvas: TextCanvas = {
    font: (name: PosterFont, size?: number) => doc.font(name, size),
    fontSize: (size) => doc.fontSize(size),
    widthOfString: (text, options) => doc.widthOfString(text, options),
    text: (text, x, y, options) => doc.text(text, x, y, options),
  };
  const bytes = new Promise<Uint8Array>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });

  // The QR code and its text stand at the foot of the page.
  const qr = posterQrCode(url);
  const modules = qr.getModuleCount();
  const qrSize = 132 * scale;
  const moduleSize = qrSize / modules;
  const contentWidth = pageWidth - 2 * margin;
  const gutter = 16 * scale;
  const qrTop = pageHeight - margin - qrSize;
  const qrLeft = direction === "rtl" ? pageWidth - margin - qrSize : margin;
  const besideQr = {
    x: direction === "rtl" ? margin : margin + qrSize + gutter,
    width: contentWidth - qrSize - gutter,
  };

  // Everything else above it, the texts made smaller until they fit (many weekly hours, long texts).
  const top = margin;
  const room = qrTop - 14 * scale - top;
  const items = blocks(page, locale);
  let laid = layOut(canvas, items, 1 * scale, contentWidth, direction);
  for (let shrink = 0.95; heightOf(laid) > room && shrink >= 0.5; shrink -= 0.05) {
    laid = layOut(canvas, items, shrink * scale, contentWidth, direction);
  }
  let y = top;
  for (const block of laid) {
    y += block.gapBefore;
    doc.fillColor(block.color);
    for (const line of block.lines) {
      drawLine(canvas, line, block.size, { x: margin, width: contentWidth }, y + block.metrics.baseline, align);
      y += block.metrics.height;
    }
  }

  // A rule above the foot, then the code: each row's dark modules as rectangles, merged where they
  // touch, so that no hairline gaps show between them when printed.
  doc
    .moveTo(margin, qrTop - 8 * scale)
    .lineTo(pageWidth - margin, qrTop - 8 * scale)
    .lineWidth(0.75 * scale)
    .strokeColor(ACCENT)
    .stroke();
  for (let row = 0; row < modules; row++) {
    for (let column = 0; column < modules; column++) {
      if (!qr.isDark(row, column)) continue;
      let span = 1;
      while (column + span < modules && qr.isDark(row, column + span)) span++;
      doc.rect(qrLeft + column * moduleSize, qrTop + row * moduleSize, span * moduleSize, moduleSize);
      column += span - 1;
    }
  }
  doc.fillColor(INK).fill();

  const scanText = t(page.bookingOpen ? "poster.scanBooking" : "poster.scan");
  const scanSize = 14 * scale;
  const scanLines = layoutParagraph(canvas, scanText, { size: scanSize, bold: true }, besideQr.width, direction);
  const orSize = 12 * scale;
  const orLines = layoutParagraph(canvas, t("poster.orVisit"), { size: orSize }, besideQr.width, direction);
  // The address on one line, made smaller when it is long.
  doc.font("latin", 13 * scale);
  const urlSize = Math.min(13 * scale, (13 * scale * besideQr.width) / doc.widthOfString(url));
  const urlLines = layoutParagraph(canvas, url, { size: urlSize }, besideQr.width, "ltr");
  let footY = qrTop + 4 * scale;
  for (const [lines, size, color] of [
    [scanLines, scanSize, INK],
    [orLines, orSize, MUTED],
    [urlLines, urlSize, ACCENT],
  ] as const) {
    const metrics = lineMetrics(size, direction);
    doc.fillColor(color);
    for (const line of lines) {
      drawLine(canvas, line, size, besideQr, footY + metrics.baseline, align);
      footY += metrics.height;
    }
    footY += 6 * scale;
  }

  doc.end();
  return bytes;
}
