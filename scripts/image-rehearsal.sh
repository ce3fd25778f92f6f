#!/usr/bin/env bash
# The Docker image's steps by hand, for machines without Docker (this one; CI runs it from .ci/run):
# a clean folder laid out as the image's /app (production dependencies from the lockfile only, the
# built dist/, package.json, data/snapshot), the entry point started as the image starts it (its
# ENV, a data folder of its own, cwd /app), then the Dockerfile's own HEALTHCHECK command against
# it, one answer with a chart (fonts and native modules present without dev dependencies), and a
# SIGTERM that must end in exit 0. What it cannot show: tini, the non-root user, the slim base
# image's libraries, and the layers themselves (see the README's Deploy section).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/use-node24.sh >/dev/null
ROOT=$PWD
WORK=$(mktemp -d "${TMPDIR:-/tmp}/image-rehearsal.XXXXXX")
APP=$WORK/app
DATA=$WORK/data
PID=
cleanup() {
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then kill -KILL "$PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
step() { printf '== %s\n' "$*"; }

step "build (the image's build stage)"
npm run build >/dev/null

step "production dependencies in a clean folder (the deps stage: npm ci --omit=dev)"
mkdir -p "$APP" "$DATA"
cp package.json package-lock.json .npmrc "$APP/"
(cd "$APP" && npm ci --omit=dev --no-audit --no-fund)
for dev in typescript vitest tsx; do
  if [ -e "$APP/node_modules/$dev" ]; then echo "dev dependency $dev is in the production folder" >&2; exit 1; fi
done

step "the runtime stage's files"
cp -r dist "$APP/dist"
mkdir -p "$APP/data"
cp -r data/snapshot "$APP/data/snapshot"

# The image's ENV (Dockerfile), with a free port and this run's data folder instead of /data.
PORT=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
IMAGE_ENV=(PATH="$PATH" HOME="$WORK" NODE_ENV=production PORT="$PORT" DB_PATH="$DATA/liquidity.sqlite" OUT_DIR="$DATA/out" ENV_FILE= DATA_MODE=snapshot)

step "one answer with its chart, from the production folder"
(cd "$APP" && env -i "${IMAGE_ENV[@]}" node dist/src/adapters/cli/ask.js /sofr range:1y >"$WORK/ask.txt" 2>/dev/null)
PNG=$(ls "$DATA"/out/*.png | head -1)
node -e "const b=require('fs').readFileSync(process.argv[1]); if(b.length<20000||b.readUInt32BE(0)!==0x89504e47) {console.error('not a chart PNG: '+b.length+' bytes'); process.exit(1)}" "$PNG"
echo "chart $(basename "$PNG"): $(stat -c %s "$PNG") bytes"

step "the entry point as the image starts it (CMD node dist/src/main.js)"
(cd "$APP" && exec env -i "${IMAGE_ENV[@]}" node dist/src/main.js >"$WORK/log.txt" 2>&1) &
PID=$!

step "the Dockerfile's HEALTHCHECK command"
HEALTHCHECK_JS=$(node -e "
const f=require('fs').readFileSync('$ROOT/Dockerfile','utf8').replace(/\\\\\n/g,' ');
const m=/HEALTHCHECK[^\n]*?CMD (\[[^\n]*\])/.exec(f); if(!m) process.exit(1);
const cmd=JSON.parse(m[1]); if(cmd[0]!=='node'||cmd[1]!=='-e') process.exit(1); console.log(cmd[2]);")
ok=
for _ in $(seq 1 100); do
  if (cd "$APP" && PORT="$PORT" node -e "$HEALTHCHECK_JS"); then ok=1; break; fi
  sleep 0.2
done
if [ -z "$ok" ]; then echo "health check failed"; cat "$WORK/log.txt"; exit 1; fi
echo "healthy on port $PORT"
node -e "fetch('http://127.0.0.1:$PORT/readyz').then(async r=>{const j=await r.json(); console.log('readyz', r.status, JSON.stringify(j.sources.map(s=>s.series+' '+s.newest))); process.exit(r.ok?0:1)})"

step "SIGTERM: exit 0"
kill -TERM "$PID"
set +e
wait "$PID"
code=$?
set -e
PID=
if [ "$code" -ne 0 ]; then echo "exit code $code"; cat "$WORK/log.txt"; exit 1; fi
if grep -q 'liquidity>' "$WORK/log.txt"; then echo "the terminal prompt opened"; exit 1; fi
echo "exit 0; image rehearsal passed"
