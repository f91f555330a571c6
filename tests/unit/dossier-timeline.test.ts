import { describe, expect, it } from "vitest";
import { availableDossierTools, openDossierTool } from "@/lib/cases/dossier-tools";
import { buildDossierTimeline, openDeadlines, timelineFilterOf } from "@/lib/cases/timeline";

type Dossier = Parameters<typeof buildDossierTimeline>[0];

const at = (iso: string) => new Date(iso);
const day = (date: string) => new Date(`${date}T00:00:00.000Z`);

/** A dossier with one of everything, on known days (UTC; Amsterdam is an hour ahead in winter). */
function dossier(overrides: Partial<Dossier> = {}): Dossier {
  const base = {
    id: "case-1",
    kind: "DOSSIER",
    status: "OPEN",
    openedAt: at("2026-01-05T09:00:00Z"),
    closedAt: null,
    outcome: null,
    visits: [
      { id: "v1", status: "DONE", startedAt: at("2026-01-05T09:05:00Z"), arrivedAt: null, plannedStartsAt: null },
      // Registered and never started: it sits at the moment it was registered.
      {
        id: "v2",
        status: "NO_SHOW",
        startedAt: null,
        arrivedAt: null,
        plannedStartsAt: null,
        createdAt: at("2026-01-12T09:00:00Z"),
      },
    ],
    aftercareTasks: [
      {
        id: "task-done",
        status: "DONE",
        createdAt: at("2026-01-05T09:30:00Z"),
        completedAt: at("2026-01-11T14:00:00Z"),
        timeEntries: [],
      },
      { id: "task-open", status: "OPEN", createdAt: at("2026-01-05T09:25:00Z"), completedAt: null, timeEntries: [] },
    ],
    contacts: [
      // Recorded a week later: it sits at noon of the day it happened.
      { id: "c1", occurredOn: day("2026-01-07"), createdAt: at("2026-01-14T16:00:00Z"), advisor: { name: "A" } },
    ],
    notes: [{ id: "n1", createdAt: at("2026-01-07T08:00:00Z") }],
    actions: [{ id: "a1", performedAt: at("2026-01-08T10:00:00Z") }],
    deadlines: [
      { id: "d1", createdAt: at("2026-01-05T09:20:00Z"), dueOn: day("2026-02-16"), completedAt: null },
      { id: "d2", createdAt: at("2026-01-05T09:21:00Z"), dueOn: day("2026-01-20"), completedAt: null },
      {
        id: "d0",
        createdAt: at("2026-01-05T09:10:00Z"),
        dueOn: day("2026-01-10"),
        completedAt: at("2026-01-09T10:00:00Z"),
      },
    ],
    documents: [{ id: "doc1", createdAt: at("2026-01-05T09:15:00Z") }],
    timeEntries: [
      {
        id: "t-own",
        workedOn: day("2026-01-09"),
        createdAt: at("2026-01-09T15:00:00Z"),
        caseActionId: null,
        visitId: null,
        aftercareTaskId: null,
        dossierContactId: null,
      },
      {
        id: "t-action",
        workedOn: day("2026-01-08"),
        createdAt: at("2026-01-08T10:00:00Z"),
        caseActionId: "a1",
        visitId: null,
        aftercareTaskId: null,
        dossierContactId: null,
      },
      {
        id: "t-contact",
        workedOn: day("2026-01-07"),
        createdAt: at("2026-01-14T16:00:00Z"),
        caseActionId: null,
        visitId: null,
        aftercareTaskId: null,
        dossierContactId: "c1",
      },
      {
        // A correction of the contact's time: shown with the contact, never on its own.
        id: "t-contact-corrected",
        workedOn: day("2026-01-07"),
        createdAt: at("2026-01-15T10:00:00Z"),
        caseActionId: null,
        visitId: null,
        aftercareTaskId: null,
        dossierContactId: null,
        corrects: { dossierContactId: "c1" },
      },
    ],
    handovers: [{ id: "h1", handedOverAt: at("2026-01-10T12:00:00Z") }],
    reopenings: [],
  };
  return { ...base, ...overrides } as unknown as Dossier;
}

const referral = {
  id: "r1",
  direction: "OUT" as const,
  createdAt: at("2026-01-06T10:00:00Z"),
  reason: null,
  status: "SENT",
  partner: { name: "Juridisch Loket" },
  createdBy: null,
};

describe("the dossier timeline", () => {
  it("lists everything newest first, time written with an action, a contact or its correction only once", () => {
    const keys = buildDossierTimeline(dossier(), [referral]).map((entry) => `${entry.kind}:${entry.key}`);
    expect(keys).toEqual([
      "VISIT:v2",
      "AFTERCARE:task-done",
      "HANDOVER:h1",
      "TIME:t-own",
      "ACTION:a1",
      "CONTACT:c1",
      "NOTE:n1",
      "REFERRAL:r1",
      "AFTERCARE:task-open",
      "DEADLINE:d2",
      "DEADLINE:d1",
      "DOCUMENT:doc1",
      "DEADLINE:d0",
      "VISIT:v1",
      "OPENED:opened",
    ]);
  });

  it("puts a contact recorded days later at noon of the day it happened", () => {
    const contact = buildDossierTimeline(dossier(), []).find((entry) => entry.kind === "CONTACT");
    expect(contact?.at.toISOString()).toBe("2026-01-07T11:00:00.000Z");
  });

  it("shows only what the filter asks for", () => {
    expect(buildDossierTimeline(dossier(), [referral], "notities").map((entry) => entry.kind)).toEqual(["NOTE"]);
    expect(buildDossierTimeline(dossier(), [referral], "bezoeken").map((entry) => entry.key)).toEqual([
      "v2",
      "c1",
      "v1",
    ]);
    expect(buildDossierTimeline(dossier(), [referral], "verwijzingen").map((entry) => entry.key)).toEqual(["r1"]);
  });

  it("keeps every closing, also the ones a reopening followed", () => {
    const closedAgain = dossier({
      status: "CLOSED",
      closedAt: at("2026-03-01T10:00:00Z"),
      outcome: "SOLVED",
      reopenings: [
        {
          id: "re1",
          closedAt: at("2026-02-01T10:00:00Z"),
          outcome: "REFERRED",
          reopenedAt: at("2026-02-10T10:00:00Z"),
          reason: "Nieuwe brief",
          reopenedBy: { name: "A" },
        },
      ],
    } as Partial<Dossier>);
    expect(buildDossierTimeline(closedAgain, [], "verloop").map((entry) => `${entry.kind}:${entry.key}`)).toEqual([
      "CLOSED:closed",
      "REOPENED:re1",
      "CLOSED:closed-re1",
      "HANDOVER:h1",
      "OPENED:opened",
    ]);
  });

  it("reads an unknown filter in the address as everything", () => {
    expect(timelineFilterOf("notities")).toBe("notities");
    expect(timelineFilterOf("constructor")).toBe("alles");
    expect(timelineFilterOf("<script>")).toBe("alles");
    expect(timelineFilterOf(undefined)).toBe("alles");
  });

  it("lists the open deadlines by the day they are due, whatever order they come in", () => {
    expect(openDeadlines(dossier()).map((deadline) => deadline.id)).toEqual(["d2", "d1"]);
  });
});

describe("the dossier's forms", () => {
  const none = { mayHandOver: false, hasDuplicates: false };

  it("offers reopening, not closing or recording, on a closed dossier", () => {
    const tools = availableDossierTools({ kind: "DOSSIER", status: "CLOSED" }, none);
    expect(tools.has("heropenen")).toBe(true);
    // The whole question stays readable.
    expect(tools.has("vraag")).toBe(true);
    for (const tool of ["sluiten", "notitie", "actie", "termijn", "tijd", "document"] as const)
      expect(tools.has(tool)).toBe(false);
  });

  it("offers a quick contact its promotion, not the work of a dossier", () => {
    const tools = availableDossierTools({ kind: "QUICK_CONTACT", status: "OPEN" }, none);
    expect(tools.has("omzetten")).toBe(true);
    expect(tools.has("actie")).toBe(false);
    expect(tools.has("wederpartij")).toBe(false);
  });

  it("offers hand-over and merging only when the page says so", () => {
    const open = { kind: "DOSSIER", status: "OPEN" } as const;
    expect(availableDossierTools(open, none).has("overdragen")).toBe(false);
    expect(availableDossierTools(open, { mayHandOver: true, hasDuplicates: false }).has("overdragen")).toBe(true);
    expect(availableDossierTools(open, { mayHandOver: false, hasDuplicates: true }).has("dubbel")).toBe(true);
  });

  it("offers a signal from any dossier or quick contact, open or closed: the problem was seen there", () => {
    for (const kind of ["DOSSIER", "QUICK_CONTACT"] as const)
      for (const status of ["OPEN", "CLOSED"])
        expect(availableDossierTools({ kind, status }, none).has("signaal")).toBe(true);
  });

  it("opens no form for a word it does not offer", () => {
    const tools = availableDossierTools({ kind: "DOSSIER", status: "CLOSED" }, none);
    expect(openDossierTool("heropenen", tools)).toBe("heropenen");
    expect(openDossierTool("sluiten", tools)).toBeNull();
    expect(openDossierTool("toString", tools)).toBeNull();
    expect(openDossierTool(undefined, tools)).toBeNull();
  });
});
