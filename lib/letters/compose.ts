// The first version of a letter, made from the facts the advisor filled in. Always Dutch and in the
// first person of the client, who signs it: it goes to a Dutch authority. The advisor edits it after.
import { formatCalendarDay } from "@/lib/dates";
import { LETTER_TITLES, type LetterBlock, letterBlocks, letterText } from "./blocks";
import { formatEuro } from "@/lib/money";
import type { LetterInput, LetterInputOf } from "./schema";

/** "3 november 2026". */
export function dutchDate(day: string): string {
  return formatCalendarDay(day, "d MMMM yyyy", "nl");
}

/** "Terugvordering zorgtoeslag" reads as "terugvordering zorgtoeslag" mid-sentence; "UWV" stays "UWV". */
function midSentence(phrase: string): string {
  return /^\p{Lu}\p{Ll}/u.test(phrase) ? phrase[0].toLowerCase() + phrase.slice(1) : phrase;
}

/** A phrase inside the Betreft line, which ends without a full stop. */
function inSubjectLine(phrase: string): string {
  return midSentence(phrase).replace(/\.+$/, "");
}

function sentence(phrase: string): string {
  return /[.!?]$/.test(phrase) ? phrase : `${phrase}.`;
}

const text = (...lines: string[]): LetterBlock => ({ kind: "text", lines });

/** "€ 75,00": always the Dutch way, whatever the advisor's language. */
const euroText = (cents: number) => formatEuro(cents, "nl");

function letterHead(input: LetterInput, title: string, subject: string): LetterBlock[] {
  const department =
    input.authorityDepartment &&
    (/^t\.?a\.?v\.?\s/i.test(input.authorityDepartment)
      ? input.authorityDepartment
      : `t.a.v. ${input.authorityDepartment}`);
  return [
    text(input.clientName, input.clientStreet, input.clientPostcodeTown),
    text(
      ...[input.authorityName, department, input.authorityStreet, input.authorityPostcodeTown].filter(
        (line): line is string => Boolean(line),
      ),
    ),
    text(`${input.place}, ${dutchDate(input.letterDate)}`),
    { kind: "title", lines: [title] },
    { kind: "subject", lines: [`Betreft: ${subject}`] },
    text("Geachte heer, mevrouw,"),
  ];
}

function letterFoot(input: LetterInput): LetterBlock[] {
  const attachments =
    input.attachments.length === 0
      ? []
      : input.attachments.length === 1
        ? [text(`Bijlage: ${input.attachments[0]}`)]
        : [text("Bijlagen:", ...input.attachments.map((name) => `- ${name}`))];
  // Awb art. 6:5 lid 1 and 9:4 lid 2: the client signs; the closing block leaves room for it.
  return [{ kind: "closing", lines: ["Met vriendelijke groet,"] }, text(input.clientName), ...attachments];
}

/** Awb art. 6:5: sender and address, date, the decision (authority, date, kenmerk), the grounds, a signature. */
function objectionLetter(input: LetterInputOf<"OBJECTION">): LetterBlock[] {
  return [
    ...letterHead(input, LETTER_TITLES[input.kind], objectionSubject(input)),
    text(
      `Hierbij maak ik bezwaar tegen ${decisionNamed(input)}. Het besluit gaat over ${sentence(midSentence(input.subject))}`,
    ),
    text("Ik ben het niet eens met dit besluit. Dit zijn mijn redenen:"),
    ...letterBlocks(input.grounds),
    text("Ik vraag u daarom mijn bezwaar gegrond te verklaren en uw besluit te herroepen."),
    ...(input.wishes ? letterBlocks(input.wishes) : []),
    ...objectionRequests(input),
    ...letterFoot(input),
  ];
}

/**
 * Awb art. 6:6: an objection without grounds is lodged in time all the same; the authority must
 * give a term to send them before it may declare it inadmissible.
 */
function proFormaObjectionLetter(input: LetterInputOf<"PRO_FORMA_OBJECTION">): LetterBlock[] {
  return [
    ...letterHead(input, LETTER_TITLES[input.kind], objectionSubject(input)),
    text(
      `Hierbij maak ik bezwaar tegen ${decisionNamed(input)}. Het besluit gaat over ${sentence(midSentence(input.subject))}`,
    ),
    text(
      "Ik ben het niet eens met dit besluit. De redenen van mijn bezwaar (de gronden) stuur ik u later. Ik vraag u mij een termijn te geven om ze aan te vullen (artikel 6:6 van de Algemene wet bestuursrecht). Graag krijg ik daarvoor ten minste vier weken.",
    ),
    text("Wilt u mij ook een kopie sturen van de stukken waarop u het besluit hebt gebaseerd?"),
    ...objectionRequests(input),
    ...letterFoot(input),
  ];
}

function objectionSubject(input: LetterInputOf<"OBJECTION" | "PRO_FORMA_OBJECTION">): string {
  const decision = `uw besluit van ${dutchDate(input.decisionDate)}`;
  return input.decisionReference
    ? `bezwaar tegen ${decision}, kenmerk ${input.decisionReference}`
    : `bezwaar tegen ${decision} over ${inSubjectLine(input.subject)}`;
}

function decisionNamed(input: LetterInputOf<"OBJECTION" | "PRO_FORMA_OBJECTION">): string {
  const decision = `uw besluit van ${dutchDate(input.decisionDate)}`;
  return input.decisionReference ? `${decision} met kenmerk ${input.decisionReference}` : decision;
}

function objectionRequests(input: LetterInputOf<"OBJECTION" | "PRO_FORMA_OBJECTION">): LetterBlock[] {
  return [
    ...(input.requestHearing ? [text("Ik wil mijn bezwaar graag mondeling toelichten op een hoorzitting.")] : []),
    ...(input.requestCosts
      ? [
          text(
            "Als u mijn bezwaar gegrond verklaart, vraag ik u de kosten te vergoeden die ik voor mijn bezwaar heb gemaakt (artikel 7:15 van de Algemene wet bestuursrecht).",
          ),
        ]
      : []),
  ];
}

/** Awb art. 9:4: sender and address, date, the conduct complained about (what, when, who), and why. */
function complaintLetter(input: LetterInputOf<"COMPLAINT">): LetterBlock[] {
  const opening = [
    `Hierbij dien ik een klacht in over ${sentence(midSentence(input.subject))}`,
    input.incidentDate && `Dit gebeurde op ${dutchDate(input.incidentDate)}.`,
    input.incidentWho && `Het gaat om ${sentence(midSentence(input.incidentWho))}`,
  ].filter(Boolean);
  return [
    ...letterHead(input, LETTER_TITLES.COMPLAINT, `klacht over ${inSubjectLine(input.subject)}`),
    text(opening.join(" ")),
    text("Dit is er gebeurd en daarom ben ik ontevreden:"),
    ...letterBlocks(input.grounds),
    text("Ik vraag u het volgende:"),
    ...letterBlocks(input.wishes),
    ...(input.requestHearing ? [text("Ik wil mijn klacht graag in een gesprek toelichten.")] : []),
    ...letterFoot(input),
  ];
}

const withReference = (subject: string, reference: string | undefined) =>
  reference ? `${subject}, kenmerk ${reference}` : subject;

/** A creditor is not bound to accept: the letter makes a concrete offer and says why it is all there is. */
function paymentArrangementLetter(input: LetterInputOf<"PAYMENT_ARRANGEMENT">): LetterBlock[] {
  return [
    ...letterHead(
      input,
      LETTER_TITLES.PAYMENT_ARRANGEMENT,
      withReference("verzoek om een betalingsregeling", input.reference),
    ),
    text(
      `Ik heb bij u een betalingsachterstand voor ${sentence(midSentence(input.subject))} Ik kan dit bedrag niet in één keer betalen. Dit is de reden:`,
    ),
    ...letterBlocks(input.grounds),
    text(
      `Ik stel voor het bedrag af te betalen in delen van ${euroText(input.monthlyAmount ?? 0)} per maand. Dat is wat ik na mijn vaste lasten kan missen.`,
    ),
    ...(input.requestSuspension
      ? [
          text(
            "Ik vraag u de incasso stil te zetten en geen extra kosten te rekenen zolang ik mij aan de regeling houd.",
          ),
        ]
      : []),
    text("Ik hoor graag binnen twee weken of u met dit voorstel akkoord gaat."),
    ...letterFoot(input),
  ];
}

/** The Wet vereenvoudiging beslagvrije voet: the garnishee must leave what the law says the client needs to live on. */
function garnishmentRecalculationLetter(input: LetterInputOf<"GARNISHMENT_RECALCULATION">): LetterBlock[] {
  return [
    ...letterHead(
      input,
      LETTER_TITLES.GARNISHMENT_RECALCULATION,
      withReference("herberekening van de beslagvrije voet", input.reference),
    ),
    text(`U heeft beslag gelegd op ${sentence(midSentence(input.subject))}`),
    text(
      "Van mijn inkomen moet ik een deel overhouden om van te leven: de beslagvrije voet (Wet vereenvoudiging beslagvrije voet). Ik denk dat de beslagvrije voet die u nu gebruikt te laag is. Dit is de reden:",
    ),
    ...letterBlocks(input.grounds),
    text("Ik vraag u de beslagvrije voet opnieuw te berekenen en mij de nieuwe berekening te sturen."),
    ...letterFoot(input),
  ];
}

function termExtensionLetter(input: LetterInputOf<"TERM_EXTENSION">): LetterBlock[] {
  return [
    ...letterHead(
      input,
      LETTER_TITLES.TERM_EXTENSION,
      withReference(`uitstel voor ${inSubjectLine(input.subject)}`, input.reference),
    ),
    text(
      `U heeft mij gevraagd uiterlijk ${dutchDate(input.currentDueDate)} te zorgen voor ${sentence(midSentence(input.subject))} Het lukt mij niet om dat op tijd te doen. Dit is de reden:`,
    ),
    ...letterBlocks(input.grounds),
    text(`Ik vraag u daarom mij uitstel te geven tot en met ${dutchDate(input.requestedDate)}.`),
    text("Wilt u mij laten weten of u akkoord gaat?"),
    ...letterFoot(input),
  ];
}

/** Participatiewet art. 35: necessary costs, arising from special circumstances, the client cannot pay. */
function specialAssistanceLetter(input: LetterInputOf<"SPECIAL_ASSISTANCE">): LetterBlock[] {
  const costs = input.amount ? `${midSentence(input.subject)} (${euroText(input.amount)})` : midSentence(input.subject);
  return [
    ...letterHead(
      input,
      LETTER_TITLES.SPECIAL_ASSISTANCE,
      withReference(`aanvraag bijzondere bijstand voor ${inSubjectLine(input.subject)}`, input.reference),
    ),
    text(`Hierbij vraag ik bijzondere bijstand aan voor ${sentence(costs)}`),
    text(
      "Deze kosten zijn noodzakelijk en komen door bijzondere omstandigheden. Ik kan ze niet betalen van mijn inkomen of vermogen (artikel 35 van de Participatiewet). Dit is waarom:",
    ),
    ...letterBlocks(input.grounds),
    text("Ik vraag u mijn aanvraag toe te kennen. Heeft u meer gegevens van mij nodig, dan hoor ik dat graag."),
    ...letterFoot(input),
  ];
}

const COMPOSERS: { [Kind in LetterInput["kind"]]: (input: LetterInputOf<Kind>) => LetterBlock[] } = {
  OBJECTION: objectionLetter,
  PRO_FORMA_OBJECTION: proFormaObjectionLetter,
  COMPLAINT: complaintLetter,
  PAYMENT_ARRANGEMENT: paymentArrangementLetter,
  GARNISHMENT_RECALCULATION: garnishmentRecalculationLetter,
  TERM_EXTENSION: termExtensionLetter,
  SPECIAL_ASSISTANCE: specialAssistanceLetter,
};

/** The letter as blocks, for the preview and the .docx; `composeLetterText` gives it as editable text. */
export function composeLetter(input: LetterInput): LetterBlock[] {
  return (COMPOSERS[input.kind] as (input: LetterInput) => LetterBlock[])(input);
}

export function composeLetterText(input: LetterInput): string {
  return letterText(composeLetter(input));
}
