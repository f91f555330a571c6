import { PublicMain } from "@/components/public/public-main";

// A client on the waiting list takes or declines a freed half hour through the offer link: a public page.
export default function OfferLayout({ children }: { children: React.ReactNode }) {
  return <PublicMain>{children}</PublicMain>;
}
