// The authorisation matrix (issue 7, part 1): every use case in lib/, found in the code, run for
// real as every kind of person of the same library and of another one, and as nobody. Each cell
// gets fresh records, so cells never depend on each other. A refusal must also leave the
// database exactly as it was.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { ACCESS_DENIED_MESSAGES } from "@/lib/auth/guard";
import type { Result } from "@/lib/result";
import { UNEXPECTED_ERROR } from "@/lib/use-case";
import { changedTables, fingerprint, idsOfOrganisation } from "../support/db-fingerprint";
import { VALID_INPUTS } from "../support/use-case-inputs";
import { compareWithTable, loadUseCases, type RegisteredUseCase } from "../support/use-case-registry";
import {
  ACTOR_KEYS,
  type ActorKey,
  createWorld,
  MULTI_ROLE_KEYS,
  type MultiRoleKey,
  NOW,
  type World,
} from "../support/use-case-world";

/**
 * Expected answers. Columns: the seven people of library A (whose records every input points at),
 * then "|", the same seven of library B. PROGRAMME is a funder's user with access to that library's
 * figures (issue 21 item 6): it belongs to an organisation of its own. "volunteer" is responsible for every dossier, "supervisor"
 * supervises the volunteer, "professional" is an unrelated advisor colleague.
 *   ok     allowed: the use case succeeds
 *   403    refused for the role: "refusals.auth.forbidden", nothing written
 *   404    not found (how another library's or an unreadable record looks), nothing written
 *   own    refused: only your own records ("Je kunt alleen je eigen …"), nothing written
 *   scoped allowed, but only on the own library's data: library A's records stay untouched and
 *          the answer holds nothing of library A (for inputs that name no record, e.g. a search)
 * Anonymous (no one logged in) is not a column: every use case must answer "log opnieuw in".
 * Nor are the people with two roles (MULTI_ROLE_KEYS): a rule holds per role, so each of them must
 * get the most that any of their roles gets in the table (ok, then scoped, own, 404, 403).
 */
// prettier-ignore
const MATRIX: Record<string, string> = {
  //                                  HOST   prof   vol    sup    COORD  ADMIN  PROGR  | HOST   prof   vol    sup    COORD  ADMIN  PROGR
  "desk.registerWalkIn":             "ok     ok     ok     ok     ok     403    403    | 404    404    404    404    404    403    403",
  "desk.bookAppointment":            "ok     ok     ok     ok     ok     403    403    | 404    404    404    404    404    403    403",
  "desk.searchClients":              "ok     ok     ok     ok     ok     403    403    | scoped scoped scoped scoped scoped 403    403",
  "desk.checkInAppointment":         "ok     ok     ok     ok     ok     403    403    | 404    404    404    404    404    403    403",
  "desk.startConversation":          "ok     ok     ok     ok     ok     403    403    | 404    404    404    404    404    403    403",
  "desk.endConversation":            "ok     ok     ok     ok     ok     403    403    | 404    404    404    404    404    403    403",
  "desk.markNoShow":                 "ok     ok     ok     ok     ok     403    403    | 404    404    404    404    404    403    403",
  "desk.cancelVisit":                "ok     ok     ok     ok     ok     403    403    | 404    404    404    404    404    403    403",
  "waitingList.addToWaitingList":    "ok     ok     ok     ok     ok     403    403    | 404    404    404    404    404    403    403",
  "waitingList.bookOfferAtDesk":     "ok     ok     ok     ok     ok     403    403    | 404    404    404    404    404    403    403",
  "waitingList.listWaitingList":     "ok     ok     ok     ok     ok     403    403    | 404    404    404    404    404    403    403",
  "waitingList.withdrawFromWaitingList":"ok   ok     ok     ok     ok     403    403    | 404    404    404    404    404    403    403",

  "cases.openDossier":               "403    ok     ok     ok     403    403    403    | 403    404    404    404    403    403    403",
  "cases.logQuickContact":           "403    ok     ok     ok     403    403    403    | 403    404    404    404    403    403    403",
  "cases.addCaseNote":               "403    404    ok     ok     403    403    403    | 403    404    404    404    403    403    403",
  "cases.closeCase":                 "403    404    ok     ok     403    403    403    | 403    404    404    404    403    403    403",
  "cases.reopenCase":                "403    404    ok     ok     403    403    403    | 403    404    404    404    403    403    403",
  "cases.recordDossierContact":      "403    404    ok     ok     403    403    403    | 403    404    404    404    403    403    403",
  "cases.linkVisitToDossier":        "403    404    ok     ok     403    403    403    | 403    404    404    404    403    403    403",
  "cases.recordCaseAction":          "403    404    ok     ok     403    403    403    | 403    404    404    404    403    403    403",
  "cases.changeCaseAction":          "403    404    ok     own    403    403    403    | 403    404    404    404    403    403    403",
  "cases.removeCaseAction":          "403    404    ok     own    403    403    403    | 403    404    404    404    403    403    403",
  "cases.correctClientDetails":      "403    404    ok     ok     403    403    403    | 403    404    404    404    403    403    403",
  "cases.editCaseNote":              "403    404    ok     ok     403    403    403    | 403    404    404    404    403    403    403",
  "cases.editCaseQuestion":          "403    404    ok     ok     403    403    403    | 403    404    404    404    403    403    403",
  "cases.promoteToDossier":          "403    404    ok     ok     403    403    403    | 403    404    404    404    403    403    403",
  "cases.setCaseWaiting":            "403    404    ok     ok     403    403    403    | 403    404    404    404    403    403    403",
  "costs.addBenefitItem":            "403    404    ok     ok     403    403    403    | 403    404    404    404    403    403    403",
  "costs.recordStoryConsent":        "403    404    ok     ok     403    403    403    | 403    404    404    404    403    403    403",
  "costs.removeBenefitItem":         "403    404    ok     ok     403    403    403    | 403    404    404    404    403    403    403",
  "deadlines.addObjectionDeadline":  "403    404    ok     ok     403    403    403    | 403    404    404    404    403    403    403",
  "deadlines.addFreeDeadline":       "403    404    ok     ok     403    403    403    | 403    404    404    404    403    403    403",
  "deadlines.completeDeadline":      "403    404    ok     ok     403    403    403    | 403    404    404    404    403    403    403",
  "documents.uploadDocument":        "403    404    ok     ok     403    403    403    | 403    404    404    404    403    403    403",
  "documents.deleteDocument":        "403    404    ok     ok     403    403    403    | 403    404    404    404    403    403    403",
  "letters.draftLetter":             "403    404    ok     ok     403    403    403    | 403    404    404    404    403    403    403",
  "letters.saveLetter":              "403    404    ok     ok     403    403    403    | 403    404    404    404    403    403    403",
  "aftercare.createTask":            "403    404    ok     ok     403    403    403    | 403    404    404    404    403    403    403",
  "aftercare.completeTask":          "403    404    ok     ok     403    403    403    | 403    404    404    404    403    403    403",
  "time.logCaseTime":                "403    404    ok     ok     403    403    403    | 403    404    404    404    403    403    403",
  "referrals.referOut":              "403    404    ok     ok     403    403    403    | 403    404    404    404    403    403    403",
  "referrals.recordIncomingReferral":"403    404    ok     ok     403    403    403    | 403    404    404    404    403    403    403",
  "referrals.requestFeedback":       "403    404    ok     ok     403    403    403    | 403    404    404    404    403    403    403",
  "referrals.markFeedbackGiven":     "403    404    ok     ok     403    403    403    | 403    404    404    404    403    403    403",
  "referrals.updateReferralStatus":  "403    404    ok     ok     403    403    403    | 403    404    404    404    403    403    403",

  "costs.setCostRate":               "403    403    403    403    ok     403    403    | 403    403    403    403    scoped 403    403",
  "partners.createPartner":          "403    403    403    403    ok     403    403    | 403    403    403    403    scoped 403    403",
  "partners.updatePartner":          "403    403    403    403    ok     403    403    | 403    403    403    403    404    403    403",
  "partners.deactivatePartner":      "403    403    403    403    ok     403    403    | 403    403    403    403    404    403    403",
  "partners.reactivatePartner":      "403    403    403    403    ok     403    403    | 403    403    403    403    404    403    403",
  "partners.previewPartnerImport":   "403    403    403    403    ok     403    403    | 403    403    403    403    scoped 403    403",
  "partners.importPartners":         "403    403    403    403    ok     403    403    | 403    403    403    403    scoped 403    403",
  "partners.exportSocialMap":        "403    403    403    403    ok     403    403    | 403    403    403    403    scoped 403    403",
  "partnerLinks.createPartnerLink":  "403    403    403    403    ok     403    403    | 403    403    403    403    404    403    403",
  "partnerLinks.revokePartnerLink":  "403    403    403    403    ok     403    403    | 403    403    403    403    404    403    403",
  "partnerLinks.listPartnerLinks":   "403    403    403    403    ok     403    403    | 403    403    403    403    404    403    403",
  "schedule.addExtraSession":        "403    403    403    403    ok     403    403    | 403    403    403    403    404    403    403",
  "schedule.cancelSession":          "403    403    403    403    ok     403    403    | 403    403    403    403    404    403    403",
  "schedule.createConsultationHour": "403    403    403    403    ok     403    403    | 403    403    403    403    404    403    403",
  "schedule.generateSessions":       "403    403    403    403    ok     403    403    | 403    403    403    403    scoped 403    403",
  "schedule.removeStaff":            "403    403    403    403    ok     403    403    | 403    403    403    403    404    403    403",
  "schedule.staffSession":           "403    403    403    403    ok     403    403    | 403    403    403    403    404    403    403",
  "schedule.updateConsultationHour": "403    403    403    403    ok     403    403    | 403    403    403    403    404    403    403",
  "time.setHoursPlan":               "403    403    403    403    ok     403    403    | 403    403    403    403    scoped 403    403",

  "time.correctTimeEntry":           "own    own    ok     own    ok     own    403    | 404    404    404    404    404    404    403",
  "time.logOwnHours":                "ok     ok     ok     ok     ok     ok     403    | scoped scoped scoped scoped scoped scoped 403",

  "users.deactivateUser":            "403    403    403    403    403    ok     403    | 403    403    403    403    403    404    403",
  "users.reactivateUser":            "403    403    403    403    403    ok     403    | 403    403    403    403    403    404    403",
  "users.endUserSessions":           "403    403    403    403    403    ok     403    | 403    403    403    403    403    404    403",
  "users.setUserPassword":           "403    403    403    403    403    ok     403    | 403    403    403    403    403    404    403",

  "locations.createLocation":       "403    403    403    403    403    ok     403    | 403    403    403    403    403    scoped 403",
  "locations.updateLocation":       "403    403    403    403    403    ok     403    | 403    403    403    403    403    404    403",
  "locations.archiveLocation":      "403    403    403    403    403    ok     403    | 403    403    403    403    403    404    403",
  "locations.restoreLocation":      "403    403    403    403    403    ok     403    | 403    403    403    403    403    404    403",
  "locations.addRoom":              "403    403    403    403    403    ok     403    | 403    403    403    403    403    404    403",
  "locations.updateRoom":           "403    403    403    403    403    ok     403    | 403    403    403    403    403    404    403",

  "cases.assignDossier":            "403    403    403    403    ok     403    403    | 403    403    403    403    404    403    403",
  "cases.addCaseLegalDomain":       "403    404    ok     ok     403    403    403    | 403    404    404    404    403    403    403",
  "cases.removeCaseLegalDomain":    "403    404    ok     ok     403    403    403    | 403    404    404    404    403    403    403",
  "cases.handOverDossier":          "403    404    ok     own    403    403    403    | 403    404    404    404    403    403    403",
  "letters.approveLetter":          "403    404    404    ok     403    403    403    | 403    404    404    404    403    403    403",
  "letters.returnLetter":           "403    404    404    ok     403    403    403    | 403    404    404    404    403    403    403",
  "letters.reviseLetter":           "403    404    ok     404    403    403    403    | 403    404    404    404    403    403    403",
  "letters.setLetterReview":        "403    403    403    403    ok     403    403    | 403    403    403    403    scoped 403    403",
  "cases.setCaseOtherParty":        "403    404    ok     ok     403    403    403    | 403    404    404    404    403    403    403",
  "signals.raiseSignal":             "403    404    ok     ok     403    403    403    | 403    404    404    404    403    403    403",
  "signals.joinSignal":              "403    404    ok     ok     403    403    403    | 403    404    404    404    403    403    403",
  "signals.markSignalRaised":        "403    403    403    403    ok     403    403    | 403    403    403    403    404    403    403",
  "signals.recordSignalAnswer":      "403    403    403    403    ok     403    403    | 403    403    403    403    404    403    403",
  "signals.closeSignal":             "403    403    403    403    ok     403    403    | 403    403    403    403    404    403    403",
  "signals.rewordSignal":            "403    403    403    403    ok     403    403    | 403    403    403    403    404    403    403",
  "signals.reopenSignal":            "403    403    403    403    ok     403    403    | 403    403    403    403    404    403    403",
  "signals.mergeSignals":            "403    403    403    403    ok     403    403    | 403    403    403    403    404    403    403",
  "otherParties.createOtherParty":  "403    403    403    403    ok     403    403    | 403    403    403    403    scoped 403    403",
  "otherParties.updateOtherParty":  "403    403    403    403    ok     403    403    | 403    403    403    403    404    403    403",
  "otherParties.deactivateOtherParty":"403    403    403    403    ok     403    403    | 403    403    403    403    404    403    403",
  "otherParties.reactivateOtherParty":"403    403    403    403    ok     403    403    | 403    403    403    403    404    403    403",
  "otherParties.addCommonOtherParties":"403    403    403    403    ok     403    403    | 403    403    403    403    scoped 403    403",
  "cases.reassignDossier":          "403    403    403    403    ok     403    403    | 403    403    403    403    404    403    403",
  "credentials.recordCredential":   "403    403    403    403    ok     403    403    | 403    403    403    403    404    403    403",
  "credentials.removeCredential":   "403    403    403    403    ok     403    403    | 403    403    403    403    404    403    403",
  "organisations.updatePartnership":"403    403    403    403    403    ok     403    | 403    403    403    403    403    scoped 403",
  "programmes.grantProgrammeAccess": "403    403    403    403    403    ok     403    | 403    403    403    403    403    scoped 403",
  "programmes.revokeProgrammeAccess":"403    403    403    403    403    ok     403    | 403    403    403    403    403    404    403",
  "people.invitePerson":            "403    403    403    403    403    ok     403    | 403    403    403    403    403    404    403",
  "people.reissueInvitation":       "403    403    403    403    403    ok     403    | 403    403    403    403    403    404    403",
  "people.updatePerson":            "403    403    403    403    403    ok     403    | 403    403    403    403    403    404    403",

  "privacy.searchClients":           "403    403    403    403    403    ok     403    | 403    403    403    403    403    scoped 403",
  "privacy.setRetentionMonths":      "403    403    403    403    403    ok     403    | 403    403    403    403    403    scoped 403",
  "clients.mergeClients":            "403    ok     403    ok     403    ok     403    | 403    404    403    404    403    404    403",
  "clients.mergeDuplicateClient":   "403    404    403    ok     403    403    403    | 403    404    403    404    403    403    403",
  "privacy.eraseClient":             "403    403    403    403    403    ok     403    | 403    403    403    403    403    404    403",
  "privacy.recordConsent":           "403    404    ok     ok     403    ok     403    | 403    404    404    404    403    404    403",
  "privacy.withdrawConsent":         "403    404    ok     ok     403    ok     403    | 403    404    404    404    403    404    403",
};

const ANSWERS = ["ok", "403", "404", "own", "scoped"] as const;
type Answer = (typeof ANSWERS)[number];
type Cell = { column: string; actor: Actor | null; answer: Answer | "401" };

/** Messages that say "this does not exist for you", in the words each feature uses. */
const NOT_FOUND = /niet gevonden|bestaat niet|[nN]otFound$/;
const ONLY_OWN = /alleen je eigen|[oO]nlyOwn$/;

function parseRow(name: string, row: string): { own: Answer[]; other: Answer[] } {
  const [own, other, ...rest] = row.split("|").map((half) => half.trim().split(/\s+/));
  const bad = [...own, ...(other ?? [])].filter((code) => !(ANSWERS as readonly string[]).includes(code));
  if (rest.length || own.length !== ACTOR_KEYS.length || other?.length !== ACTOR_KEYS.length || bad.length) {
    throw new Error(
      `Matrix row "${name}" needs ${ACTOR_KEYS.length} answers, "|", ${ACTOR_KEYS.length} answers (one of ${ANSWERS.join(", ")}); got "${row}".`,
    );
  }
  return { own: own as Answer[], other: other as Answer[] };
}

/** The answer of someone who holds several roles' rules: the most any of them allows. */
const MOST_FIRST: readonly Answer[] = ["ok", "scoped", "own", "404", "403"];
const mostOf = (answers: Answer[]): Answer => MOST_FIRST.find((answer) => answers.includes(answer))!;

function cellsOf(name: string, w: World): Cell[] {
  const { own, other } = parseRow(name, MATRIX[name]);
  const answerOf = (row: Answer[], key: ActorKey) => row[ACTOR_KEYS.indexOf(key)];
  const multiRole = (library: "A" | "B", row: Answer[]) =>
    (Object.keys(MULTI_ROLE_KEYS) as MultiRoleKey[]).map((key) => ({
      column: `${library} ${key}`,
      actor: (library === "A" ? w.a : w.b).multiRole[key],
      answer: mostOf(MULTI_ROLE_KEYS[key].map((single) => answerOf(row, single))),
    }));
  return [
    ...ACTOR_KEYS.map((key: ActorKey, i) => ({ column: `A ${key}`, actor: w.a.actors[key], answer: own[i] })),
    ...multiRole("A", own),
    ...ACTOR_KEYS.map((key: ActorKey, i) => ({ column: `B ${key}`, actor: w.b.actors[key], answer: other[i] })),
    ...multiRole("B", other),
    { column: "anonymous", actor: null, answer: "401" as const },
  ];
}

/** The people every row is run as: seven single roles and the two-role people, in two libraries, and nobody. */
const PEOPLE_PER_ROW = (ACTOR_KEYS.length + Object.keys(MULTI_ROLE_KEYS).length) * 2 + 1;

const useCases = await loadUseCases();
const rowCheck = compareWithTable(useCases, MATRIX);
const inputCheck = compareWithTable(useCases, VALID_INPUTS);
let world: World;
let cellsChecked = 0;

beforeAll(async () => {
  world = await createWorld();
});

afterAll(() => {
  console.log(
    `authorisation matrix: ${cellsChecked} cells checked (${useCases.length} use cases × ${PEOPLE_PER_ROW} people)`,
  );
});

/** What is wrong with one cell's outcome, or null when it is as the table says. */
async function judge(cell: Cell, result: Result<unknown>, changed: string[], w: World): Promise<string | null> {
  const seen = result.ok ? "ok" : `"${result.error}"`;
  if (!result.ok && result.error === UNEXPECTED_ERROR)
    return `expected ${cell.answer}, got the generic error (a crash)`;
  switch (cell.answer) {
    case "ok":
      return result.ok ? null : `expected ok, got ${seen} ${JSON.stringify(result.fieldErrors ?? {})}`;
    case "scoped": {
      if (!result.ok) return `expected ok on the own library, got ${seen}`;
      if (changed.length) return `changed library A's ${changed.join(", ")}`;
      const leaked = await idsOfOrganisation(result.value, w.a.organisationId);
      return leaked.length ? `answered with library A's records ${leaked.join(", ")}` : null;
    }
    case "401":
    case "403": {
      const message = ACCESS_DENIED_MESSAGES[cell.answer === "401" ? "UNAUTHENTICATED" : "FORBIDDEN"];
      if (result.ok || result.error !== message) return `expected ${cell.answer} ("${message}"), got ${seen}`;
      break;
    }
    case "404":
    case "own": {
      const pattern = cell.answer === "404" ? NOT_FOUND : ONLY_OWN;
      if (result.ok || !pattern.test(typeof result.error === "string" ? result.error : result.error.key))
        return `expected ${cell.answer} (${pattern}), got ${seen}`;
      break;
    }
  }
  return changed.length ? `refused, but wrote to ${changed.join(", ")}` : null;
}

describe("authorisation matrix", () => {
  it("has a row and a valid input for every use case in lib/, and none for a use case that does not exist", () => {
    expect(useCases.length).toBeGreaterThan(40);
    expect(rowCheck.withoutRow, "use cases without a row in MATRIX").toEqual([]);
    expect(rowCheck.withoutUseCase, "MATRIX rows without a use case").toEqual([]);
    expect(inputCheck.withoutRow, "use cases without an input in tests/support/use-case-inputs.ts").toEqual([]);
    expect(inputCheck.withoutUseCase, "inputs without a use case").toEqual([]);
  });

  it.each(
    useCases
      .filter((found) => Object.hasOwn(MATRIX, found.name) && Object.hasOwn(VALID_INPUTS, found.name))
      .map((found) => [found.name, found] as const),
  )(
    "%s answers every person as the table says",
    async (name: string, { useCase: run }: RegisteredUseCase) => {
      const failures: string[] = [];
      for (const cell of cellsOf(name, world)) {
        const input = await VALID_INPUTS[name](world);
        // An allowed cell may write; the others must not, and a scoped one not in library A.
        const scope = cell.answer === "scoped" ? world.a.organisationId : undefined;
        const before = cell.answer === "ok" ? null : await fingerprint(scope);
        let result: Result<unknown>;
        try {
          result = await run(cell.actor, input, { now: NOW });
        } catch (error) {
          failures.push(`${cell.column}: threw ${String(error)}`);
          continue;
        }
        const changed = before ? changedTables(before, await fingerprint(scope)) : [];
        const problem = await judge(cell, result, changed, world);
        if (problem) failures.push(`${cell.column}: ${problem}`);
        cellsChecked++;
      }
      expect(failures, `${name}: cells that differ from the matrix`).toEqual([]);
    },
    120_000,
  );

  it("checked every cell of every row", () => {
    expect(cellsChecked).toBe(useCases.length * PEOPLE_PER_ROW);
  });
});
