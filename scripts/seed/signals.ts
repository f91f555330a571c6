// Demo signals, from the report's own cases: the CAK's letters about the Wmo contribution,
// repayments of allowances, and an energy allowance nobody claims. Each is linked to the demo
// dossiers about that body, as the advisors who hold them would have; the steps are the report's.
import type { OtherPartyKind, PrismaClient, SignalStatus, SignalTheme } from "../../lib/generated/prisma/client";
import { addCalendarDays, amsterdamDay, dateColumn } from "../../lib/dates";

type DemoSignal = {
  kind: OtherPartyKind;
  theme: SignalTheme;
  description: string;
  status: SignalStatus;
  raisedWith?: (municipality: string) => string;
  answer?: string;
  /** At most this many dossiers of that body. */
  dossiers: number;
};

export const DEMO_SIGNALS: readonly DemoSignal[] = [
  {
    kind: "CAK",
    theme: "LETTER_UNCLEAR",
    description:
      "De brieven van het CAK over de eigen bijdrage Wmo noemen een bedrag, maar niet hoe het is berekend en niet dat het een naheffing over eerdere maanden is. Cliënten schrikken en betalen niet, of betalen dubbel.",
    status: "RAISED",
    raisedWith: (municipality) => `Beleidsmedewerker Wmo, gemeente ${municipality}`,
    dossiers: 8,
  },
  {
    kind: "ALLOWANCES_SERVICE",
    theme: "REPAYMENT_OR_COLLECTION",
    description:
      "Terugvorderingen van huur- en zorgtoeslag komen in één bedrag, zonder dat de brief zegt dat een betalingsregeling kan. Wie het niet in één keer kan betalen, krijgt een aanmaning en raakt verder in de schulden.",
    status: "ANSWERED",
    raisedWith: () => "Dienst Toeslagen, team klachten en signalen",
    answer:
      "Dienst Toeslagen neemt de zin over de betalingsregeling op in de eerste brief en stuurt het signaal door aan de afdeling die de brieven schrijft.",
    dossiers: 6,
  },
  {
    kind: "MUNICIPALITY",
    theme: "BENEFIT_NOT_TAKEN_UP",
    description:
      "Inwoners met een laag inkomen weten niet dat ze de energietoeslag kunnen aanvragen. De aanvraag kan alleen digitaal met DigiD; wie dat niet heeft, haakt af.",
    status: "NEW",
    dossiers: 4,
  },
];

export async function insertDemoSignals(
  db: PrismaClient,
  { organisationId, municipality, today }: { organisationId: string; municipality: string; today: Date },
) {
  for (const demo of DEMO_SIGNALS) {
    const dossiers = await db.case.findMany({
      where: {
        organisationId,
        kind: "DOSSIER",
        otherParty: { kind: demo.kind },
        responsibleAdvisorId: { not: null },
        anonymisedAt: null,
      },
      orderBy: { openedAt: "desc" },
      take: demo.dossiers,
      select: { id: true, openedAt: true, responsibleAdvisorId: true },
    });
    const [first, ...rest] = [...dossiers].reverse();
    if (!first) continue;
    const otherParty = await db.case.findUniqueOrThrow({ where: { id: first.id }, select: { otherPartyId: true } });
    const raisedOn = addCalendarDays(amsterdamDay(today), -21);
    await db.signal.create({
      data: {
        organisationId,
        otherPartyId: otherParty.otherPartyId!,
        theme: demo.theme,
        description: demo.description,
        status: demo.status,
        raisedById: first.responsibleAdvisorId!,
        createdAt: first.openedAt,
        ...(demo.raisedWith ? { raisedWith: demo.raisedWith(municipality), raisedOn: dateColumn(raisedOn) } : {}),
        ...(demo.answer ? { answer: demo.answer, answeredOn: dateColumn(addCalendarDays(raisedOn, 10)) } : {}),
        dossiers: {
          create: [first, ...rest].map((dossier) => ({
            caseId: dossier.id,
            addedById: dossier.responsibleAdvisorId!,
            addedAt: dossier.openedAt,
          })),
        },
      },
    });
  }
}
