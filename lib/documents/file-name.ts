const MAX_FILE_NAME_LENGTH = 120;

const FALLBACK_NAME = "document";

/**
 * The name shown in the dossier and offered on download. The client's name is only a hint: we
 * keep its letters, digits, spaces and `.-_` (no path, quotes, control or direction characters)
 * and put our own extension on it, so the name never contradicts what the file is.
 */
export function displayFileName(original: string, extension: string | null): string {
  const suffix = extension ? `.${extension}` : "";
  const base = original
    .normalize("NFC")
    .replace(/^.*[\\/]/, "")
    .replace(/\.[a-z][a-z0-9]{0,4}$/i, "")
    .replace(/[^\p{L}\p{M}\p{N} ._-]+/gu, " ")
    .replace(/\s+/g, " ")
    .replace(/^[\s.]+|[\s.]+$/g, "");
  const kept = Array.from(base)
    .slice(0, MAX_FILE_NAME_LENGTH - suffix.length)
    .join("")
    .trimEnd();
  return `${kept || FALLBACK_NAME}${suffix}`;
}

/** The extension a stored name ends with, for names that come from our own code (generated letters). */
export function extensionOf(fileName: string): string | null {
  return /\.([a-z][a-z0-9]{0,4})$/i.exec(fileName)?.[1].toLowerCase() ?? null;
}

/**
 * RFC 6266: an ASCII `filename` for old clients and the exact name as UTF-8 in `filename*`, so
 * "Beschikking Dienst Toeslagen – juni.pdf" keeps its dash and accents.
 */
export function contentDisposition(disposition: "inline" | "attachment", fileName: string): string {
  const ascii = fileName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]|["\\%]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
