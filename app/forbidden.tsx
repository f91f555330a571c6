import { getTranslations } from "@/lib/i18n/server";
import { MessagePage } from "@/components/message-page";

export default async function Forbidden() {
  const t = await getTranslations("errors");
  const app = await getTranslations("app");
  return (
    <MessagePage
      title={t("forbiddenTitle")}
      documentTitle={`${t("forbiddenTitle")} · ${app("name")}`}
      text={t("forbiddenText")}
      linkHref="/"
      linkText={t("toHome")}
    />
  );
}
