"use client";

import { useId, useRef, useState, useSyncExternalStore } from "react";
import { formatDate, translator } from "@/lib/i18n/messages";
import { EARLIEST_DATE } from "@/lib/schema/dates";
import { PRESETS, type Preset } from "@/lib/schema/presets";
import { MAX_CAPTION_LENGTH } from "@/lib/schema/view-state";
import {
  comparedSpan,
  SHARE_KINDS,
  shareLink,
  shareOutput,
  type ShareChoice,
  type ShareKind,
  type ShareState,
} from "@/lib/views/share-links";
import { CopyField } from "./CopyField";
import { DayInput } from "./DayInput";
import { SharePreviews } from "./SharePreviews";

const KIND_LABEL = {
  embed: "kindEmbed",
  picture: "kindPicture",
  animation: "kindAnimation",
  lesson: "kindLesson",
  data: "kindData",
} as const satisfies Record<ShareKind, string>;
const PRESET_LABEL = {
  article: "presetArticle",
  slide: "presetSlide",
  square: "presetSquare",
  social: "presetSocial",
} as const satisfies Record<Preset, string>;
/** Where an animation starts unless the author says otherwise: the era Vietnam's frameworks began. */
const ANIMATION_FROM = "1990-01-01";

/**
 * The Share button and its dialog (a native modal <dialog>: focus kept inside, Escape closes, the page behind
 * inert). Pick what to share (embed, picture, animation, lesson deck, data), its shape and words; see it at true
 * size; copy the link, the code and the oEmbed address, or download. On /compare (state with `a` and `b`) the
 * same for the comparison: the embed is `/embed?a=&b=`, stills of both dates, and the span between them.
 */
export function SharePanel({
  state: view,
  release,
  today,
  title,
  alt,
}: {
  state: ShareState;
  /** The release the view shows; links may pin it (`v`) or follow the latest. */
  release: string;
  today: string;
  title: string;
  /** The alt text of the picture of a day (a view has one day; a comparison two). */
  alt: (day: string) => string;
}) {
  const t = translator(view.lang);
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const [pinned, setPinned] = useState(Boolean(view.v));
  const pinnable = /^\d{4}\.\d{2}\.\d{2}/.test(release);
  const state = { ...view, v: pinned && pinnable ? release : null };
  const span = comparedSpan(state);
  const origin = useSyncExternalStore(
    () => () => {},
    () => window.location.origin,
    () => "",
  );
  // The preview (a whole embed, or a GIF to render) loads only once the dialog is open.
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState<ShareChoice>({
    kind: "embed",
    preset: null,
    title: "",
    subtitle: "",
    scale: 2,
    from: ANIMATION_FROM,
    to: view.asOf ?? today,
  });
  const update = (patch: Partial<ShareChoice>) => setChoice((c) => ({ ...c, ...patch }));
  const output = shareOutput(origin, state, choice, { title, alt });
  const spanDates = <DayRange span={span} choice={choice} today={today} lang={view.lang} onChange={update} />;
  return (
    <div className="share">
      <button
        type="button"
        className="share-open"
        aria-haspopup="dialog"
        data-testid="share-open"
        onClick={() => {
          dialog.current?.showModal();
          setOpen(true);
        }}
      >
        {t("share")}
      </button>
      <dialog
        ref={dialog}
        className="share-dialog"
        aria-labelledby={headingId}
        data-testid="share-panel"
        onClose={() => setOpen(false)}
        // A click on the backdrop (the dialog element itself, outside its content) closes it.
        onClick={(e) => {
          if (e.target === e.currentTarget) e.currentTarget.close();
        }}
      >
        <div className="share-head">
          <h2 id={headingId}>{span ? t("shareCompare") : t("share")}</h2>
          <button type="button" onClick={() => dialog.current?.close()}>
            {t("close")}
          </button>
        </div>
        {/* The link comes first: on a phone it is what most readers came for, above every choice. */}
        <div className="share-link">
          <CopyField
            label={span ? t("shareLinkCompare") : t("shareLink")}
            copyLabel={t("copyLink")}
            text={shareLink(origin, state)}
            lang={view.lang}
            testId="share-link"
          />
        </div>
        <div className="share-body">
          <form className="share-controls" onSubmit={(e) => e.preventDefault()}>
            <fieldset>
              <legend>{t("shareKind")}</legend>
              {SHARE_KINDS.map((kind) => (
                <label key={kind}>
                  <input
                    type="radio"
                    name="share-kind"
                    value={kind}
                    checked={choice.kind === kind}
                    onChange={() => update({ kind })}
                  />{" "}
                  {t(KIND_LABEL[kind])}
                </label>
              ))}
            </fieldset>
            {choice.kind !== "data" ? (
              <fieldset>
                <legend>{t("shareWords")}</legend>
                {choice.kind !== "lesson" ? (
                  <label>
                    {t("preset")}
                    <select
                      value={choice.preset ?? ""}
                      data-testid="share-preset"
                      onChange={(e) => update({ preset: (e.target.value || null) as Preset | null })}
                    >
                      <option value="">{t("presetDefault")}</option>
                      {PRESETS.map((p) => (
                        <option key={p} value={p}>
                          {t(PRESET_LABEL[p])}
                        </option>
                      ))}
                    </select>
                  </label>
                ) : null}
                <label>
                  {t("authorTitle")}
                  <input
                    type="text"
                    maxLength={MAX_CAPTION_LENGTH}
                    value={choice.title}
                    data-testid="share-title"
                    onChange={(e) => update({ title: e.target.value })}
                  />
                </label>
                {choice.kind !== "lesson" ? (
                  <label>
                    {t("authorSubtitle")}
                    <input
                      type="text"
                      maxLength={MAX_CAPTION_LENGTH}
                      value={choice.subtitle}
                      data-testid="share-subtitle"
                      onChange={(e) => update({ subtitle: e.target.value })}
                    />
                  </label>
                ) : null}
                {choice.kind === "picture" ? (
                  <label>
                    {t("pngScale")}
                    <select value={choice.scale} onChange={(e) => update({ scale: Number(e.target.value) })}>
                      {[1, 2, 3, 4].map((s) => (
                        <option key={s} value={s}>
                          ×{s}
                        </option>
                      ))}
                    </select>
                  </label>
                ) : null}
                {choice.kind === "animation" || choice.kind === "lesson" ? spanDates : null}
              </fieldset>
            ) : null}
            {pinnable ? (
              <fieldset data-testid="share-release">
                <legend>{t("shareRelease")}</legend>
                <label>
                  <input
                    type="radio"
                    name="share-release"
                    checked={!pinned}
                    onChange={() => setPinned(false)}
                  />{" "}
                  {t("shareLatest")}
                </label>
                <label>
                  <input
                    type="radio"
                    name="share-release"
                    checked={pinned}
                    onChange={() => setPinned(true)}
                  />{" "}
                  {t("shareThisRelease", { version: release })}
                </label>
              </fieldset>
            ) : null}
          </form>
          <div className="share-result">
            {output.code ? (
              <CopyField
                label={choice.kind === "embed" ? t("embedCode") : t("pictureCode")}
                copyLabel={choice.kind === "embed" ? t("copyEmbedCode") : t("copyPictureCode")}
                text={output.code}
                lang={view.lang}
                testId="embed-code"
                rows={4}
              />
            ) : null}
            {output.oembed ? (
              <CopyField
                label={t("oembedUrl")}
                copyLabel={t("copyOembed")}
                text={output.oembed}
                lang={view.lang}
                testId="share-oembed"
              />
            ) : null}
            {output.downloads.length > 0 ? (
              <p className="share-downloads">
                <span className="control-label">{t("download")}</span>
                {output.downloads.map((d) => (
                  <a key={d.id} className="button" href={d.href} download data-testid={`download-${d.id}`}>
                    {d.day ? `${d.label} · ${formatDate(d.day, view.lang)}` : d.label}
                  </a>
                ))}
              </p>
            ) : null}
            {open ? <SharePreviews previews={output.previews} alt={alt} lang={view.lang} /> : null}
          </div>
        </div>
      </dialog>
    </div>
  );
}

/** The span an animation or deck covers: typed days (the one date control), or a comparison's fixed two dates. */
function DayRange({
  span,
  choice,
  today,
  lang,
  onChange,
}: {
  span: { a: string; b: string } | null;
  choice: ShareChoice;
  today: string;
  lang: ShareState["lang"];
  onChange: (patch: Partial<ShareChoice>) => void;
}) {
  const t = translator(lang);
  if (span)
    return (
      <p className="muted" data-testid="share-span">
        {t("shareSpan", { a: formatDate(span.a, lang), b: formatDate(span.b, lang) })}
      </p>
    );
  return (
    <div className="share-span">
      {(["from", "to"] as const).map((end) => (
        <label key={end}>
          {t(end === "from" ? "animationFrom" : "animationTo")}
          <DayInput
            value={choice[end]}
            min={end === "from" ? EARLIEST_DATE : choice.from}
            max={end === "from" ? choice.to : today}
            lang={lang}
            label={t(end === "from" ? "animationFrom" : "animationTo")}
            testId={`share-${end}`}
            onChange={(day) => onChange({ [end]: day })}
          />
        </label>
      ))}
    </div>
  );
}
