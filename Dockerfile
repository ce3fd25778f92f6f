# syntax=docker/dockerfile:1
# The bot's image: built with dev dependencies, run from dist/ with production dependencies only,
# as the non-root `node` user under tini (Node is not PID 1: signals reach it and zombies are
# reaped), with /data as the volume for the SQLite store and chart files. No secret is in any layer:
# configuration comes from the environment at `docker run` (or compose's env_file).
# scripts/image-rehearsal.sh reproduces these steps without Docker (.ci/run runs it).
ARG NODE_VERSION=24.22.3

FROM node:${NODE_VERSION}-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY commands ./commands
COPY scripts/prune-dist.mjs ./scripts/
RUN npm run build

FROM node:${NODE_VERSION}-slim AS deps
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
# Production dependencies only; better-sqlite3 and @napi-rs/canvas bring prebuilt binaries, and
# dejavu-fonts-ttf the chart fonts (src/charts/fonts.ts registers them from node_modules).
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM node:${NODE_VERSION}-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /data \
 && chown node:node /data
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY data/snapshot ./data/snapshot
ENV NODE_ENV=production \
    PORT=8080 \
    DB_PATH=/data/liquidity.sqlite \
    OUT_DIR=/data/out \
    ENV_FILE=
USER node
VOLUME ["/data"]
EXPOSE 8080
# Node's own fetch asks /healthz: the slim image needs no HTTP client installed for it.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/healthz',{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "dist/src/main.js"]
