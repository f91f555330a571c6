// The one clock of the app: every "now" of a page, use case, job and the demo data comes from here.
//
// A test sets the moment the app lives in (a Thursday evening, the night the clocks change, New
// Year's Eve) with SPREEKUUR_CLOCK (an ISO moment, e.g. 2026-12-31T23:50:00+01:00); scripts/serve.ts
// turns it into SPREEKUUR_CLOCK_OFFSET_MS once and hands that to every process it starts, so the
// seed, the jobs and each app instance agree to the millisecond. The clock then runs on at normal
// speed from that moment: conversations last minutes, sessions go idle and the desk polls as they
// do in real life. Without either variable it is the system clock.

const OFFSET_VARIABLE = "SPREEKUUR_CLOCK_OFFSET_MS";
const MOMENT_VARIABLE = "SPREEKUUR_CLOCK";

let offsetMs: number | undefined;

/** Milliseconds to add to the system clock, read from the environment on first use. */
function offset(): number {
  return (offsetMs ??= clockOffsetFrom(process.env));
}

export const clock = {
  now(): Date {
    return new Date(Date.now() + offset());
  },
  /** `now()` in milliseconds since the epoch, for durations and session times. */
  nowMs(): number {
    return Date.now() + offset();
  },
};

/**
 * The offset the environment asks for: an explicit offset wins (a child of serve.ts), otherwise
 * the moment is taken to be now. A value that is not a moment stops the process: a test that
 * silently ran on today's date would prove nothing.
 */
export function clockOffsetFrom(env: Record<string, string | undefined>, systemNow = Date.now()): number {
  const offset = env[OFFSET_VARIABLE];
  if (offset !== undefined && offset !== "") {
    const value = Number(offset);
    if (!Number.isSafeInteger(value))
      throw new Error(`${OFFSET_VARIABLE}=${offset} is not a whole number of milliseconds.`);
    return value;
  }
  const moment = env[MOMENT_VARIABLE];
  if (moment === undefined || moment === "") return 0;
  const at = Date.parse(moment);
  // Date.parse reads a moment without a zone as local time: the zone must be written out.
  if (Number.isNaN(at) || !/(Z|[+-]\d\d:\d\d)$/.test(moment)) {
    throw new Error(`${MOMENT_VARIABLE}=${moment} is not a moment with a time zone, e.g. 2026-12-01T10:20:00+01:00.`);
  }
  return at - systemNow;
}

/** The variables that make a child process share this process's clock. */
export function clockEnvironment(): Record<string, string> {
  const value = offset();
  return value === 0 ? {} : { [OFFSET_VARIABLE]: String(value) };
}
