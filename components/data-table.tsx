import { ScrollRegion } from "./scroll-region";

/**
 * A plain, accessible table: a caption names it, header cells scope their columns. `rowKeys` (the
 * records' ids) keep a row's forms and their answers with their record when the order changes.
 */
export function DataTable({ caption, headers, rows, rowKeys }: { caption: string; headers: string[]; rows: React.ReactNode[][]; rowKeys?: string[] }) {
  return (
    <ScrollRegion label={caption}>
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            {headers.map((header) => (
              <th key={header} scope="col" className="px-3 py-2 font-semibold">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, i) => (
            <tr key={rowKeys?.[i] ?? i} className="border-b border-slate-200">
              {cells.map((cell, j) => (
                <td key={j} className="px-3 py-2">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
