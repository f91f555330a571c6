import { PublicMain } from "@/components/public/public-main";

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return <PublicMain>{children}</PublicMain>;
}
