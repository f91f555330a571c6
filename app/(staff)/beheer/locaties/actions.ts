"use server";

import { archiveLocation, createLocation, restoreLocation, updateLocation } from "@/lib/locations/manage-location";
import { addRoom, updateRoom } from "@/lib/locations/manage-room";
import type { FormState } from "@/lib/form-state";
import { chooseFormAction, formAction } from "@/lib/server-action";

// Made by lib/server-action.ts: each use case authorises, validates and answers itself. The whole
// admin area below /beheer/locaties, the desk and the public pages read locations: rendered anew.
const PLACES = { revalidate: [{ layout: "/beheer/locaties" }, { layout: "/balie" }, { layout: "/spreekuur" }] };

const BOOKING_SWITCH = { input: { booleans: ["onlineBooking"] } };
export const createLocationAction = formAction(createLocation, {
  ...PLACES,
  ...BOOKING_SWITCH,
  redirectTo: ({ locationId }) => `/beheer/locaties/${locationId}?nieuw=1`,
});
export const updateLocationAction = formAction(updateLocation, { ...PLACES, ...BOOKING_SWITCH });
const ARCHIVE_SWITCH = { archive: formAction(archiveLocation, PLACES), restore: formAction(restoreLocation, PLACES) };
/** Archive a location or bring it back: the posted `change` says which. */
export async function setLocationArchivedAction(previous: FormState, form: FormData) {
  return chooseFormAction(ARCHIVE_SWITCH, "change", previous, form);
}
export const addRoomAction = formAction(addRoom, PLACES);
export const updateRoomAction = formAction(updateRoom, { ...PLACES, input: { booleans: ["active"] } });
