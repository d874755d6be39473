import type { Metadata } from "next";
import { headers } from "next/headers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Bamboo — Vietnam's partnership network", template: "%s · Bamboo" },
  description:
    "Explore Vietnam's diplomatic partnerships as a graph: tiers, dates of every upgrade, leaders involved, with sources.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const h = await headers();
  const lang = h.get("x-bamboo-lang") === "vi" ? "vi" : "en";
  return (
    <html lang={lang}>
      <body>{children}</body>
    </html>
  );
}
