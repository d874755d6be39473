import type { NextConfig } from "next";
import { BASE_SECURITY_HEADERS, STATIC_CSP } from "./lib/http/security";
import { CACHE_CONTROL } from "./lib/http/cache-control";

const staticHeaders = [
  ...Object.entries(BASE_SECURITY_HEADERS).map(([key, value]) => ({ key, value })),
  { key: "Content-Security-Policy", value: STATIC_CSP },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // A self-contained server in .next/standalone: what the Dockerfile ships and scripts/stack.ts runs twice.
  output: "standalone",
  reactStrictMode: true,
  // The resvg binding is a native module: load it from node_modules at run time, never bundle it.
  // pptxgenjs (the lesson deck) is CommonJS that reaches for Node's modules at run time: load it as it is.
  serverExternalPackages: ["@resvg/resvg-js", "pptxgenjs"],
  outputFileTracingIncludes: {
    // Read or started at run time by path (lib/dataset, lib/render/font-files.ts, the render pool's worker
    // and the GIF encoder it imports), so the tracer cannot see them.
    "/**": [
      "./data/**/*.json",
      "./data/releases/*.json.gz",
      "./node_modules/@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf",
      "./node_modules/@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf",
      "./lib/render/render-worker.mjs",
      "./lib/render/gif-encoder.mjs",
      "./node_modules/gifenc/package.json",
      "./node_modules/gifenc/dist/gifenc.js",
      // The web font the embed links (lib/render/web-fonts.ts).
      "./fonts/noto-sans-{400,700}.woff2",
    ],
  },
  async headers() {
    // Assets the proxy does not see still carry the security headers.
    return [
      { source: "/_next/static/:path*", headers: staticHeaders },
      { source: "/favicon.ico", headers: staticHeaders },
      { source: "/fonts/:path*", headers: staticHeaders },
      // Files in public/ change only with a deployment: shared caches may keep them like any other answer.
      {
        source: "/:file(screenshot\\.png|snapshot-example\\.png)",
        headers: [{ key: "Cache-Control", value: CACHE_CONTROL }],
      },
    ];
  },
};

export default nextConfig;
