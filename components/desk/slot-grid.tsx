type SlotCell = {
  /** When it starts, in minutes since 1970 (UTC): unique per advisor, and short in the page's payload. */
  startMinute: number;
  time: string;
  state: string;
  text: string;
  stateText: string;
};

/**
 * Per advisor the half hours of a session: free, booked, waiting, in conversation or done. The
 * cells are styled by `.slots` and their state (app/globals.css), not each by its own utilities:
 * a desk has dozens of them.
 */
export function SlotGrid({
  advisors,
}: {
  advisors: { id: string; heading: string; label: string; slots: SlotCell[] }[];
}) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {advisors.map((advisor) => (
        <div key={advisor.id}>
          <h3 className="mb-2 font-semibold">{advisor.heading}</h3>
          <ul aria-label={advisor.label} className="slots">
            {/* Not the time shown: the night the clocks go back shows an advisor's 02:30 twice. */}
            {advisor.slots.map((slot) => (
              <li key={slot.startMinute} data-state={slot.state}>
                <b>{slot.time}</b>
                {slot.text}
                {slot.stateText && <small>{slot.stateText}</small>}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
