import { getTranslations } from "@/lib/i18n/server";
import { MessagePage } from "@/components/message-page";

// Nothing answers 401 (a page without a session sends the visitor to /login), but with
// authInterrupts on (next.config.ts) Next puts this boundary into every page it sends, and its own
// English 401 page is three times the size of this one.
export default async function Unauthorized() {
  const t = await getTranslations("errors");
  const app = await getTranslations("app");
  return (
    <MessagePage
      title={t("unauthorizedTitle")}
      documentTitle={`${t("unauthorizedTitle")} · ${app("name")}`}
      text={t("unauthorizedText")}
      linkHref="/login"
      linkText={t("toLogin")}
    />
  );
}
