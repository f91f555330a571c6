import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pickMessages, type Messages } from "@/lib/i18n/messages";

type Props = {
  /**
   * Every namespace the client components rendered below use with useTranslations: a provider
   * replaces the one above it, it does not add to it. tests/unit/light-pages.test.ts checks this
   * list against the components a page or layout renders.
   */
  namespaces: readonly string[];
  children: React.ReactNode;
};

/** The UI texts the browser needs for the client components of a page or layout, and no others. */
export async function ClientTexts({ namespaces, children }: Props) {
  const messages = (await getMessages()) as Messages;
  return <NextIntlClientProvider messages={pickMessages(messages, namespaces)}>{children}</NextIntlClientProvider>;
}
