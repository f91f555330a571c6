// Plain constants, apart from the schema, so the forms do not ship zod to the browser.

/** The order the list and the monitoring figure show: national bodies first, "other" last. */
export const OTHER_PARTY_KINDS = [
  "TAX_AUTHORITY",
  "ALLOWANCES_SERVICE",
  "UWV",
  "SVB",
  "CAK",
  "CJIB",
  "DUO",
  "MUNICIPALITY",
  "BAILIFF",
  "HOUSING_CORPORATION",
  "ENERGY_SUPPLIER",
  "HEALTH_INSURER",
  "CREDITOR",
  "OTHER",
] as const;
export type OtherPartyKindCode = (typeof OTHER_PARTY_KINDS)[number];

/** The value of the dossier's choice that means "not on the list: typed in below". */
export const TYPED_OTHER_PARTY = "typed";
