import type { Metadata } from "next";
import { headers } from "next/headers";
import { publicOrigin } from "@/lib/http/public-origin";
import { isEmbeddablePath } from "@/lib/http/oembed";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Bamboo — Vietnam's partnership network", template: "%s · Bamboo" },
  description:
    "Explore Vietnam's diplomatic partnerships as a graph: tiers, dates of every upgrade, leaders involved, with sources.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const h = await headers();
  const lang = h.get("x-bamboo-lang") === "vi" ? "vi" : "en";
  const theme = h.get("x-bamboo-theme");
  const here = h.get("x-bamboo-url") ?? "/";
  const origin = publicOrigin(h);
  const pathname = here.split("?")[0] ?? "/";
  return (
    <html lang={lang} data-theme={theme === "light" || theme === "dark" ? theme : undefined}>
      <head>
        {/* oEmbed discovery, only where oEmbed answers: a CMS turns a pasted link into the embed. */}
        {isEmbeddablePath(pathname) && (
          <link
            rel="alternate"
            type="application/json+oembed"
            href={`${origin}/api/oembed?format=json&url=${encodeURIComponent(`${origin}${here}`)}`}
            title="Bamboo"
          />
        )}
      </head>
      <body>{children}</body>
    </html>
  );
}
