# The hub's image: one image, every role (`--role graph|admin|jobs`, or HUB_ROLE).
# Multi-stage: the build stage compiles the hub (tsc -> dist/) and the admin
# (next build -> cms/.next) with every dependency; the final stage holds only
# production dependencies, the build output, and runs as the unprivileged
# `node` user. The database is always MONGODB_URI here (no embedded database).
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
RUN npm run build

FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM ${NODE_IMAGE}
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 HUB_PORT=4000 ADMIN_PORT=3000 JOBS_PORT=4100
WORKDIR /app
COPY --from=prod-deps --chown=root:root /app/node_modules ./node_modules
COPY --from=build --chown=root:root /app/dist ./dist
COPY --from=build --chown=root:root /app/cms/.next ./cms/.next
COPY --chown=root:root package.json tsconfig.json ./
COPY --chown=root:root cms/next.config.ts ./cms/next.config.ts
# The documented operations: the explorer's examples, when HUB_EXPLORER=on.
COPY --chown=root:root schema/operations ./schema/operations
# Uploads (media, attachments) go to DATA_DIR: mount a volume there, shared by admin processes.
RUN mkdir -p /data && chown node:node /data
ENV DATA_DIR=/data
USER node
EXPOSE 4000 3000 4100
# --conditions=production: lexical's plain build (see server/cli/run.mjs); the role comes from HUB_ROLE or --role.
# --max-semi-space-size=64: the graph's young generation (see server/cli/nodeFlags.mjs).
# --import: the tracing preload, which loads nothing unless OTEL_EXPORTER_OTLP_ENDPOINT is set (server/logging/tracing.ts).
ENTRYPOINT ["node", "--conditions=production", "--max-semi-space-size=64", "--import", "./dist/server/logging/tracing.js", "dist/server/cli/start.js"]
CMD ["--role", "all"]
