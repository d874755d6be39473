"use client";

import { useState, useSyncExternalStore } from "react";
import { translator } from "@/lib/i18n/messages";
import { PRESETS, type Preset } from "@/lib/schema/presets";
import { MAX_CAPTION_LENGTH, viewStateToQuery, type ViewState } from "@/lib/schema/view-state";
import { SHARE_KINDS, shareOutput, type ShareChoice, type ShareKind } from "@/lib/views/share-links";

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

/** Copy link; then pick what to share (embed, picture, animation, data), its shape and words, see it, copy or download. */
export function SharePanel({
  state: view,
  release,
  title,
  alt,
}: {
  state: Partial<ViewState> & Pick<ViewState, "lang" | "asOf">;
  /** The release the view shows; links may pin it (`v`) or follow the latest. */
  release: string;
  title: string;
  alt: string;
}) {
  const t = translator(view.lang);
  const [pinned, setPinned] = useState(Boolean(view.v));
  const pinnable = /^\d{4}\.\d{2}\.\d{2}/.test(release);
  const state = { ...view, v: pinned && pinnable ? release : null };
  const origin = useSyncExternalStore(
    () => () => {},
    () => window.location.origin,
    () => "",
  );
  const [copied, setCopied] = useState(false);
  // The preview (a whole embed, or a GIF to render) loads only once the panel is opened.
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState<ShareChoice>({
    kind: "embed",
    preset: null,
    title: "",
    subtitle: "",
    scale: 2,
    from: ANIMATION_FROM,
    to: state.asOf,
  });
  const update = (patch: Partial<ShareChoice>) => setChoice((c) => ({ ...c, ...patch }));
  const output = shareOutput(origin, state, { ...choice, to: choice.to || state.asOf }, { title, alt });
  const link = `${origin}/${viewStateToQuery(state)}`;
  return (
    <details className="share" data-testid="share-panel" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t("share")}</summary>
      <p>
        <button
          type="button"
          onClick={() => {
            void navigator.clipboard?.writeText(link).then(() => setCopied(true));
          }}
        >
          {t("copyLink")}
        </button>{" "}
        <span role="status">{copied ? t("copied") : ""}</span>
      </p>
      {pinnable ? (
        <fieldset data-testid="share-release">
          <legend>{t("shareRelease")}</legend>
          <label>
            <input type="radio" name="share-release" checked={!pinned} onChange={() => setPinned(false)} />{" "}
            {t("shareLatest")}
          </label>
          <label>
            <input type="radio" name="share-release" checked={pinned} onChange={() => setPinned(true)} />{" "}
            {t("shareThisRelease", { version: release })}
          </label>
        </fieldset>
      ) : null}
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
          {choice.kind !== "lesson" ? (
            <label>
              {t("preset")}{" "}
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
            {t("authorTitle")}{" "}
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
              {t("authorSubtitle")}{" "}
              <input
                type="text"
                maxLength={MAX_CAPTION_LENGTH}
                value={choice.subtitle}
                onChange={(e) => update({ subtitle: e.target.value })}
              />
            </label>
          ) : null}
          {choice.kind === "picture" ? (
            <label>
              PNG ×{" "}
              <select value={choice.scale} onChange={(e) => update({ scale: Number(e.target.value) })}>
                {[1, 2, 3, 4].map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {choice.kind === "animation" || choice.kind === "lesson" ? (
            <>
              <label>
                {t("animationFrom")}{" "}
                <input type="date" value={choice.from} onChange={(e) => update({ from: e.target.value })} />
              </label>{" "}
              <label>
                {t("animationTo")}{" "}
                <input type="date" value={choice.to} onChange={(e) => update({ to: e.target.value })} />
              </label>
            </>
          ) : null}
        </fieldset>
      ) : null}
      {open && output.preview ? (
        <figure className="share-preview" data-testid="share-preview" aria-label={t("preview")}>
          {output.preview.as === "iframe" ? (
            <iframe src={output.preview.src} title={t("preview")} width={output.preview.width} height={300} />
          ) : (
            // eslint-disable-next-line @next/next/no-img-element -- the preview is the very URL an author will use
            <img
              src={output.preview.src}
              alt={alt}
              width={output.preview.width}
              height={output.preview.height}
            />
          )}
        </figure>
      ) : null}
      {output.code ? (
        <label>
          {choice.kind === "embed" ? t("embedCode") : t("pictureCode")}
          <textarea
            readOnly
            rows={5}
            value={output.code}
            data-testid="embed-code"
            onFocus={(e) => e.currentTarget.select()}
          />
        </label>
      ) : null}
      {output.downloads.length > 0 ? (
        <p>
          {t("download")}:{" "}
          {output.downloads.map((d, i) => (
            <span key={d.id}>
              {i > 0 ? " · " : ""}
              <a href={d.href} download data-testid={`download-${d.id}`}>
                {d.label}
              </a>
            </span>
          ))}
        </p>
      ) : null}
    </details>
  );
}
