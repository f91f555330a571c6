import { redirect } from "next/navigation";
import { homePath } from "@/lib/auth/roles";
import { currentActor } from "@/lib/auth/session";

export default async function Home() {
  const actor = await currentActor();
  redirect(actor ? homePath(actor.roles) : "/login");
}
