import path from "node:path";
import { fonts as arabicFonts } from "@embedpdf/fonts-arabic";
import { fonts as latinFonts } from "@embedpdf/fonts-latin";

/**
 * The fonts of a poster, from npm packages (not from the machine: a library's server has no Noto
 * installed): Noto Sans for Latin and Cyrillic (Dutch, English, Turkish, Polish, Ukrainian, and the
 * digits, names and addresses in every language) and Noto Naskh Arabic for Arabic, whose OpenType
 * tables fontkit uses to join the letters. Both are under the SIL Open Font License, which allows
 * embedding them (as subsets) in a PDF. Read by path from node_modules: the packages export no
 * subpath for their files, and the server runs from the project folder (scripts/serve.ts).
 */
function fontFile(pkg: string, files: readonly { file: string; weight: number; italic?: boolean }[], weight: number) {
  const found = files.find((font) => font.weight === weight && !font.italic);
  if (!found) throw new Error(`${pkg} has no upright font of weight ${weight}`);
  return path.join(process.cwd(), "node_modules", pkg, "fonts", found.file);
}

export const POSTER_FONTS = {
  latin: fontFile("@embedpdf/fonts-latin", latinFonts, 400),
  latinBold: fontFile("@embedpdf/fonts-latin", latinFonts, 700),
  arabic: fontFile("@embedpdf/fonts-arabic", arabicFonts, 400),
  arabicBold: fontFile("@embedpdf/fonts-arabic", arabicFonts, 700),
};

export type PosterFont = keyof typeof POSTER_FONTS;
