import { PublicMain } from "@/components/public/public-main";

// A client's own appointment, opened from the link in their confirmation: a public page like the location's.
export default function AppointmentLayout({ children }: { children: React.ReactNode }) {
  return <PublicMain>{children}</PublicMain>;
}
