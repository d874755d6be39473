import Link from "next/link";
import { translator } from "@/lib/i18n/messages";
import type { Lang } from "@/lib/schema/view-state";

export function SiteHeader({ lang }: { lang: Lang }) {
  const t = translator(lang);
  const suffix = lang === "vi" ? "?lang=vi" : "";
  return (
    <header className="site">
      <strong className="brand">
        <Link href={`/${suffix}`}>{t("appName")}</Link>
      </strong>
      <span className="muted">{t("tagline")}</span>
      <nav aria-label={t("mainNav")}>
        <Link href={`/${suffix}`}>{t("explorer")}</Link>
        <Link href={`/compare${suffix}`}>{t("compare")}</Link>
        <Link href={`/data${suffix}`}>{t("data")}</Link>
      </nav>
    </header>
  );
}
