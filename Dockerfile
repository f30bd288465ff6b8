# Multi-stage build of the platform (API + studio on one port). Non-root at run time.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# the Temporal case workflow bundled once here (webpack, a dependency of @temporalio/worker), from the
# compiled code the image ships: replicas start without bundling (TEMPORAL_WORKFLOW_BUNDLE below)
RUN npm run build && node dist/scripts/temporal/bundle-workflow.js dist/case-workflow.bundle.js && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=3000 DATA_DIR=/data DEMO=false \
    TEMPORAL_WORKFLOW_BUNDLE=/app/dist/case-workflow.bundle.js
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/studio/dist ./studio/dist
COPY --from=build /app/definitions ./definitions
COPY --from=build /app/package.json ./package.json
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
VOLUME ["/data"]
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:3000/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "--max-semi-space-size=64", "dist/server/main.js"]
