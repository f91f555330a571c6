import { PublicMain } from "@/components/public/public-main";

// A partner's worker books for a client through the partner's personal link: a public page, no login.
export default function PartnerReferralLayout({ children }: { children: React.ReactNode }) {
  return <PublicMain>{children}</PublicMain>;
}
