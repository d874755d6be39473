import Link from "next/link";
import { headers } from "next/headers";
import { MESSAGES } from "@/lib/i18n/messages";

export default async function NotFound() {
  const m = MESSAGES[(await headers()).get("x-bamboo-lang") === "vi" ? "vi" : "en"];
  return (
    <main className="page">
      <h1>{m.notFound}</h1>
      <p>
        {m.notFoundText} <Link href="/">{m.backToExplorer}</Link>
      </p>
    </main>
  );
}
