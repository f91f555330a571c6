import type { OtherPartyKindCode } from "./kinds";

type CommonOtherParty = {
  name: string;
  kind: OtherPartyKindCode;
  department: string | null;
  postalAddress: string | null;
  postcodeTown: string | null;
};

/**
 * The national bodies most letters at the consultation hour go to, with the postal address their
 * own sites give for objections and questions. A new library starts from these and adds its
 * municipality, housing corporations and local creditors; the address printed on the decision
 * itself always wins, which the list page says. The tax office is left without an address: it
 * depends on the tax, and the assessment names it.
 */
export const COMMON_OTHER_PARTIES: readonly CommonOtherParty[] = [
  { name: "Belastingdienst", kind: "TAX_AUTHORITY", department: null, postalAddress: null, postcodeTown: null },
  {
    name: "Belastingdienst/Toeslagen",
    kind: "ALLOWANCES_SERVICE",
    department: null,
    postalAddress: "Postbus 8050",
    postcodeTown: "6710 AB Ede",
  },
  { name: "UWV", kind: "UWV", department: null, postalAddress: "Postbus 58285", postcodeTown: "1040 HG Amsterdam" },
  { name: "SVB", kind: "SVB", department: null, postalAddress: "Postbus 1100", postcodeTown: "1180 BH Amstelveen" },
  { name: "CAK", kind: "CAK", department: null, postalAddress: "Postbus 84030", postcodeTown: "2508 AA Den Haag" },
  { name: "CJIB", kind: "CJIB", department: null, postalAddress: "Postbus 1794", postcodeTown: "8901 CB Leeuwarden" },
  { name: "DUO", kind: "DUO", department: null, postalAddress: "Postbus 50061", postcodeTown: "9702 AB Groningen" },
];
