# syntax=docker/dockerfile:1
#
# MockLoop's image, in four stages:
#   source  – dependencies (npm ci) and the sources
#   migrate – one-shot: applies prisma/migrations, then exits (docker-compose's `migrate` service)
#   build   – `next build` with standalone output
#   runner  – the default target: the standalone server only, as a non-root user
#
# Why a separate `migrate` target instead of migrating in the runner: our migration
# runner (scripts/migrate.ts, docs/decisions/0001-migrations-offline.md) is TypeScript
# run by tsx, and the standalone output carries neither tsx nor the migration files.
# The `source` stage already has both, so the migrate target costs no extra build step,
# the app image stays small, and with several app replicas migrations still run once,
# before any of them starts (the runner also holds an advisory lock, so a second run waits).
#
# Node's major must match package.json "engines" (tests/platform/docker-compose.test.ts checks it).

FROM node:24-bookworm-slim AS base
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1

FROM base AS source
# `postinstall` runs scripts/prisma-generate.mjs, which needs the schema and
# prisma.config.ts, so they come in before `npm ci`.
COPY package.json package-lock.json prisma.config.ts ./
COPY scripts ./scripts
COPY prisma ./prisma
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY . .

FROM source AS migrate
ENV NODE_ENV=production
USER node
CMD ["node", "--import", "tsx", "scripts/migrate.ts"]

FROM source AS build
# `public/` is optional in a Next app; make sure it exists so the runner's COPY never fails. The build skips its own
# type check (decision 0040): tsc after it checks everything, the route types it wrote included.
RUN NEXT_OUTPUT=standalone npm run build && npm run typecheck && mkdir -p public

FROM base AS runner
# Docker sets HOSTNAME to the container id; the standalone server must listen on every interface.
ENV NODE_ENV=production PORT=3000 HOSTNAME=0.0.0.0
# The heap sizes `npm start` uses too (lib/platform/app-heap.ts): V8 would size it from the host's memory.
ENV NODE_OPTIONS="--max-old-space-size=192 --max-semi-space-size=8"
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build --chown=node:node /app/public ./public
# One app process per core on one port (decision 0015); Node 24 runs the .mts launcher as it is.
COPY --from=build --chown=node:node /app/scripts/serve-cluster.mts ./scripts/serve-cluster.mts
# …and the restart policy it shares with `npm start` (also plain TypeScript with node: imports only).
COPY --from=build --chown=node:node /app/lib/platform/supervise.mts ./lib/platform/supervise.mts
# …which preloads the /collab upgrade proxy into every app process (decision 0022).
COPY --from=build --chown=node:node /app/scripts/collab-proxy.mts ./scripts/collab-proxy.mts
USER node
EXPOSE 3000
CMD ["node", "scripts/serve-cluster.mts", "server.js"]
