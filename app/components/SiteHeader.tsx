import Link from "next/link";
import { MESSAGES } from "@/lib/i18n/messages";
import type { Lang } from "@/lib/schema/view-state";

export function SiteHeader({ lang }: { lang: Lang }) {
  const m = MESSAGES[lang];
  const suffix = lang === "vi" ? "?lang=vi" : "";
  return (
    <header className="site">
      <strong className="brand">
        <Link href={`/${suffix}`}>{m.appName}</Link>
      </strong>
      <span className="muted">{m.tagline}</span>
      <nav aria-label={m.mainNav}>
        <Link href={`/${suffix}`}>{m.explorer}</Link>
        <Link href={`/compare${suffix}`}>{m.compare}</Link>
        <Link href={`/data${suffix}`}>{m.data}</Link>
      </nav>
    </header>
  );
}
