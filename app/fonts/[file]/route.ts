import { cachedResponse } from "@/lib/http/caching";
import { webFontFile } from "@/lib/render/web-fonts";

/** The embed's drawing font (lib/render/web-fonts.ts); any other name is not found. */
export async function GET(
  request: Request,
  context: { params: Promise<{ file: string }> },
): Promise<Response> {
  const font = webFontFile((await context.params).file);
  if (!font) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain" } });
  return cachedResponse(request, font.etag, new Uint8Array(font.bytes), { "Content-Type": "font/woff2" });
}
