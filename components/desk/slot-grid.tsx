type SlotCell = { id: string; time: string; state: string; text: string; stateText: string };

const STATE_STYLE: Record<string, string> = {
  FREE: "border-green-700 bg-green-50",
  PAST: "border-slate-300 bg-slate-100 text-slate-700",
  BOOKED: "border-blue-800 bg-blue-50",
  WAITING: "border-amber-700 bg-amber-50",
  IN_CONVERSATION: "border-brand-700 bg-brand-100",
  DONE: "border-slate-400 bg-white",
  NO_SHOW: "border-slate-400 bg-slate-100",
};

/** Per advisor the half hours of a session: free, booked, waiting, in conversation or done. */
export function SlotGrid({ advisors }: { advisors: { id: string; heading: string; label: string; slots: SlotCell[] }[] }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {advisors.map((advisor) => (
        <div key={advisor.id}>
          <h3 className="mb-2 font-semibold">{advisor.heading}</h3>
          <ul aria-label={advisor.label} className="grid grid-cols-3 gap-2 sm:grid-cols-6 md:grid-cols-3 lg:grid-cols-6">
            {advisor.slots.map((slot) => (
              <li key={slot.id} className={`rounded border-2 px-2 py-1 text-sm ${STATE_STYLE[slot.state] ?? ""}`}>
                <span className="block font-semibold">{slot.time}</span>
                <span className="block truncate">{slot.text}</span>
                {slot.stateText && <span className="block text-xs">{slot.stateText}</span>}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
