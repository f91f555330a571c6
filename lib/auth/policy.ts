import type { Role } from "@/lib/generated/prisma/enums";

// Who may do what, in one place: every use case, query and page names its rule from here, and
// tests/integration/authorisation-matrix.test.ts proves each one. A rule is a list of roles; the
// organisation scope is applied separately (scopedToOrganisation in ./guard).

/** The desk: registering walk-ins, booking and moving visits. */
export const DESK_ROLES = ["HOST", "ADVISOR", "COORDINATOR"] as const satisfies readonly Role[];

/** Only advisors work with dossiers; hosts, coordinators and admins never read one. */
export const CASE_ROLES = ["ADVISOR"] as const satisfies readonly Role[];

/**
 * Two records of one person are merged by the admin or a professional advisor (the use case
 * refuses a volunteer): it cannot be undone and touches every dossier of the client.
 */
export const CLIENT_MERGE_ROLES = ["ADVISOR", "ADMIN"] as const satisfies readonly Role[];

/** Consent is recorded in the conversation (the advisor) or on the client's request (the admin). */
export const CONSENT_ROLES = ["ADVISOR", "ADMIN"] as const satisfies readonly Role[];

/** Feedback owed to referrers: the advisor sees their clients, the coordinator counts per partner. */
export const FEEDBACK_ROLES = ["ADVISOR", "COORDINATOR"] as const satisfies readonly Role[];

/**
 * Everyone of the organisation reads the social map: the host sends walk-ins to the right desk,
 * the advisor refers on, the coordinator keeps it, the admin supports them.
 */
export const PARTNER_READ_ROLES = ["HOST", "ADVISOR", "COORDINATOR", "ADMIN"] as const satisfies readonly Role[];

/**
 * Only the coordinator keeps it (the guide gives partners to the coordinator): one owner keeps
 * contact details consistent, and a host cannot change where others send clients.
 */
export const PARTNER_EDIT_ROLES = ["COORDINATOR"] as const satisfies readonly Role[];

/**
 * The coordinator plans hours, rooms and staff (the guide gives the coordinator 3 hours a week for
 * it). The admin manages accounts and is deliberately left out: planning who works when is not a
 * technical task, and fewer roles that can move clients' appointments means fewer surprises.
 */
export const SCHEDULE_ROLES = ["COORDINATOR"] as const satisfies readonly Role[];

/**
 * The settings area: each sees the settings of their own work there (the admin the partnership and
 * the retention period, the coordinator the hours plan and the rates); each form checks its own role.
 */
export const SETTINGS_ROLES = ["ADMIN", "COORDINATOR"] as const satisfies readonly Role[];

/**
 * The coordinator's list: dossiers whose advisor left wait there until the coordinator gives each to
 * a colleague. The coordinator sees what is needed for that (since when, the subject, the next
 * deadline), never the client or the contents.
 */
export const HANDOVER_ROLES = ["COORDINATOR"] as const satisfies readonly Role[];

/**
 * The list of other parties (wederpartijen) and their addresses: kept by the coordinator, like the
 * social map; advisors choose from it on a dossier. A host never sees which body a client's problem
 * is with.
 */
export const OTHER_PARTY_EDIT_ROLES = ["COORDINATOR"] as const satisfies readonly Role[];

/** Whether volunteers' letters wait for their supervisor's approval: the coordinator organises supervision. */
export const LETTER_REVIEW_SETTING_ROLES = ["COORDINATOR"] as const satisfies readonly Role[];

/** The coordinator keeps the advisors' registrations, insurance and training (the guide). */
export const CREDENTIAL_ROLES = ["COORDINATOR"] as const satisfies readonly Role[];

/** Everyone who works for the consultation hour writes their own hours. */
export const TIME_ROLES = ["ADVISOR", "COORDINATOR", "HOST", "ADMIN"] as const satisfies readonly Role[];

/** The coordinator reports to the municipality: every report, the week plans and the cost rates. */
export const REPORT_ROLES = ["COORDINATOR"] as const satisfies readonly Role[];

/**
 * A funder or programme reads the aggregated, suppressed figures of the partnerships that gave it
 * access, and nothing else: no client, dossier, name or free text (issue 21 item 6).
 */
export const PROGRAMME_ROLES = ["PROGRAMME"] as const satisfies readonly Role[];

/** The roles of a partnership's staff: its admin gives these, never PROGRAMME (a funder's own role). */
export const STAFF_ROLES = ["HOST", "ADVISOR", "COORDINATOR", "ADMIN"] as const satisfies readonly Role[];

/** Accounts, the organisation's locations, privacy requests and the audit log: the admin only. */
export const ADMIN_ROLES = ["ADMIN"] as const satisfies readonly Role[];

/**
 * A location's posters and flyers (a PDF of its public page: no client, no staff, nothing the
 * public page does not show): the admin, who keeps the location, and the coordinator, who plans
 * its hours and reaches clients and partners with them.
 */
export const POSTER_ROLES = ["ADMIN", "COORDINATOR"] as const satisfies readonly Role[];

/**
 * Signalering: advisors raise a signal from a dossier they can read; the coordinator keeps the
 * register and reports it to the municipality, seeing the signal and its counts, never a dossier.
 */
export const SIGNAL_RAISE_ROLES = ["ADVISOR"] as const satisfies readonly Role[];
export const SIGNAL_REGISTER_ROLES = ["COORDINATOR"] as const satisfies readonly Role[];
