import path from "node:path";
import { fileURLToPath } from "node:url";
import { fonts as arabicFonts } from "@embedpdf/fonts-arabic";
import { fonts as latinFonts } from "@embedpdf/fonts-latin";

/**
 * The project folder, found from this file as scripts/paths.ts finds it, never from the working
 * directory: `next start` may run from anywhere. In the production build import.meta.url is still
 * this source file's address in the project (Turbopack works it out at run time from where the
 * build is), so the path holds there too; next.config.ts adds the font files to the build's trace.
 */
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/**
 * The fonts of a poster, from npm packages (not from the machine: a library's server has no Noto
 * installed): Noto Sans for Latin and Cyrillic (Dutch, English, Turkish, Polish, Ukrainian, and the
 * digits, names and addresses in every language) and Noto Naskh Arabic for Arabic, whose OpenType
 * tables fontkit uses to join the letters. Both are under the SIL Open Font License, which allows
 * embedding them (as subsets) in a PDF. Read by path from the project's node_modules: the packages
 * export no subpath for their files.
 */
function fontFile(pkg: string, files: readonly { file: string; weight: number; italic?: boolean }[], weight: number) {
  const found = files.find((font) => font.weight === weight && !font.italic);
  if (!found) throw new Error(`${pkg} has no upright font of weight ${weight}`);
  return path.join(projectRoot, "node_modules", pkg, "fonts", found.file);
}

export const POSTER_FONTS = {
  latin: fontFile("@embedpdf/fonts-latin", latinFonts, 400),
  latinBold: fontFile("@embedpdf/fonts-latin", latinFonts, 700),
  arabic: fontFile("@embedpdf/fonts-arabic", arabicFonts, 400),
  arabicBold: fontFile("@embedpdf/fonts-arabic", arabicFonts, 700),
};

export type PosterFont = keyof typeof POSTER_FONTS;
