import type { Metadata } from "next";
// The one typeface: the pictures are drawn in Noto Sans (lib/render/font-files.ts), so the pages and the canvas
// are too, from one file per weight that shapes a Vietnamese name as the pictures do (lib/render/web-fonts.ts).
import "@/fonts/noto-sans.css";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Bamboo — Vietnam's partnership network", template: "%s · Bamboo" },
  description:
    "Explore Vietnam's diplomatic partnerships as a graph: tiers, dates of every upgrade, leaders involved, with sources.",
};

/**
 * Static on purpose: reading request headers here would make every page per-request. `lang` and the theme
 * come from each page's view state (see DocumentAttributes); `/` gets them in its HTML from app/route.ts.
 */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
