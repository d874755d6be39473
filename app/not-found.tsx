import Link from "next/link";
import { headers } from "next/headers";
import { translator } from "@/lib/i18n/messages";

export default async function NotFound() {
  const t = translator((await headers()).get("x-bamboo-lang") === "vi" ? "vi" : "en");
  return (
    <main className="page">
      <h1>{t("notFound")}</h1>
      <p>
        {t("notFoundText")} <Link href="/">{t("backToExplorer")}</Link>
      </p>
    </main>
  );
}
