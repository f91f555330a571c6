"use client";

import { ScrollRegion } from "@/components/scroll-region";

type Row = { key: string; header: string; detail?: string; cells: string[] };

type Props = {
  caption: string;
  /** The first header names the row headers; the others the number columns. */
  headers: string[];
  rows: Row[];
  footer: Row;
  empty: string;
};

/**
 * A table of hours: each row is named by a row header (a person, a week), numbers line up on the
 * right, the total sits in the footer. The caption stays visible, also on paper.
 *
 * A client component with nothing interactive: its rows arrive as plain strings, where a server
 * component sent each of a year's thousand cells through the RSC payload as an element of its own
 * (see MonitoringFigureView).
 */
export function HoursTable({ caption, headers, rows, footer, empty }: Props) {
  // Cells, row headers and rows are styled by `.hours-table` (app/globals.css): a year has hundreds.
  const rowHeader = (row: Row) => (
    <th scope="row">
      {row.header}
      {row.detail ? <span>{row.detail}</span> : null}
    </th>
  );
  return (
    <ScrollRegion label={caption} className="print:overflow-visible">
      <table className="hours-table w-full border-collapse text-left tabular-nums print:text-xs">
        <caption className="mb-2 text-left text-xl font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            {headers.map((header, index) => (
              <th
                key={header}
                scope="col"
                className={`px-2 py-2 align-bottom font-semibold ${index === 0 ? "text-left" : "text-right"}`}
              >
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length ? (
            rows.map((row) => (
              <tr key={row.key}>
                {rowHeader(row)}
                {row.cells.map((cell, index) => (
                  <td key={index}>{cell}</td>
                ))}
              </tr>
            ))
          ) : (
            <tr className="border-b-0">
              <td colSpan={headers.length} className="text-left whitespace-normal">
                {empty}
              </td>
            </tr>
          )}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-slate-400 font-semibold">
            {rowHeader(footer)}
            {footer.cells.map((cell, index) => (
              <td key={index}>{cell}</td>
            ))}
          </tr>
        </tfoot>
      </table>
    </ScrollRegion>
  );
}
