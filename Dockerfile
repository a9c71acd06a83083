# Praxis: one image serving the API and the web app from a single Node process.
# Build: docker build -t praxis .   Run: see docker-compose.yml and the README.

ARG NODE_VERSION=22
FROM node:${NODE_VERSION}-bookworm-slim AS base
ENV PNPM_HOME=/pnpm PATH=/pnpm:$PATH
RUN npm install --global pnpm@10.34.9
WORKDIR /app

# Manifests first, so dependency layers are reused while only source changes.
FROM base AS manifests
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY packages/db/package.json packages/db/
COPY packages/contracts/package.json packages/contracts/

# The web app and the server, built with every dependency: the server is compiled to
# JavaScript (apps/api/dist, the workspace packages bundled in), so it starts without tsx.
FROM manifests AS build
RUN pnpm install --frozen-lockfile
COPY tsconfig.base.json ./
COPY packages packages
COPY apps/web apps/web
COPY apps/api apps/api
RUN pnpm build

# Only what the server needs at run time.
FROM manifests AS production-deps
RUN pnpm install --frozen-lockfile --prod

FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/data \
    WEB_DIST=/app/apps/web/dist
WORKDIR /app
COPY --from=production-deps /app ./
# The compiled server finds the SQL migrations through the @praxis/db package, read at start.
COPY packages/db/migrations packages/db/migrations
COPY --from=build /app/apps/api/dist apps/api/dist
COPY --from=build /app/apps/web/dist apps/web/dist
# The embedded database (used only without DATABASE_URL) lives in /data.
RUN mkdir /data && chown node:node /data
USER node
WORKDIR /app/apps/api
EXPOSE 3000 2525
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# The embedded database's backup in this image: node dist/backup.mjs <file> (see the README).
CMD ["node", "--enable-source-maps", "dist/server.mjs"]
