import { createHmac, randomBytes } from "node:crypto";
import { db } from "@/lib/db";

// The public forms have no login to slow a script down, and no third-party captcha may see our
// clients. So each submission is counted in PostgreSQL (as the login throttle is, lib/auth/
// throttle.ts), per network address and per phone number or e-mail address: every app instance
// counts the same submissions.

/** The public forms with a limit; the name is stored with each counted submission. */
type PublicForm = "booking" | "partnerReferral" | "waitingList";
/** What else is counted in the same table: the confirmation mails sent to one address. */
type CountedKind = PublicForm | "confirmationMail";

/** Submissions are counted over this window. */
const LIMIT_WINDOW_MINUTES = 60;
/**
 * Submissions from one network address in the window. A library's public computers share one
 * address, so this leaves room for a busy afternoon of clients booking there; it stops one
 * machine from filling a week of half hours.
 */
export const MAX_PER_ADDRESS = 20;
/** Submissions with one phone number or e-mail address: a client who tries a few times, not more. */
export const MAX_PER_CONTACT = 5;
/**
 * Booking confirmations mailed to one e-mail address in a day, whichever network asked for them.
 * The limits above count an address per network, so someone with many networks could still have
 * a stranger's mailbox filled with confirmations; past this the booking stands but is not mailed,
 * the answer a mail server that is down would give.
 */
export const MAX_CONFIRMATIONS_PER_MAILBOX = 5;
const CONFIRMATION_WINDOW_MINUTES = 24 * 60;
/** Counted submissions are kept one day: enough for the windows, and little to keep. */
const RETENTION_HOURS = 24;

/**
 * The key of the counts' HMAC: the app's own secret. Without one (no login works then either) a
 * key of this process, never a constant from the source, so a count can never be read back.
 */
const limitSecret = process.env.NEXTAUTH_SECRET || randomBytes(32).toString("base64url");

/**
 * What a submission is counted by, as keyed hashes: the table never holds an address, a phone
 * number or an e-mail address that could be read back (a phone number's plain hash could be, by
 * trying every number). A phone number or e-mail address is counted per network address: counted
 * alone, someone who knows a client's number could learn from the limit whether anyone else had
 * used it, or lock the client out.
 */
const keyedHash = (kind: CountedKind, value: string) =>
  createHmac("sha256", limitSecret).update(`${kind}\n${value}`).digest("base64url");

function limitKeys(form: PublicForm, { address, contacts }: { address?: string | null; contacts: string[] }) {
  const hash = (value: string) => keyedHash(form, value);
  const network = address ? networkOf(address) : null;
  const keys: { key: string; max: number }[] = [];
  if (network) keys.push({ key: hash(`address:${network}`), max: MAX_PER_ADDRESS });
  for (const contact of new Set(contacts.map(normalisedContact)))
    keys.push({ key: hash(`contact:${contact}@${network ?? ""}`), max: MAX_PER_CONTACT });
  // A fixed order of locks below, so two submissions never wait for each other's.
  return keys.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * The network an address counts for: an IPv4 address itself (also written as IPv6, ::ffff:a.b.c.d),
 * an IPv6 address its /64, which one home or phone connection gets whole.
 */
export function networkOf(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  if (!address.includes(":")) return address;
  const [head, tail = ""] = address.toLowerCase().split("::");
  const groups = head ? head.split(":") : [];
  const rest = tail ? tail.split(":") : [];
  const full = [...groups, ...Array<string>(Math.max(0, 8 - groups.length - rest.length)).fill("0"), ...rest];
  return `${full
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

/** One number written two ways (+31 6…, 06…) is one number; an e-mail address is already lower case. */
function normalisedContact(contact: string): string {
  return contact.replace(/^(\+|00)31/, "0");
}

/**
 * Counts a submission of a public form, or refuses it when its address or one of its phone numbers
 * or e-mail addresses has reached its limit in the window. A refused submission writes nothing,
 * not even itself, and its answer is the same whether or not the number or address is known to
 * the library. Concurrent submissions with the same key are counted one after the other.
 */
export async function admitPublicSubmission(
  form: PublicForm,
  from: { address?: string | null; contacts: string[] },
  now: Date,
): Promise<boolean> {
  const keys = limitKeys(form, from);
  if (keys.length === 0) return true;
  const windowStart = new Date(now.getTime() - LIMIT_WINDOW_MINUTES * 60_000);
  return db.$transaction(async (tx) => {
    for (const { key } of keys)
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`public-form:${key}`}, 0))`;
    const counted = await tx.publicFormAttempt.groupBy({
      by: ["key"],
      where: { form, key: { in: keys.map(({ key }) => key) }, attemptedAt: { gt: windowStart, lte: now } },
      _count: { _all: true },
    });
    const countOf = new Map(counted.map((row) => [row.key, row._count._all]));
    if (keys.some(({ key, max }) => (countOf.get(key) ?? 0) >= max)) return false;
    await tx.publicFormAttempt.createMany({ data: keys.map(({ key }) => ({ form, key, attemptedAt: now })) });
    // Old submissions go with the next one: the table stays small without a scheduled job.
    await tx.publicFormAttempt.deleteMany({
      where: { attemptedAt: { lt: new Date(now.getTime() - RETENTION_HOURS * 3_600_000) } },
    });
    return true;
  });
}

/**
 * Counts a booking confirmation to `email`, or answers false when that mailbox had its
 * MAX_CONFIRMATIONS_PER_MAILBOX in the last day: the caller then sends nothing.
 */
export async function admitConfirmationMail(email: string, now: Date): Promise<boolean> {
  const key = keyedHash("confirmationMail", email.toLowerCase());
  const windowStart = new Date(now.getTime() - CONFIRMATION_WINDOW_MINUTES * 60_000);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`public-form:${key}`}, 0))`;
    const sent = await tx.publicFormAttempt.count({
      where: { form: "confirmationMail", key, attemptedAt: { gt: windowStart, lte: now } },
    });
    if (sent >= MAX_CONFIRMATIONS_PER_MAILBOX) return false;
    await tx.publicFormAttempt.create({ data: { form: "confirmationMail", key, attemptedAt: now } });
    return true;
  });
}
