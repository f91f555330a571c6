import { getTranslations } from "@/lib/i18n/server";
import { MessagePage } from "@/components/message-page";

export default async function NotFound() {
  const t = await getTranslations("errors");
  const app = await getTranslations("app");
  return (
    <MessagePage
      title={t("notFoundTitle")}
      documentTitle={`${t("notFoundTitle")} · ${app("name")}`}
      text={t("notFoundText")}
      linkHref="/"
      linkText={t("toHome")}
    />
  );
}
