# Bamboo as one stateless container: the standalone server Next.js writes, run as an unprivileged user.
# Scale by running copies behind a cache (deploy/nginx/bamboo.conf), never by sharing state: the dataset is
# read-only and built into the image.
#
# Run it supervised, so that an instance that dies (a crash, an out-of-memory kill) is started again:
#   docker build -t bamboo .
#   docker run -d --name bamboo-1 --restart unless-stopped --init -p 3001:3000 \
#     -e BAMBOO_SITE_URL=https://bamboo.example.org bamboo
# (a second copy as bamboo-2 on 3002, both named in deploy/nginx/bamboo.conf). The server is the
# container's only process, so when it exits the container stops and `--restart` starts it again;
# `--init` passes signals on and reaps children (the render workers are threads, not processes).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
# `npm run build` validates the dataset first, then writes .next/standalone.
RUN npm run build

FROM node:20-bookworm-slim AS run
WORKDIR /app
ENV NODE_ENV=production \
    PORT=3000 \
    HOSTNAME=0.0.0.0 \
    KEEP_ALIVE_TIMEOUT=65000 \
    NEXT_TELEMETRY_DISABLED=1
# BAMBOO_SITE_URL (e.g. https://bamboo.example) is the public address absolute URLs use: set it at run time.
# scripts/postbuild.ts has put .next/static, public/ and the preloaded request guard beside server.js.
COPY --from=build --chown=node:node /app/.next/standalone ./
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/robots.txt').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "--import", "./server-guard.mjs", "server.js"]
