import type { StaffFormat } from "@/lib/format/staff-format";
import type { LegalDomainChoice } from "@/lib/partners/queries";

export type DomainGroup = { id: string; label: string; children: { id: string; label: string }[] };

/** The taxonomy in the reader's language, as the filter and the partner form offer it. */
export function domainGroups(domains: LegalDomainChoice[], { name: label }: StaffFormat): DomainGroup[] {
  return domains.map((domain) => ({
    id: domain.id,
    label: label(domain),
    children: domain.children.map((child) => ({ id: child.id, label: label(child) })),
  }));
}
