import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

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
  {
    rules: {
      // server/ must never reach the browser bundle; components talk to it through app/ only.
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/server/db/*", "../server/db/*"], message: "Database access belongs in server/ operations." },
          ],
        },
      ],
    },
  },
  { files: ["server/**", "app/**"], rules: { "no-restricted-imports": "off" } },
];

export default config;
