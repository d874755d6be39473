import type { Lang } from "@/lib/schema/view-state";
import { translator } from "@/lib/i18n/messages";
import { officialNameOf, type LocalizedText } from "@/lib/views/localized";

/** Data text in the reader's language; an English fallback on a Vietnamese page says so to screen readers. */
export function Localized({ value, lang }: { value: LocalizedText | null; lang: Lang }) {
  if (!value) return null;
  return value.lang === lang ? <>{value.text}</> : <span lang={value.lang}>{value.text}</span>;
}

/** A step's official name, on a line of its own ("Official name: …"), if the step has one. */
export function OfficialNameLine({
  step,
  lang,
}: {
  step: { officialName: string | null; officialNameVi?: string | null };
  lang: Lang;
}) {
  if (!step.officialName) return null;
  return (
    <div>
      {translator(lang)("officialName")}:{" "}
      <em>
        <Localized value={officialNameOf(step, lang)} lang={lang} />
      </em>
    </div>
  );
}
