import { ScrollRegion } from "./scroll-region";

/**
 * A plain, accessible table: a caption names it, header cells scope their columns. Its cells are
 * styled by `.data-table` (app/globals.css), not each by its own utilities: a table has many.
 * `rowKeys` (the records' ids) keep a row's forms and their answers with their record when the
 * order changes.
 */
export function DataTable({
  caption,
  headers,
  rows,
  rowKeys,
}: {
  caption: string;
  headers: string[];
  rows: React.ReactNode[][];
  rowKeys?: string[];
}) {
  return (
    <ScrollRegion label={caption}>
      <table className="data-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, i) => (
            <tr key={rowKeys?.[i] ?? i}>
              {cells.map((cell, j) => (
                <td key={j}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
