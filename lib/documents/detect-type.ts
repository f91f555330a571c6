import { fileTypeFromBuffer } from "file-type";

/** What we store and serve, by the type found in the bytes, with the extension we give the file. */
const ACCEPTED: Record<string, string> = {
  "application/pdf": "pdf",
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  // iPhones save photos as HEIC; depending on the camera the brand reads as HEIC or plain HEIF.
  "image/heic": "heic",
  "image/heif": "heic",
};

export type DetectedType = { contentType: string; extension: string };

/**
 * The type of an upload as its bytes say, not as its name or the browser claims: a page saved
 * as "brief.pdf" is HTML, and serving it as such from our origin would run its script.
 */
export async function detectDocumentType(bytes: Uint8Array): Promise<DetectedType | null> {
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected) return null;
  const extension = ACCEPTED[detected.mime];
  return extension ? { contentType: detected.mime, extension } : null;
}
