"use server";

import { archiveLocation, createLocation, restoreLocation, updateLocation } from "@/lib/locations/manage-location";
import { addRoom, updateRoom } from "@/lib/locations/manage-room";
import { formAction } from "@/lib/server-action";

// Made by lib/server-action.ts: each use case authorises, validates and answers itself. The whole
// admin area below /beheer/locaties, the desk and the public pages read locations: rendered anew.
const PLACES = { revalidate: [{ layout: "/beheer/locaties" }, { layout: "/balie" }, { layout: "/spreekuur" }] };

export const createLocationAction = formAction(createLocation, {
  ...PLACES,
  redirectTo: ({ locationId }) => `/beheer/locaties/${locationId}?nieuw=1`,
});
export const updateLocationAction = formAction(updateLocation, PLACES);
export const archiveLocationAction = formAction(archiveLocation, PLACES);
export const restoreLocationAction = formAction(restoreLocation, PLACES);
export const addRoomAction = formAction(addRoom, PLACES);
export const updateRoomAction = formAction(updateRoom, { ...PLACES, input: { booleans: ["active"] } });
