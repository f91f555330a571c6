// The demo libraries' lists of other parties: the national bodies, and their own municipality.
// Each demo question is put against the body its letter came from, found from the question's words,
// so the monitoring figure "Wederpartijen" has something to show.
import type { OtherPartyKind } from "../../lib/generated/prisma/client";
import { COMMON_OTHER_PARTIES } from "../../lib/other-parties/common-list";

export function demoOtherParties(organisation: { municipality: string }) {
  return [
    ...COMMON_OTHER_PARTIES,
    {
      name: `Gemeente ${organisation.municipality}`,
      kind: "MUNICIPALITY" as const,
      department: null,
      postalAddress: null,
      postcodeTown: null,
    },
  ];
}

/** The first pattern a question matches names the kind of body it is about; none: not recorded. */
const KIND_BY_WORDS: [RegExp, OtherPartyKind][] = [
  [/toeslag/i, "ALLOWANCES_SERVICE"],
  [/\bCAK\b|eigen bijdrage/i, "CAK"],
  [/\bCJIB\b|verkeersboete/i, "CJIB"],
  [/\bDUO\b|studieschuld|studiefinanciering/i, "DUO"],
  [/\bUWV\b|\bWW\b|\bWIA\b|\bZiektewet\b/i, "UWV"],
  [/\bSVB\b|\bAOW\b|kinderbijslag/i, "SVB"],
  [/belastingdienst|aanslag|inkomstenbelasting/i, "TAX_AUTHORITY"],
  [/gemeente|bijstand|participatiewet|\bWmo\b|parkeerkaart|WOZ/i, "MUNICIPALITY"],
];

export function otherPartyKindOf(question: string): OtherPartyKind | null {
  return KIND_BY_WORDS.find(([words]) => words.test(question))?.[1] ?? null;
}
