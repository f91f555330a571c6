/**
 * A wide table's frame: on a phone or at 200% zoom the table scrolls inside it, not the page. The
 * frame is a named region in the tab order, so keyboard users can scroll it with the arrow keys too.
 */
export function ScrollRegion({
  label,
  className = "",
  children,
}: {
  label: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`overflow-x-auto ${className}`}>
      {children}
    </div>
  );
}
