/**
 * The forms of the dossier page, by the word in the address (`?formulier=`). One is open at a
 * time, and only when asked: the page is read far more than written, mostly with the client
 * across the table. A link opens each, so they work before (or without) the page's scripts.
 */
export const RECORDING_TOOLS = [
  "notitie",
  "actie",
  "contact",
  "termijn",
  "verwijzing",
  "document",
  "tijd",
  "nazorg",
  "baten",
  "signaal",
] as const;

export const MANAGING_TOOLS = [
  "vraag",
  "gegevens",
  "wederpartij",
  "overdragen",
  "omzetten",
  "sluiten",
  "heropenen",
  "dubbel",
] as const;

export type DossierTool = (typeof RECORDING_TOOLS)[number] | (typeof MANAGING_TOOLS)[number];

type DossierState = {
  kind: "DOSSIER" | "QUICK_CONTACT";
  status: string;
};

/** Which forms this dossier offers this user now, in the order the page lists them. */
export function availableDossierTools(
  dossier: DossierState,
  { mayHandOver, hasDuplicates }: { mayHandOver: boolean; hasDuplicates: boolean },
): Set<DossierTool> {
  const closed = dossier.status === "CLOSED";
  const full = dossier.kind === "DOSSIER";
  const offered: Record<DossierTool, boolean> = {
    notitie: !closed,
    actie: full && !closed,
    contact: full && !closed,
    termijn: !closed,
    verwijzing: true,
    document: !closed,
    tijd: !closed,
    nazorg: true,
    baten: true,
    signaal: true,
    // Also read-only: the summary shows only the start of a long question.
    vraag: true,
    gegevens: true,
    wederpartij: full,
    overdragen: mayHandOver,
    omzetten: !full,
    sluiten: !closed,
    heropenen: full && closed,
    dubbel: hasDuplicates,
  };
  return new Set([...RECORDING_TOOLS, ...MANAGING_TOOLS].filter((tool) => offered[tool]));
}

/** The form asked for in the address, if this dossier offers it; anything else opens none. */
export function openDossierTool(value: string | undefined, available: ReadonlySet<DossierTool>): DossierTool | null {
  return available.has(value as DossierTool) ? (value as DossierTool) : null;
}
