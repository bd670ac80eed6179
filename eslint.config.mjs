import nextVitals from "eslint-config-next/core-web-vitals";
import tseslint from "typescript-eslint";

const dbImport = {
  group: [
    "@/lib/db",
    "**/lib/db",
    "../lib/db",
    "../../lib/db",
    "@/lib/generated/*",
    "**/lib/generated/*",
    "@prisma/client",
    "pg",
  ],
  message: "Only lib/ talks to the database: call a lib/<domain> function instead (docs/ARCHITECTURE.md).",
};

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      "lib/generated/**",
      "node_modules/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  ...nextVitals,
  {
    files: ["**/*.ts", "**/*.tsx"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      "@typescript-eslint/require-await": "off",
    },
  },
  {
    // Only lib/ (and the scripts/tests that set up databases) may import the database client.
    files: ["app/**", "components/**", "proxy.ts", "instrumentation.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [dbImport] }] },
  },
  {
    // A form without a method submits as a GET before hydration: its fields (names, bios, feedback)
    // land in the URL, browser history and server logs. Say method="post", or give it a server action.
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXOpeningElement[name.name='form']:not(:has(JSXAttribute[name.name=/^(method|action)$/]))",
          message: 'Give every <form> method="post" (or a server action): see docs/decisions/0018.',
        },
      ],
    },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
