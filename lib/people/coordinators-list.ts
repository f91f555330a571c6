/**
 * The successor choice that is no person: a leaving advisor's open dossiers wait on the
 * coordinator's list until the coordinator gives each to a colleague (lib/cases/coordinators-list.ts).
 * A plain module, so the deactivation form can offer it too.
 */
export const COORDINATORS_LIST = "coordinator";
