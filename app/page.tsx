import { redirect } from "next/navigation";
import { HOME_PATH } from "@/lib/auth/roles";
import { currentActor } from "@/lib/auth/session";

export default async function Home() {
  const actor = await currentActor();
  redirect(actor ? HOME_PATH[actor.role] : "/login");
}
