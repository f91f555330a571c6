import { useTranslations } from "@/lib/i18n/use-translations";
import { logOutAction } from "@/app/login/actions";

/** A server component: a plain form that works before, and without, the page's scripts. */
export function LogoutButton() {
  const t = useTranslations("shell");
  return (
    <form action={logOutAction}>
      <button
        type="submit"
        className="rounded border border-brand-700 px-3 py-1 text-sm font-medium text-brand-800 hover:bg-brand-50"
      >
        {t("logout")}
      </button>
    </form>
  );
}
