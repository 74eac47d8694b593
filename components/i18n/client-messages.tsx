import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pickMessages, type Messages } from "@/lib/i18n/pick-messages";

/**
 * Gives the client components inside it the messages of these namespaces only: the whole catalogue
 * would be sent with every page, for components that translate a dozen strings.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: React.ReactNode }) {
  const messages = (await getMessages()) as Messages;
  return <NextIntlClientProvider messages={pickMessages(messages, namespaces)}>{children}</NextIntlClientProvider>;
}
