// The signal report as files: a CSV with the same counts as the page, and a Word document a
// coordinator can send to the municipality as it is. Both in the coordinator's language.
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { staffFormat } from "@/lib/format/staff-format";
import type { Locale } from "@/lib/i18n/locales";
import { toCsv, type Column } from "@/lib/reports/export";
import type { SignalExample, SignalReport, SignalReportRow } from "./report";

export type Translate = (key: string, values?: Record<string, string | number>) => string;

type CsvRow = {
  otherParty: string;
  theme: string;
  signals: string | number;
  dossiers: string | number;
  previous: string | number;
  trend: string;
};

/** The words of one report line, shared by the page, the CSV and the document. */
export function signalRowWords(row: SignalReportRow, t: Translate) {
  return {
    theme: t(`themes.${row.theme}`),
    trend: row.trend ? t(`trend.${row.trend}`) : t("trend.unknown"),
  };
}

export function signalExampleWords(example: SignalExample, t: Translate, locale: Locale): string {
  const { name } = staffFormat(locale);
  const band = example.ageBand;
  const age = !band
    ? t("example.ageUnknown")
    : band.from === null
      ? t("example.ageBelow", { to: band.to ?? 0 })
      : band.to === null
        ? t("example.ageFrom", { from: band.from })
        : t("example.ageBand", { from: band.from, to: band.to });
  const domain = example.domain ? name(example.domain) : t("example.domainUnknown");
  const outcome = example.outcome ? t(`example.outcome.${example.outcome}`) : t("example.outcomeOpen");
  return t("example.line", { age, domain, outcome });
}

export function signalReportCsv(report: SignalReport, translate: Translate): string {
  const t: Translate = (key, values) => translate(`signalReport.${key}`, values);
  const columns: Column<CsvRow>[] = [
    { key: "otherParty", header: t("otherParty") },
    { key: "theme", header: t("theme") },
    { key: "signals", header: t("signals") },
    { key: "dossiers", header: t("dossiers") },
    { key: "previous", header: t("previous") },
    { key: "trend", header: t("trendHeader") },
  ];
  const rows = report.rows.map((row) => {
    const words = signalRowWords(row, t);
    return {
      otherParty: row.otherParty,
      theme: words.theme,
      signals: row.signals,
      // Withheld (no hiding protected it): an empty cell, as the national export has one.
      dossiers: row.dossiers ?? "",
      previous: row.previous ?? "",
      trend: words.trend,
    };
  });
  return toCsv(rows, columns);
}

/** A count withheld, as the page and the monitoring figures write it. */
const NOT_SHOWN = "–";

const cell = (text: string | number, bold = false) =>
  new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text: String(text), bold: bold || undefined })] })],
  });

/** A4, a title with the organisation and period, the table, the answers, the examples. */
export async function signalReportDocx(report: SignalReport, translate: Translate, locale: Locale): Promise<Buffer> {
  const t: Translate = (key, values) => translate(`signalReport.${key}`, values);
  const { day } = staffFormat(locale);
  const period = t("periodLine", { from: day(report.period.from), to: day(report.period.to) });
  const previous = t("previousLine", { from: day(report.previous.from), to: day(report.previous.to) });
  const heading = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_2, spacing: { before: 240 } });
  const line = (text: string) => new Paragraph({ children: [new TextRun(text)], spacing: { after: 120 } });
  const headers = [t("otherParty"), t("theme"), t("signals"), t("dossiers"), t("previous"), t("trendHeader")];
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((header) => cell(header, true)) }),
      ...report.rows.map((row) => {
        const words = signalRowWords(row, t);
        return new TableRow({
          children: [
            row.otherParty,
            words.theme,
            row.signals,
            row.dossiers ?? NOT_SHOWN,
            row.previous ?? NOT_SHOWN,
            words.trend,
          ].map((value) => cell(value)),
        });
      }),
    ],
  });
  const examples = report.rows.filter((row) => row.examples.length > 0);
  const document = new Document({
    creator: "Spreekuur",
    title: t("title"),
    styles: {
      default: {
        document: { run: { font: "Arial", size: 22, language: { value: locale === "en" ? "en-GB" : "nl-NL" } } },
      },
    },
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1418, bottom: 1418, left: 1276, right: 1276 } },
        },
        children: [
          new Paragraph({
            text: t("documentTitle", { organisation: report.organisation.name }),
            heading: HeadingLevel.TITLE,
          }),
          new Paragraph({ children: [new TextRun({ text: period, bold: true })], alignment: AlignmentType.LEFT }),
          line(t("intro", { municipality: report.organisation.municipality })),
          line(t("smallNumbers")),
          heading(t("tableTitle")),
          line(previous),
          report.rows.length > 0 ? table : line(t("empty")),
          heading(t("answersTitle")),
          ...(report.answers.length === 0
            ? [line(t("noAnswers"))]
            : report.answers.flatMap((answer) => [
                new Paragraph({
                  children: [new TextRun({ text: `${answer.otherParty}: ${t(`themes.${answer.theme}`)}`, bold: true })],
                  spacing: { before: 120 },
                }),
                line(answer.description),
                line(
                  answer.raisedWith
                    ? t("raisedLine", { with: answer.raisedWith, on: answer.raisedOn ? day(answer.raisedOn) : "–" })
                    : t("raisedUnknown"),
                ),
                line(t("answerLine", { on: day(answer.answeredOn), answer: answer.answer })),
              ])),
          heading(t("examplesTitle")),
          line(t("examplesIntro")),
          ...(examples.length === 0
            ? [line(t("noExamples"))]
            : examples.flatMap((row) => [
                new Paragraph({
                  children: [new TextRun({ text: `${row.otherParty}: ${t(`themes.${row.theme}`)}`, bold: true })],
                  spacing: { before: 120 },
                }),
                ...row.examples.map(
                  (example) => new Paragraph({ text: signalExampleWords(example, t, locale), bullet: { level: 0 } }),
                ),
              ])),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
