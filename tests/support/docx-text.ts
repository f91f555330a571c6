import { strFromU8, unzipSync } from "fflate";

const runs = (xml: string) =>
  [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)]
    .map(([, text]) => text)
    .join("")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** The text of a .docx (word/document.xml): a paragraph or a table row per line, cells split by " | ". */
export function docxText(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(bytes)["word/document.xml"]!);
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>|<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map(([part]) =>
      part.startsWith("<w:tr")
        ? [...part.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([cell]) => runs(cell)).join(" | ")
        : runs(part),
    )
    .join("\n");
}
