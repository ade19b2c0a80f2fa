import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const databaseAccess = {
  group: ["@/server/db/*", "../server/db/*"],
  message: "Database access belongs in server/ operations.",
};

// lib/ is pure and isomorphic, components/ run in the browser: neither reaches into server/.
// What both sides share (API request and answer types, schemas, error codes) lives in lib/api/.
const serverCode = {
  regex: "^(@/|(\\.\\.?/)+)server(/|$)",
  message: "components/ and lib/ do not import server/: put what they share in lib/ (API types: lib/api/).",
};

const config = [
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "server/db/generated/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  ...nextVitals,
  ...nextTypescript,
  { rules: { "no-restricted-imports": ["error", { patterns: [databaseAccess] }] } },
  {
    files: ["components/**", "lib/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [databaseAccess, serverCode] }] },
  },
  // Tests may build their fixtures with server code (test support, the demo drafts).
  {
    files: ["components/**/*.test.ts", "lib/**/*.test.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [databaseAccess] }] },
  },
  { files: ["server/**", "app/**"], rules: { "no-restricted-imports": "off" } },
];

export default config;
