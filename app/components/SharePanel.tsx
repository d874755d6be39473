"use client";

import { useState, useSyncExternalStore } from "react";
import { embedCode } from "@/lib/views/embed-code";
import { FORMATS, viewStateToQuery, type ViewState } from "@/lib/schema/view-state";
import { translator } from "@/lib/i18n/messages";

const SIZES = [
  { label: "1200×800", width: 1200, height: 800 },
  { label: "1920×1080", width: 1920, height: 1080 },
  { label: "800×800", width: 800, height: 800 },
];

/** Copy link, iframe code (with the resize snippet), images at a chosen size, and data downloads. */
export function SharePanel({
  state,
  title,
  alt,
}: {
  state: Partial<ViewState> & Pick<ViewState, "lang">;
  title: string;
  alt: string;
}) {
  const t = translator(state.lang);
  const origin = useSyncExternalStore(
    () => () => {},
    () => window.location.origin,
    () => "",
  );
  const [size, setSize] = useState(0);
  const [scale, setScale] = useState(2);
  const [copied, setCopied] = useState(false);
  const chosen = SIZES[size] ?? SIZES[0]!;
  const link = `${origin}/${viewStateToQuery(state)}`;
  const code = embedCode(origin, state, { width: 800, height: 620, title, alt }).html;
  const imageQuery = (extra: Partial<ViewState>) =>
    viewStateToQuery({ ...state, ...extra }, ["asOf", "tiers", "layout", "lang", "width", "height", "scale"]);
  return (
    <details className="share" data-testid="share-panel">
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
      <label>
        {t("embedCode")}
        <textarea
          readOnly
          rows={5}
          value={code}
          data-testid="embed-code"
          onFocus={(e) => e.currentTarget.select()}
        />
      </label>
      <fieldset>
        <legend>{t("images")}</legend>
        <label>
          {t("size")}{" "}
          <select value={size} onChange={(e) => setSize(Number(e.target.value))}>
            {SIZES.map((s, i) => (
              <option key={s.label} value={i}>
                {s.label}
              </option>
            ))}
          </select>
        </label>{" "}
        <label>
          PNG ×{" "}
          <select value={scale} onChange={(e) => setScale(Number(e.target.value))}>
            {[1, 2, 3, 4].map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <p>
          <a
            href={`/api/graph.svg${imageQuery({ width: chosen.width, height: chosen.height })}`}
            download
            data-testid="download-svg"
          >
            SVG
          </a>{" "}
          ·{" "}
          <a
            href={`/api/graph.png${imageQuery({ width: chosen.width, height: chosen.height, scale })}`}
            download
            data-testid="download-png"
          >
            PNG
          </a>
        </p>
      </fieldset>
      <p>
        {t("dataDownloads")}:{" "}
        {FORMATS.map((format, i) => (
          <span key={format}>
            {i > 0 ? " · " : ""}
            <a
              href={`/api/graph${viewStateToQuery({ ...state, format }, ["asOf", "tiers", "lang", "format"])}`}
              download
            >
              {format.toUpperCase()}
            </a>
          </span>
        ))}
      </p>
    </details>
  );
}
