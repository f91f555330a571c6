import { getTranslations } from "next-intl/server";
import { MessagePage } from "@/components/message-page";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return <MessagePage title={t("notFoundTitle")} text={t("notFoundText")} linkHref="/" linkText={t("toHome")} />;
}
