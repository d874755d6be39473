"use client";

import { useEffect, useRef, useState } from "react";
import { formatDate, translator } from "@/lib/i18n/messages";
import type { Lang } from "@/lib/schema/view-state";
import type { SharePreview } from "@/lib/views/share-links";

/**
 * What is shared, at the size a reader will see it: the embed in a frame as wide as its code asks (taking the
 * height it reports, as the host page's snippet does), a picture at its own pixel size, scrolled rather than shrunk.
 */
export function SharePreviews({
  previews,
  alt,
  lang,
}: {
  previews: SharePreview[];
  alt: (day: string) => string;
  lang: Lang;
}) {
  const t = translator(lang);
  const frame = useRef<HTMLIFrameElement>(null);
  const [reported, setReported] = useState<{ src: string; height: number } | null>(null);
  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      const height: unknown = (e.data as Record<string, unknown> | null)?.["bamboo-height"];
      const current = frame.current;
      if (typeof height === "number" && current && e.source === current.contentWindow)
        setReported({ src: current.getAttribute("src") ?? "", height });
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, []);
  if (previews.length === 0) return null;
  return (
    <div className="share-previews" data-testid="share-preview" role="group" aria-label={t("preview")}>
      {previews.map((p) => (
        <figure key={p.src} className="share-preview">
          <figcaption className="muted">
            {p.day ? `${formatDate(p.day, lang)} · ` : ""}
            {t("previewSize", { width: p.width, height: p.height })}
          </figcaption>
          <div className="share-preview-box">
            {p.as === "iframe" ? (
              <iframe
                ref={frame}
                src={p.src}
                title={t("preview")}
                width={p.width}
                height={reported?.src === p.src ? reported.height : p.height}
                style={{ maxWidth: p.width }}
              />
            ) : (
              // eslint-disable-next-line @next/next/no-img-element -- the preview is the very URL an author will use
              <img src={p.src} alt={alt(p.day ?? "")} width={p.width} height={p.height} />
            )}
          </div>
        </figure>
      ))}
    </div>
  );
}
