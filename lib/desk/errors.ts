/** Refusals the host can act on. */
export const DESK_MESSAGES = {
  sessionNotFound: "Dit spreekuur bestaat niet (meer).",
  sessionCancelled: "Dit spreekuur gaat niet door.",
  sessionOver: "Dit spreekuur is al voorbij.",
  slotNotFound: "Deze tijd bestaat niet in dit spreekuur.",
  slotPast: "Deze tijd is al voorbij. Kies een latere tijd.",
  slotTaken: "Deze tijd is net door iemand anders gekozen. Kies een andere tijd.",
  noFreeSlot: "Er is vandaag geen vrije tijd meer in dit spreekuur. Maak een afspraak op een andere dag.",
  clientNotFound: "Deze cliënt is niet gevonden.",
  categoryNotFound: "Kies een onderwerp uit de lijst, of ‘Weet ik niet’.",
  partnerNotFound: "Kies een verwijzer uit de lijst, of ‘Zelf gekomen’.",
  visitNotFound: "Dit bezoek is niet gevonden.",
  appointmentInPast: "Een afspraak kan alleen voor een tijd in de toekomst.",
  advisorBusy: "Deze adviseur heeft op dat moment al een ander gesprek.",
} as const;
