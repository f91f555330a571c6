// The first version of a letter, made from the facts the advisor filled in. Always Dutch and in the
// first person of the client, who signs it: it goes to a Dutch authority. The advisor edits it after.
import { formatCalendarDay } from "@/lib/dates";
import { type LetterBlock, letterBlocks, letterText } from "./blocks";
import type { ComplaintLetterInput, LetterInput, ObjectionLetterInput } from "./schema";

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
function objectionLetter(input: ObjectionLetterInput): LetterBlock[] {
  const decision = `uw besluit van ${dutchDate(input.decisionDate)}`;
  const subject = input.decisionReference
    ? `bezwaar tegen ${decision}, kenmerk ${input.decisionReference}`
    : `bezwaar tegen ${decision} over ${inSubjectLine(input.subject)}`;
  const identified = input.decisionReference ? `${decision} met kenmerk ${input.decisionReference}` : decision;
  return [
    ...letterHead(input, "Bezwaarschrift", subject),
    text(`Hierbij maak ik bezwaar tegen ${identified}. Het besluit gaat over ${sentence(midSentence(input.subject))}`),
    text("Ik ben het niet eens met dit besluit. Dit zijn mijn redenen:"),
    ...letterBlocks(input.grounds),
    text("Ik vraag u daarom mijn bezwaar gegrond te verklaren en uw besluit te herroepen."),
    ...(input.wishes ? letterBlocks(input.wishes) : []),
    ...(input.requestHearing ? [text("Ik wil mijn bezwaar graag mondeling toelichten op een hoorzitting.")] : []),
    ...(input.requestCosts
      ? [
          text(
            "Als u mijn bezwaar gegrond verklaart, vraag ik u de kosten te vergoeden die ik voor mijn bezwaar heb gemaakt (artikel 7:15 van de Algemene wet bestuursrecht).",
          ),
        ]
      : []),
    ...letterFoot(input),
  ];
}

/** Awb art. 9:4: sender and address, date, the conduct complained about (what, when, who), and why. */
function complaintLetter(input: ComplaintLetterInput): LetterBlock[] {
  const opening = [
    `Hierbij dien ik een klacht in over ${sentence(midSentence(input.subject))}`,
    input.incidentDate && `Dit gebeurde op ${dutchDate(input.incidentDate)}.`,
    input.incidentWho && `Het gaat om ${sentence(midSentence(input.incidentWho))}`,
  ].filter(Boolean);
  return [
    ...letterHead(input, "Klachtenbrief", `klacht over ${inSubjectLine(input.subject)}`),
    text(opening.join(" ")),
    text("Dit is er gebeurd en daarom ben ik ontevreden:"),
    ...letterBlocks(input.grounds),
    text("Ik vraag u het volgende:"),
    ...letterBlocks(input.wishes),
    ...(input.requestHearing ? [text("Ik wil mijn klacht graag in een gesprek toelichten.")] : []),
    ...letterFoot(input),
  ];
}

/** The letter as blocks, for the preview and the .docx; `composeLetterText` gives it as editable text. */
export function composeLetter(input: LetterInput): LetterBlock[] {
  return input.kind === "OBJECTION" ? objectionLetter(input) : complaintLetter(input);
}

export function composeLetterText(input: LetterInput): string {
  return letterText(composeLetter(input));
}
