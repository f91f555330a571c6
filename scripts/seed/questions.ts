// The questions clients bring, per legal sub-domain, weighted like the Hengelo figures (June 2021 -
// June 2022): social security 33%, consumer matters 20%, tax 13%, the rest spread thinly. Every
// story is made up, modelled on the report's worked cases.
import type {
  BenefitBeneficiary,
  BenefitCategory,
  CaseActionKind,
  PartnerType,
} from "../../lib/generated/prisma/client";
import type { LegalDomainCode } from "../../lib/legal-domains/taxonomy";

type Benefit = {
  category: BenefitCategory;
  /** Both set or both null: unquantified effects are recorded but never counted. */
  beneficiary: BenefitBeneficiary | null;
  amountCents: number | null;
  description: string;
};

export type QuestionTemplate = {
  /** "{bedrag}" becomes an amount in euros from `amount`, "{jaar}" last year. */
  question: string;
  amount?: [number, number];
  /** The one thing done when the question is settled on the spot. */
  quick: Extract<CaseActionKind, "EXPLAIN_LETTER" | "EXPLAIN_PROCEDURE" | "INFORMATION">;
  /** What the advisor does in a dossier, in order. */
  actions: { kind: CaseActionKind; description: string }[];
  note: string;
  aftercare: string[];
  /** A government decision: the objection term of six weeks (Awb 6:7) runs. */
  objection?: string;
  /** Waiting for an answer from the other side. */
  replyExpected?: string;
  /** Where the client goes when the case is referred on (mostly a lawyer). */
  referTo: PartnerType;
  /** A practical hand-off to a desk in or near the library, whatever the outcome. */
  alsoTo?: PartnerType;
  benefits: Benefit[];
};

export type QuestionGroup = { domain: LegalDomainCode; weight: number; templates: QuestionTemplate[] };

const wellbeing: Benefit = {
  category: "WELLBEING",
  beneficiary: null,
  amountCents: null,
  description: "Stress en onrust vallen weg",
};
const trust: Benefit = {
  category: "TRUST_IN_GOVERNMENT",
  beneficiary: null,
  amountCents: null,
  description: "Voelt zich gehoord door de gemeente",
};
const selfReliance: Benefit = {
  category: "SELF_RELIANCE",
  beneficiary: null,
  amountCents: null,
  description: "Weet nu zelf hoe het werkt",
};
const avoidedCare: Benefit = {
  category: "AVOIDED_CARE_COSTS",
  beneficiary: null,
  amountCents: null,
  description: "Inzet psycholoog en extra begeleiding voorkomen",
};
const legalAid: Benefit = {
  category: "AVOIDED_LEGAL_AID",
  beneficiary: "GOVERNMENT",
  amountCents: 80000,
  description: "Geen toevoeging (gesubsidieerde rechtsbijstand) nodig",
};
const specialAssistance: Benefit = {
  category: "AVOIDED_SPECIAL_ASSISTANCE",
  beneficiary: "GOVERNMENT",
  amountCents: 21400,
  description: "Geen bijzondere bijstand voor de eigen bijdrage",
};
const debtHelp: Benefit = {
  category: "AVOIDED_DEBT_HELP",
  beneficiary: "GOVERNMENT",
  amountCents: 18000,
  description: "Schuldhulpverleningstraject niet nodig",
};
const bailiffCosts: Benefit = {
  category: "AVOIDED_BAILIFF_COSTS",
  beneficiary: "GOVERNMENT",
  amountCents: 20000,
  description: "Geen kostenverhogende maatregelen van de deurwaarder",
};
const courtCosts: Benefit = {
  category: "AVOIDED_COURT_COSTS",
  beneficiary: "GOVERNMENT",
  amountCents: 50000,
  description: "Procedure bij de kantonrechter voorkomen",
};
const collectionCosts: Benefit = {
  category: "AVOIDED_COLLECTION_COSTS",
  beneficiary: "GOVERNMENT",
  amountCents: 15000,
  description: "Geen incassomaatregelen nodig",
};
const client = (category: BenefitCategory, amountCents: number, description: string): Benefit => ({
  category,
  beneficiary: "CLIENT",
  amountCents,
  description,
});

const withheld50 = [
  client("INCOME_IMPROVEMENT", 60000, "€50 per maand niet meer ingehouden (dit jaar €600)"),
  legalAid,
  specialAssistance,
  trust,
  wellbeing,
];
const bailiff = [
  client("CLAIM_REDUCED", 40000, "Vordering met €400 verlaagd"),
  debtHelp,
  bailiffCosts,
  courtCosts,
  wellbeing,
  selfReliance,
];
const repayment = [
  client("REPAYMENT_CANCELLED", 50000, "Terugbetaling van €500 vervalt"),
  debtHelp,
  collectionCosts,
  wellbeing,
  trust,
];
const offset74 = [
  client("INCOME_IMPROVEMENT", 88800, "€74 per maand niet meer verrekend (dit jaar €888)"),
  debtHelp,
  collectionCosts,
  wellbeing,
  trust,
];
const unquantified = [wellbeing, trust, selfReliance];

export const QUESTION_BANK: QuestionGroup[] = [
  {
    domain: "sociale-zekerheid.participatiewet",
    weight: 12,
    templates: [
      {
        question:
          "Brief van de gemeente: bijstand deels teruggevorderd (ca. € {bedrag}) omdat geld van familie niet is doorgegeven. De gemeente houdt elke maand 5% in op de uitkering.",
        amount: [900, 2400],
        quick: "EXPLAIN_LETTER",
        actions: [
          {
            kind: "EXPLAIN_LETTER",
            description: "Inlichtingenplicht en terugvordering uitgelegd, kans van slagen besproken",
          },
          {
            kind: "OBJECTION_LETTER",
            description: "Bezwaarschrift tegen de terugvordering opgesteld en laten ondertekenen",
          },
          {
            kind: "MEDIATION",
            description: "Klantmanager gebeld over opschorten van de inhouding tijdens het bezwaar",
          },
        ],
        note: "Cliënt is erg gespannen over de inhouding. Bankafschriften van de betreffende maanden bekeken: het ging om eenmalige hulp van haar zus voor de huur.",
        aftercare: ["Bezwaarschrift nalezen en versturen", "Navragen of de inhouding is opgeschort"],
        objection: "Bezwaar tegen terugvordering bijstand",
        referTo: "LAWYER",
        alsoTo: "BUDGET_ALERT",
        benefits: withheld50,
      },
      {
        question:
          "Aanvraag bijstand afgewezen: de gemeente denkt dat cliënte een gezamenlijke huishouding heeft met haar huisgenoot. Zij huurt alleen een kamer.",
        quick: "EXPLAIN_PROCEDURE",
        actions: [
          { kind: "EXPLAIN_LETTER", description: "Beslissing en het begrip gezamenlijke huishouding uitgelegd" },
          { kind: "OBJECTION_LETTER", description: "Bezwaar gemaakt, huurcontract kamer bijgevoegd" },
        ],
        note: "Huurcontract van de kamer en verklaring van de hoofdbewoner opgevraagd. Cliënte heeft sinds twee maanden geen inkomen.",
        aftercare: ["Verklaring hoofdbewoner nasturen naar de gemeente"],
        objection: "Bezwaar tegen afwijzing bijstand",
        referTo: "LAWYER",
        alsoTo: "SPECIAL_ASSISTANCE",
        benefits: [legalAid, wellbeing, trust],
      },
    ],
  },
  {
    domain: "sociale-zekerheid.wia",
    weight: 5,
    templates: [
      {
        question:
          "UWV-beslissing: WIA-uitkering stopt omdat cliënt nu minder dan 35% arbeidsongeschikt zou zijn. Hij kan volgens zijn huisarts nog geen vier uur werken.",
        quick: "EXPLAIN_LETTER",
        actions: [
          { kind: "EXPLAIN_LETTER", description: "Beslissing, rapport verzekeringsarts en bezwaarprocedure uitgelegd" },
          { kind: "OBJECTION_LETTER", description: "Pro-formabezwaar ingediend om de termijn veilig te stellen" },
          { kind: "MEDIATION", description: "Rapporten opgevraagd bij UWV" },
        ],
        note: "Medische informatie van de huisarts komt later; bezwaar eerst pro forma ingediend.",
        aftercare: ["Rapporten UWV doornemen", "Gronden van bezwaar aanvullen"],
        objection: "Bezwaar tegen beëindiging WIA",
        referTo: "LAWYER",
        benefits: [legalAid, wellbeing],
      },
    ],
  },
  {
    domain: "sociale-zekerheid.ziektewet",
    weight: 3,
    templates: [
      {
        question:
          "Ziektewet-uitkering beëindigd na de eerstejaars ZW-beoordeling. Cliënte voelt zich nog lang niet beter en snapt de berekening niet.",
        quick: "EXPLAIN_LETTER",
        actions: [
          { kind: "EXPLAIN_LETTER", description: "Beslissing en de beoordeling van 'passend werk' uitgelegd" },
          { kind: "OBJECTION_LETTER", description: "Bezwaarschrift opgesteld met de klachten van cliënte" },
        ],
        note: "Cliënte werkte via een uitzendbureau. Bezwaar besproken, zij wil het proberen.",
        aftercare: ["Bezwaar versturen en ontvangstbevestiging bewaren"],
        objection: "Bezwaar tegen beëindiging Ziektewet",
        referTo: "LAWYER",
        benefits: [legalAid, wellbeing],
      },
    ],
  },
  {
    domain: "sociale-zekerheid.ww",
    weight: 4,
    templates: [
      {
        question:
          "UWV vordert € {bedrag} WW terug wegens inkomsten uit een uitzendbaan die niet goed zijn doorgegeven.",
        amount: [400, 1800],
        quick: "EXPLAIN_LETTER",
        actions: [
          { kind: "EXPLAIN_LETTER", description: "Terugvordering en verrekening met loon uitgelegd" },
          { kind: "PAYMENT_PLAN", description: "Betalingsregeling met UWV aangevraagd" },
        ],
        note: "De uren zijn wel doorgegeven, maar in de verkeerde week. Loonstroken meegenomen.",
        aftercare: ["Loonstroken naast de UWV-berekening leggen"],
        objection: "Bezwaar tegen terugvordering WW",
        referTo: "LAWYER",
        benefits: repayment,
      },
    ],
  },
  {
    domain: "sociale-zekerheid.aow",
    weight: 3,
    templates: [
      {
        question:
          "AOW is lager dan verwacht: korting omdat cliënt een aantal jaren in het buitenland woonde. Vraagt of er een aanvulling mogelijk is.",
        quick: "INFORMATION",
        actions: [
          { kind: "EXPLAIN_LETTER", description: "AOW-opbouw en de korting per jaar uitgelegd" },
          { kind: "APPLICATION", description: "Aanvraag aanvullende inkomensvoorziening ouderen (AIO) ingevuld" },
        ],
        note: "Cliënt heeft geen DigiD; samen met IDO een afspraak gemaakt.",
        aftercare: ["Navragen of de AIO-aanvraag compleet is"],
        referTo: "JURIDISCH_LOKET",
        alsoTo: "IDO",
        benefits: [
          client("INCOME_IMPROVEMENT", 60000, "AIO-aanvulling toegekend, €50 per maand (dit jaar €600)"),
          wellbeing,
        ],
      },
    ],
  },
  {
    domain: "sociale-zekerheid.pensioen",
    weight: 2,
    templates: [
      {
        question:
          "Brief van het pensioenfonds over het verdelen van het pensioen na de scheiding. Cliënte begrijpt niet waarom haar deel zo laag is.",
        quick: "EXPLAIN_LETTER",
        actions: [
          { kind: "EXPLAIN_LETTER", description: "Verevening van pensioen bij scheiding uitgelegd" },
          { kind: "OTHER_LETTER", description: "Brief aan het pensioenfonds met verzoek om een specificatie" },
        ],
        note: "Scheiding was in 2019; het formulier voor verevening is destijds niet ingestuurd.",
        aftercare: ["Specificatie pensioenfonds bespreken met cliënte"],
        replyExpected: "Antwoord pensioenfonds op verzoek om specificatie",
        referTo: "LAWYER",
        benefits: unquantified,
      },
    ],
  },
  {
    domain: "sociale-zekerheid.wmo",
    weight: 4,
    templates: [
      {
        question:
          "Wmo-dagbesteding gestopt toen cliënt van zorgaanbieder wilde wisselen. Contact met de Wmo-consulent loopt stroef en er is geen gespreksverslag.",
        quick: "EXPLAIN_PROCEDURE",
        actions: [
          { kind: "EXPLAIN_PROCEDURE", description: "Werkwijze van de gemeente bij de Wmo uitgelegd" },
          { kind: "MEDIATION", description: "Contact gelegd met de Wmo-consulent om de situatie op te lossen" },
          {
            kind: "COMPLAINT_LETTER",
            description: "Klachtenbrief over de bejegening en het ontbrekende verslag opgesteld",
          },
        ],
        note: "Cliënt is zichtbaar opgelucht dat iemand meekijkt. Echtgenote was bij het gesprek.",
        aftercare: ["Terugbellen na gesprek met de Wmo-consulent"],
        replyExpected: "Reactie gemeente op klachtenbrief",
        referTo: "CLIENT_COUNCIL",
        benefits: [wellbeing, trust, selfReliance, avoidedCare],
      },
      {
        question:
          "Aanvraag huishoudelijke hulp afgewezen. Cliënte (82) kan volgens de gemeente nog zelf schoonmaken, maar zij heeft net een nieuwe heup.",
        quick: "EXPLAIN_LETTER",
        actions: [
          { kind: "EXPLAIN_LETTER", description: "Beschikking en de onderbouwing uitgelegd" },
          { kind: "OBJECTION_LETTER", description: "Bezwaar gemaakt met verklaring van de fysiotherapeut" },
        ],
        note: "Dochter helpt nu tijdelijk. Verklaring fysiotherapeut opgevraagd.",
        aftercare: ["Verklaring fysiotherapeut toevoegen aan het bezwaar"],
        objection: "Bezwaar tegen afwijzing huishoudelijke hulp",
        referTo: "CLIENT_COUNCIL",
        benefits: [wellbeing, trust, avoidedCare],
      },
    ],
  },
  {
    domain: "consumentenzaken.deurwaarder-en-beslag",
    weight: 9,
    templates: [
      {
        question:
          "Brief van een deurwaarder: € {bedrag} betalen voor een oude rekening. Cliënte weet niet waar de vordering vandaan komt en kan het niet in één keer betalen.",
        amount: [600, 2900],
        quick: "EXPLAIN_LETTER",
        actions: [
          { kind: "EXPLAIN_PROCEDURE", description: "Procedure en mogelijkheden uitgelegd" },
          {
            kind: "LETTER_TO_BAILIFF",
            description: "Brief aan de deurwaarder: vordering betwist, specificatie en uitstel van incasso gevraagd",
          },
          { kind: "PAYMENT_PLAN", description: "Haalbare betalingsregeling voor het resterende bedrag afgesproken" },
        ],
        note: "Cliënte heeft een WIA-uitkering. De vordering bevat incassokosten over een bedrag dat al betaald was.",
        aftercare: ["Specificatie deurwaarder controleren", "Betalingsregeling bevestigen"],
        replyExpected: "Reactie deurwaarder op betwisting",
        referTo: "DEBT_HELP",
        benefits: bailiff,
      },
      {
        question: "Loonbeslag gelegd door een deurwaarder; er blijft te weinig over voor huur en boodschappen.",
        quick: "EXPLAIN_LETTER",
        actions: [
          { kind: "RECALCULATE_BESLAGVRIJE_VOET", description: "Beslagvrije voet nagerekend: te laag vastgesteld" },
          { kind: "LETTER_TO_BAILIFF", description: "Verzoek tot herberekening van de beslagvrije voet gestuurd" },
        ],
        note: "Huurtoeslag en zorgtoeslag waren niet meegenomen in de berekening.",
        aftercare: ["Controleren of de nieuwe beslagvrije voet is toegepast"],
        replyExpected: "Herberekening beslagvrije voet van de deurwaarder",
        referTo: "DEBT_HELP",
        benefits: bailiff,
      },
    ],
  },
  {
    domain: "consumentenzaken.verzekeringen",
    weight: 4,
    templates: [
      {
        question: "Inboedelverzekering weigert de waterschade na een lekkage bij de bovenburen te vergoeden.",
        quick: "INFORMATION",
        actions: [
          { kind: "EXPLAIN_PROCEDURE", description: "Polisvoorwaarden doorgenomen en klachtroute uitgelegd" },
          { kind: "COMPLAINT_LETTER", description: "Klachtbrief aan de verzekeraar opgesteld" },
        ],
        note: "Polisvoorwaarden meegenomen. De afwijzing noemt een uitsluiting die hier niet lijkt te passen.",
        aftercare: ["Reactie verzekeraar beoordelen"],
        replyExpected: "Reactie verzekeraar op klachtbrief",
        referTo: "JURIDISCH_LOKET",
        benefits: unquantified,
      },
      {
        question:
          "Premieachterstand zorgverzekering overgedragen aan het CAK; nu wordt een hogere premie ingehouden op de uitkering.",
        quick: "EXPLAIN_LETTER",
        actions: [
          { kind: "EXPLAIN_LETTER", description: "Bestuursrechtelijke premie en de uitweg uitgelegd" },
          {
            kind: "MEDIATION",
            description: "Met de zorgverzekeraar een betalingsregeling voor de achterstand besproken",
          },
        ],
        note: "Cliënt wist niet dat hij zich kon aanmelden voor een saneringsregeling.",
        aftercare: ["Aanmelding schuldhulp nagaan"],
        referTo: "DEBT_HELP",
        alsoTo: "BUDGET_ALERT",
        benefits: [debtHelp, collectionCosts, wellbeing],
      },
    ],
  },
  {
    domain: "consumentenzaken.aankoop-en-garantie",
    weight: 3,
    templates: [
      {
        question: "Wasmachine na veertien maanden kapot; de winkel zegt dat de garantie voorbij is.",
        quick: "INFORMATION",
        actions: [
          { kind: "INFORMATION", description: "Verschil tussen fabrieksgarantie en wettelijke conformiteit uitgelegd" },
          { kind: "OTHER_LETTER", description: "Brief aan de winkel met een beroep op non-conformiteit" },
        ],
        note: "Aankoopbon is er nog. Winkel is een landelijke keten.",
        aftercare: ["Reactie winkel nagaan"],
        replyExpected: "Reactie winkel",
        referTo: "JURIDISCH_LOKET",
        benefits: unquantified,
      },
    ],
  },
  {
    domain: "consumentenzaken.energie-water-telecom",
    weight: 4,
    templates: [
      {
        question:
          "Jaarafrekening energie: € {bedrag} bijbetalen en het voorschot is verdubbeld. Cliënt kan dit niet betalen.",
        amount: [350, 1400],
        quick: "EXPLAIN_LETTER",
        actions: [
          { kind: "EXPLAIN_LETTER", description: "Jaarafrekening en meterstanden doorgenomen" },
          { kind: "PAYMENT_PLAN", description: "Betalingsregeling en lager voorschot afgesproken met de leverancier" },
        ],
        note: "Meterstand op de afrekening is geschat; foto van de meter meegenomen.",
        aftercare: ["Nieuwe jaarafrekening met juiste meterstand controleren"],
        referTo: "DEBT_HELP",
        alsoTo: "BUDGET_ALERT",
        benefits: [collectionCosts, wellbeing],
      },
      {
        question: "Telefoonabonnement na verhuizing doorgelopen; incassobureau rekent nu extra kosten.",
        quick: "EXPLAIN_LETTER",
        actions: [
          { kind: "OTHER_LETTER", description: "Brief aan de provider: opzegging aangetoond, incassokosten betwist" },
        ],
        note: "Opzegbevestiging per e-mail gevonden op de telefoon van cliënt.",
        aftercare: ["Reactie incassobureau nagaan"],
        replyExpected: "Reactie incassobureau",
        referTo: "JURIDISCH_LOKET",
        benefits: [collectionCosts, wellbeing],
      },
    ],
  },
  {
    domain: "belastingrecht.toeslagen",
    weight: 7,
    templates: [
      {
        question:
          "Brief van de Belastingdienst: zorgtoeslag {jaar} wordt teruggevorderd (€ {bedrag}). Snapt de brief niet.",
        amount: [300, 1300],
        quick: "EXPLAIN_LETTER",
        actions: [
          { kind: "EXPLAIN_LETTER", description: "Definitieve berekening zorgtoeslag uitgelegd" },
          { kind: "MEDIATION", description: "BelastingTelefoon gebeld over een persoonlijke betalingsregeling" },
          { kind: "PAYMENT_PLAN", description: "Persoonlijke betalingsregeling aangevraagd" },
        ],
        note: "Inkomen was hoger door een eenmalige uitbetaling van vakantiegeld; berekening lijkt te kloppen.",
        aftercare: ["Betalingsregeling nagaan in Mijn toeslagen"],
        referTo: "LAWYER",
        benefits: repayment,
      },
      {
        question:
          "Definitieve berekening huurtoeslag: € {bedrag} terugbetalen, terwijl het inkomen (AOW met aanvulling) niet veranderd is.",
        amount: [400, 900],
        quick: "EXPLAIN_LETTER",
        actions: [
          {
            kind: "EXPLAIN_LETTER",
            description: "Jaaropgaven naast Mijn toeslagen gelegd; afkoopsom pensioen telt mee",
          },
          { kind: "OBJECTION_LETTER", description: "Bezwaar: afkoopsom pensioen als bijzonder inkomen aangemerkt" },
        ],
        note: "Cliënte heeft geen DigiD. Naar IDO op het Ontwikkelplein gebracht voor aanvraag en activatie.",
        aftercare: ["Bezwaar versturen", "Uitspraak op bezwaar bespreken"],
        objection: "Bezwaar tegen terugvordering huurtoeslag",
        referTo: "LAWYER",
        alsoTo: "IDO",
        benefits: repayment,
      },
      {
        question:
          "Terugvorderingen van kinderopvangtoeslag en huurtoeslag worden elke maand verrekend; er blijft te weinig over voor de kinderen.",
        quick: "EXPLAIN_LETTER",
        actions: [
          { kind: "EXPLAIN_LETTER", description: "Beschikkingen en verrekeningen op een rij gezet" },
          { kind: "MEDIATION", description: "Landelijk Incasso Centrum gebeld over de betalingscapaciteit" },
          { kind: "RECALCULATE_BESLAGVRIJE_VOET", description: "Verzoek herberekening vrij te laten bedrag ingediend" },
        ],
        note: "Alleenstaande moeder met twee kinderen. Gewezen op bijzondere bijstand en het sport- en cultuurfonds.",
        aftercare: ["Uitkomst herberekening nagaan", "Aanvraag bijzondere bijstand laten invullen bij Brievenhulp"],
        referTo: "LAWYER",
        alsoTo: "BRIEVENHULP",
        benefits: offset74,
      },
    ],
  },
  {
    domain: "belastingrecht.inkomstenbelasting",
    weight: 2,
    templates: [
      {
        question:
          "Aanslag inkomstenbelasting: € {bedrag} bijbetalen over {jaar}. Cliënt had een paar maanden twee werkgevers.",
        amount: [250, 1100],
        quick: "EXPLAIN_LETTER",
        actions: [
          { kind: "EXPLAIN_LETTER", description: "Uitgelegd waarom de loonheffingskorting dubbel is toegepast" },
          { kind: "PAYMENT_PLAN", description: "Uitstel van betaling aangevraagd" },
        ],
        note: "Voor volgend jaar afgesproken: loonheffingskorting maar bij één werkgever.",
        aftercare: ["Uitstel van betaling bevestigen"],
        referTo: "JURIDISCH_LOKET",
        benefits: [collectionCosts, selfReliance],
      },
    ],
  },
  {
    domain: "belastingrecht.gemeentelijke-belastingen",
    weight: 2,
    templates: [
      {
        question:
          "Verzoek om kwijtschelding van de gemeentelijke belastingen afgewezen, terwijl cliënt alleen een bijstandsuitkering heeft.",
        quick: "EXPLAIN_LETTER",
        actions: [
          { kind: "EXPLAIN_LETTER", description: "Kwijtscheldingsnormen en de afwijzing uitgelegd" },
          { kind: "OBJECTION_LETTER", description: "Bezwaar gemaakt: spaargeld was bestemd voor de huurborg" },
        ],
        note: "Afwijzing is gebaseerd op een banksaldo van één dag.",
        aftercare: ["Uitspraak op bezwaar nagaan"],
        objection: "Bezwaar tegen afwijzing kwijtschelding",
        referTo: "LAWYER",
        benefits: [client("CLAIM_REDUCED", 40000, "Aanslag van €400 kwijtgescholden"), collectionCosts, trust],
      },
    ],
  },
  {
    domain: "belastingrecht.waterschapsbelasting",
    weight: 2,
    templates: [
      {
        question: "Aanmaning waterschapsbelasting met extra kosten; cliënte heeft nooit kwijtschelding aangevraagd.",
        quick: "EXPLAIN_LETTER",
        actions: [
          { kind: "EXPLAIN_LETTER", description: "Aanmaning en kwijtscheldingsmogelijkheid uitgelegd" },
          { kind: "APPLICATION", description: "Kwijtscheldingsverzoek samen ingevuld" },
        ],
        note: "Ook gemeentelijke belastingen gecontroleerd: daar was al kwijtschelding.",
        aftercare: ["Besluit kwijtschelding nagaan"],
        referTo: "JURIDISCH_LOKET",
        benefits: [collectionCosts, selfReliance],
      },
    ],
  },
  {
    domain: "belastingrecht.woz",
    weight: 2,
    templates: [
      {
        question: "WOZ-waarde van de woning veel hoger dan vorig jaar; cliënt wil bezwaar maken maar weet niet hoe.",
        quick: "EXPLAIN_PROCEDURE",
        actions: [
          {
            kind: "EXPLAIN_PROCEDURE",
            description: "Taxatieverslag opgevraagd en vergeleken met woningen in de straat",
          },
          { kind: "OBJECTION_LETTER", description: "Bezwaar tegen de WOZ-beschikking ingediend" },
        ],
        note: "Woning heeft achterstallig onderhoud dat niet in het taxatieverslag staat.",
        aftercare: ["Uitspraak WOZ-bezwaar bespreken"],
        objection: "Bezwaar tegen WOZ-beschikking",
        referTo: "JURIDISCH_LOKET",
        benefits: unquantified,
      },
    ],
  },
  {
    domain: "personen-en-familierecht.alimentatie",
    weight: 3,
    templates: [
      {
        question: "Ex-partner betaalt de kinderalimentatie al drie maanden niet.",
        quick: "INFORMATION",
        actions: [
          { kind: "EXPLAIN_PROCEDURE", description: "Inning via het LBIO uitgelegd" },
          { kind: "APPLICATION", description: "Verzoek tot inning bij het LBIO ingevuld" },
        ],
        note: "Alimentatie is vastgelegd in de beschikking van de rechtbank; kopie meegenomen.",
        aftercare: ["Nagaan of het LBIO de inning heeft overgenomen"],
        referTo: "LAWYER",
        benefits: [
          client("INCOME_IMPROVEMENT", 60000, "Alimentatie weer ontvangen, €50 per maand (dit jaar €600)"),
          wellbeing,
        ],
      },
    ],
  },
  {
    domain: "personen-en-familierecht.omgangsregeling",
    weight: 2,
    templates: [
      {
        question: "Vader wil de omgangsregeling laten vastleggen; de moeder houdt de kinderen sinds de zomer weg.",
        quick: "INFORMATION",
        actions: [
          { kind: "EXPLAIN_PROCEDURE", description: "Mediation en de procedure bij de rechtbank uitgelegd" },
          { kind: "OTHER_LETTER", description: "Brief aan de moeder met een voorstel voor mediation opgesteld" },
        ],
        note: "Ouderschapsplan bestaat niet. Cliënt staat open voor mediation.",
        aftercare: ["Navragen of de advocaat contact heeft opgenomen"],
        referTo: "LAWYER",
        benefits: [wellbeing],
      },
    ],
  },
  {
    domain: "personen-en-familierecht.echtscheiding",
    weight: 2,
    templates: [
      {
        question: "Wil scheiden na 22 jaar huwelijk; vraagt wat er met het huurhuis en het pensioen gebeurt.",
        quick: "INFORMATION",
        actions: [
          {
            kind: "EXPLAIN_PROCEDURE",
            description: "Gevolgen van de scheiding voor huur, pensioen en toeslagen uitgelegd",
          },
          { kind: "INFORMATION", description: "Overzicht meegegeven van de gevolgen voor toeslagen en huur" },
        ],
        note: "Cliënte wil eerst alles op een rij voordat ze met haar man praat.",
        aftercare: ["Overzicht toeslagen na scheiding meegeven"],
        referTo: "LAWYER",
        benefits: [wellbeing, selfReliance],
      },
    ],
  },
  {
    domain: "bestuursrecht.bezwaar-en-beroep",
    weight: 4,
    templates: [
      {
        question: "Aanvraag gehandicaptenparkeerkaart afgewezen; cliënt kan maar vijftig meter lopen.",
        quick: "EXPLAIN_LETTER",
        actions: [
          { kind: "EXPLAIN_LETTER", description: "Besluit en medisch advies uitgelegd" },
          { kind: "OBJECTION_LETTER", description: "Bezwaarschrift met verklaring van de behandelaar opgesteld" },
        ],
        note: "Medisch advies is telefonisch gedaan, zonder onderzoek.",
        aftercare: ["Hoorzitting voorbereiden"],
        objection: "Bezwaar tegen afwijzing parkeerkaart",
        referTo: "LAWYER",
        benefits: [trust, wellbeing],
      },
      {
        question: "Verkeersboete via het CJIB verhoogd na verhuizing; de eerste brief is nooit aangekomen.",
        quick: "EXPLAIN_LETTER",
        actions: [
          {
            kind: "EXPLAIN_PROCEDURE",
            description: "Verhoging en de mogelijkheid van een betalingsregeling uitgelegd",
          },
          { kind: "PAYMENT_PLAN", description: "Betalingsregeling bij het CJIB aangevraagd" },
        ],
        note: "Adreswijziging bij de gemeente was te laat doorgegeven.",
        aftercare: ["Bevestiging betalingsregeling CJIB nagaan"],
        referTo: "JURIDISCH_LOKET",
        benefits: [collectionCosts, selfReliance],
      },
    ],
  },
  {
    domain: "bestuursrecht.duo",
    weight: 2,
    templates: [
      {
        question:
          "Deurwaarder int al jaren een DUO-schuld; cliënt dacht dat die allang was afgelost en snapt de hogere afschrijving niet.",
        quick: "EXPLAIN_LETTER",
        actions: [
          { kind: "MEDIATION", description: "Contact gelegd met DUO en met de deurwaarder" },
          { kind: "LETTER_TO_BAILIFF", description: "Brief: overzicht van lopende en gesloten dossiers gevraagd" },
          { kind: "EXPLAIN_LETTER", description: "Dossieroverzicht van de deurwaarder uitgelegd" },
        ],
        note: "Het ging om drie aparte vorderingen; één is inderdaad afgelost.",
        aftercare: ["Dossieroverzicht deurwaarder doornemen met cliënt"],
        replyExpected: "Dossieroverzicht deurwaarder",
        referTo: "DEBT_HELP",
        benefits: [wellbeing, selfReliance],
      },
      {
        question: "Maandbedrag studieschuld te hoog voor het huidige inkomen; cliënte wist niet dat het lager kan.",
        quick: "INFORMATION",
        actions: [
          { kind: "APPLICATION", description: "Aanvraag aanpassing maandbedrag (draagkracht) ingediend bij DUO" },
        ],
        note: "Inkomen daalde na overstap naar parttimewerk.",
        aftercare: ["Nieuw maandbedrag DUO controleren"],
        referTo: "JURIDISCH_LOKET",
        benefits: [
          client("INCOME_IMPROVEMENT", 60000, "DUO-aflossing €50 per maand lager (dit jaar €600)"),
          selfReliance,
        ],
      },
    ],
  },
  {
    domain: "arbeidsrecht.ontslag",
    weight: 2,
    templates: [
      {
        question: "Werkgever wil dat cliënt een vaststellingsovereenkomst tekent; hij twijfelt of hij dan WW krijgt.",
        quick: "INFORMATION",
        actions: [
          { kind: "EXPLAIN_PROCEDURE", description: "Gevolgen van de vaststellingsovereenkomst voor de WW uitgelegd" },
          {
            kind: "OTHER_LETTER",
            description: "Reactie aan de werkgever: bedenktijd en een hogere vergoeding gevraagd",
          },
        ],
        note: "Bedenktermijn van twee weken loopt nog; nog niet getekend.",
        aftercare: ["Navragen of de advocaat de overeenkomst heeft bekeken"],
        referTo: "LAWYER",
        benefits: [legalAid, wellbeing],
      },
    ],
  },
  {
    domain: "arbeidsrecht.loon",
    weight: 2,
    templates: [
      {
        question: "Uitzendbureau betaalt het laatste loon en het vakantiegeld niet uit.",
        quick: "INFORMATION",
        actions: [{ kind: "OTHER_LETTER", description: "Sommatiebrief aan het uitzendbureau opgesteld" }],
        note: "Loonstroken tonen opgebouwd vakantiegeld van ruim € 700.",
        aftercare: ["Betaling loon nagaan"],
        replyExpected: "Betaling uitzendbureau na sommatie",
        referTo: "LAWYER",
        benefits: [client("INCOME_IMPROVEMENT", 60000, "Achterstallig loon en vakantiegeld uitbetaald"), courtCosts],
      },
    ],
  },
  {
    domain: "huur-en-wonen.huurprijs-en-onderhoud",
    weight: 3,
    templates: [
      {
        question: "Verhuurder reageert niet op meldingen over lekkage en schimmel in de slaapkamer.",
        quick: "INFORMATION",
        actions: [
          { kind: "OTHER_LETTER", description: "Ingebrekestelling aan de verhuurder opgesteld" },
          { kind: "EXPLAIN_PROCEDURE", description: "Procedure bij de Huurcommissie uitgelegd" },
        ],
        note: "Foto's van de schimmel en de e-mails aan de verhuurder bewaard in het dossier.",
        aftercare: ["Reactie verhuurder nagaan"],
        replyExpected: "Reactie verhuurder op ingebrekestelling",
        referTo: "JURIDISCH_LOKET",
        benefits: [wellbeing, avoidedCare],
      },
    ],
  },
  {
    domain: "huur-en-wonen.huurachterstand-en-ontruiming",
    weight: 3,
    templates: [
      {
        question: "Drie maanden huurachterstand; de woningcorporatie dreigt met ontruiming.",
        quick: "EXPLAIN_LETTER",
        actions: [
          { kind: "MEDIATION", description: "Woningcorporatie gebeld: ontruiming aangehouden" },
          { kind: "PAYMENT_PLAN", description: "Betalingsregeling voor de huurachterstand afgesproken" },
        ],
        note: "Inkomen viel weg na ontslag; WW is inmiddels aangevraagd.",
        aftercare: ["Eerste termijn betalingsregeling nagaan", "Aanmelding schuldhulp bespreken"],
        referTo: "DEBT_HELP",
        benefits: [debtHelp, courtCosts, wellbeing],
      },
    ],
  },
  {
    domain: "schulden.betalingsregeling",
    weight: 2,
    templates: [
      {
        question:
          "Meerdere rekeningen achterstallig (zorgverzekering, telefoon, energie); wil overzicht en betalingsregelingen.",
        quick: "INFORMATION",
        actions: [
          { kind: "INFORMATION", description: "Overzicht van schulden en vaste lasten gemaakt" },
          { kind: "PAYMENT_PLAN", description: "Betalingsregelingen met twee schuldeisers aangevraagd" },
        ],
        note: "Cliënt opent post niet meer; samen een map gemaakt.",
        aftercare: ["Reacties schuldeisers nagaan"],
        referTo: "DEBT_HELP",
        alsoTo: "BUDGET_ALERT",
        benefits: [debtHelp, collectionCosts, selfReliance],
      },
    ],
  },
  {
    domain: "schulden.beslagvrije-voet",
    weight: 2,
    templates: [
      {
        question: "Beslag op de uitkering: de beslagvrije voet lijkt te laag, er blijft nauwelijks iets over.",
        quick: "EXPLAIN_LETTER",
        actions: [
          { kind: "RECALCULATE_BESLAGVRIJE_VOET", description: "Beslagvrije voet opnieuw berekend" },
          { kind: "OTHER_LETTER", description: "Verzoek tot aanpassing aan de beslaglegger gestuurd" },
        ],
        note: "Woonlasten waren niet goed doorgegeven aan de beslaglegger.",
        aftercare: ["Nagaan of de nieuwe beslagvrije voet is ingegaan"],
        replyExpected: "Aangepaste beslagvrije voet",
        referTo: "DEBT_HELP",
        benefits: [
          client("INCOME_IMPROVEMENT", 60000, "€50 per maand meer beslagvrije voet (dit jaar €600)"),
          collectionCosts,
          wellbeing,
        ],
      },
    ],
  },
  {
    domain: "schulden.schuldhulpverlening",
    weight: 1,
    templates: [
      {
        question: "Wil hulp bij schulden maar durft zich niet zelf te melden bij de gemeente.",
        quick: "INFORMATION",
        actions: [
          { kind: "EXPLAIN_PROCEDURE", description: "Werkwijze schuldhulpverlening uitgelegd" },
          { kind: "APPLICATION", description: "Aanmeldformulier schuldhulpverlening samen ingevuld" },
        ],
        note: "Cliënt wil dat de adviseur bij het eerste gesprek aanwezig is.",
        aftercare: ["Intake schuldhulp bijwonen"],
        referTo: "DEBT_HELP",
        benefits: [wellbeing],
      },
    ],
  },
  {
    domain: "vreemdelingenrecht.verblijfsvergunning",
    weight: 2,
    templates: [
      {
        question:
          "Verlenging verblijfsvergunning bij partner: de IND vraagt binnen twee weken extra inkomensgegevens. Cliënte begrijpt de brief niet.",
        quick: "EXPLAIN_LETTER",
        actions: [
          { kind: "EXPLAIN_LETTER", description: "IND-brief uitgelegd, met tolk via de telefoon" },
          { kind: "OTHER_LETTER", description: "Loonstroken en werkgeversverklaring verzameld en opgestuurd" },
        ],
        note: "Partner werkt met een tijdelijk contract; inkomenseis besproken.",
        aftercare: ["Ontvangstbevestiging IND nagaan"],
        replyExpected: "Besluit IND op verlenging",
        referTo: "LAWYER",
        benefits: [wellbeing],
      },
    ],
  },
  {
    domain: "vreemdelingenrecht.naturalisatie",
    weight: 1,
    templates: [
      {
        question: "Wil naturaliseren; vraagt welke documenten en welk inburgeringsdiploma nodig zijn.",
        quick: "INFORMATION",
        actions: [{ kind: "INFORMATION", description: "Voorwaarden en kosten van naturalisatie doorgenomen" }],
        note: "Inburgering op A2 gehaald; wil verder met Nederlands.",
        aftercare: ["Informatie over de naturalisatieceremonie nasturen"],
        referTo: "JURIDISCH_LOKET",
        alsoTo: "TAALHUIS",
        benefits: [selfReliance],
      },
    ],
  },
  {
    domain: "overig",
    weight: 1,
    templates: [
      {
        question: "Buurman heeft een schutting over de erfgrens gezet; cliënt wil weten wat ze kan doen.",
        quick: "INFORMATION",
        actions: [{ kind: "INFORMATION", description: "Burenrecht en buurtbemiddeling uitgelegd" }],
        note: "Cliënte wil het liefst eerst een gesprek via buurtbemiddeling.",
        aftercare: ["Contactgegevens buurtbemiddeling nasturen"],
        referTo: "JURIDISCH_LOKET",
        benefits: [wellbeing],
      },
    ],
  },
];
