import Link from "next/link";
import { translator } from "@/lib/i18n/messages";
import type { Lang } from "@/lib/schema/view-state";
import { LanguageSwitch } from "./LanguageSwitch";
import { CiteControl } from "./CiteControl";

/** The id every page gives its main content: the skip link's target. */
export const CONTENT_ID = "content";

export function SiteHeader({ lang }: { lang: Lang }) {
  const t = translator(lang);
  const suffix = lang === "vi" ? "?lang=vi" : "";
  return (
    <header className="site">
      {/* First in the tab order, so keyboard users pass the header in one press. */}
      <a className="skip" href={`#${CONTENT_ID}`}>
        {t("skipToContent")}
      </a>
      <strong className="brand">
        <Link href={`/${suffix}`}>{t("appName")}</Link>
      </strong>
      <span className="muted tagline">{t("tagline")}</span>
      <nav aria-label={t("mainNav")}>
        <Link href={`/${suffix}`}>{t("explorer")}</Link>
        <Link href={`/compare${suffix}`}>{t("compare")}</Link>
        <Link href={`/data${suffix}`}>{t("data")}</Link>
      </nav>
      <LanguageSwitch lang={lang} />
      <CiteControl lang={lang} />
    </header>
  );
}
