#!/usr/bin/env bash
# Release gate for every published package (packages/*, not private). Needs a built
# workspace (`pnpm run build`). Run by .ci/run; locally: bash .ci/check-packages.sh
#   1. manifests: metadata, peers, publishConfig (scripts/package-manifests.mjs)
#   2. changeset status against main, and a publish dry run of the whole workspace
#   3. each package packed (pnpm pack: workspace: ranges and publishConfig applied), then
#      publint --strict and @arethetypeswrong/cli on the tarball
#   4. the tarballs installed with plain npm into a fresh project outside the workspace:
#      a consumer .ts type-checked under nodenext (.mts and .cts), bundler and node10,
#      without and then with @types/node; a charge against the sandbox over HTTP as ESM
#      and as CJS, and instanceof across the /testing and main entries, on this Node (20)
#      and on Node 22 and 24
#      (store-sqlite.*: the SQLite store from its tarball, on node:sqlite)
#   5. the tarballs installed with pnpm, strictly (no auto-installed peers), and a charge
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PNPM_VERSION=10.34.8
# One npx resolution, then pnpm's own binary (npx per call costs seconds on a busy machine).
PNPM_BIN_DIR="$(npx -y -p "pnpm@${PNPM_VERSION}" -c 'echo "${PATH%%:*}"')"
pnpm() { "$PNPM_BIN_DIR/pnpm" "$@"; }
START=$SECONDS
phase() { printf -- '--- %s (%ss)\n' "$1" "$((SECONDS - START))"; }
BIN="$ROOT/node_modules/.bin"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

PACKAGES=()
for manifest in packages/*/package.json; do
  if node -e 'process.exit(require(process.argv[1]).private ? 1 : 0)' "./$manifest"; then
    PACKAGES+=("$(dirname "$manifest")")
  fi
done

phase "manifests (${#PACKAGES[@]} published packages)"
node scripts/package-manifests.mjs

phase "changeset status against main"
# Every package changed since main needs a changeset (on main itself nothing has changed).
# A clone may only know main as origin/main.
since=main
git rev-parse --verify --quiet main >/dev/null || since=origin/main
"$BIN/changeset" status --since="$since"

phase "publish dry run (what changeset publish would do)"
pnpm publish -r --dry-run --no-git-checks --report-summary >"$WORK/publish.log" 2>&1 || {
  cat "$WORK/publish.log"
  exit 1
}
rm -f pnpm-publish-summary.json

phase "pack"
mkdir "$WORK/tarballs"
for dir in "${PACKAGES[@]}"; do
  (cd "$dir" && pnpm pack --pack-destination "$WORK/tarballs" >/dev/null) &
done
wait
TARBALLS=("$WORK"/tarballs/*.tgz)
# Installed into the consumers: every tarball except @paymux/medusa, whose required peer is a
# whole framework the consumer app already has (@medusajs/framework, hundreds of MB); it is
# packed, linted and attw-checked here and proven by its own check (check-require.sh).
# @paymux/store-sqlite is installed without compiling better-sqlite3 (--ignore-scripts: no
# prebuilt binary without GitHub access, and the compile costs ~60 s of CPU, 4.5 min on a
# loaded machine); store-sqlite.* runs it on its node:sqlite fallback on Node 22 and 24.
CONSUMED=()
for tarball in "${TARBALLS[@]}"; do
  case "$(basename "$tarball")" in
    paymux-medusa-*) ;;
    *) CONSUMED+=("$tarball") ;;
  esac
done

phase "publint --strict and attw"
lint_tarball() {
  local tarball="$1" log="$WORK/lint-$(basename "$1").log"
  {
    "$BIN/publint" run --strict "$tarball" &&
      # Profile "strict": node10, node16 (CJS and ESM) and bundler must all resolve to
      # matching types. No rule is ignored.
      "$BIN/attw" --no-emoji --no-color --format table-flipped "$tarball"
  } >"$log" 2>&1 || {
    cat "$log"
    return 1
  }
  echo "publint --strict and attw: $(basename "$tarball") clean"
}
pids=()
for tarball in "${TARBALLS[@]}"; do
  lint_tarball "$tarball" &
  pids+=($!)
done
for pid in "${pids[@]}"; do wait "$pid"; done

phase "npm install of the tarballs into a fresh project"
APP="$WORK/npm-app"
mkdir "$APP"
cp .ci/consumer/* "$APP/"
(
  cd "$APP"
  npm init -y >/dev/null
  # --ignore-scripts: better-sqlite3 (a dependency of the sandbox and of @paymux/store-sqlite)
  # is not compiled; the sandbox runs on its memory store, the SQLite store on node:sqlite.
  npm install --ignore-scripts --no-audit --no-fund --loglevel=error "${CONSUMED[@]}" inversify@^8 reflect-metadata@^0.2 >/dev/null
)
[[ ! -d "$APP/node_modules/ky" ]] || { echo "ky is bundled; it must not be installed" >&2; exit 1; }

# Without @types/node the platform's fetch types (AbortSignal, Request, Response) come from
# the DOM lib, TypeScript's default; with @types/node, the ES lib alone (a Node server setup).
typecheck() { # $1 = label, $2 = types ([] or ["node"]), $3 = module options, $4 = files
  local label="$1" types="$2" options="$3" files="$4" lib='["ES2023", "DOM"]'
  [[ "$types" == '[]' ]] || lib='["ES2023"]'
  cat >"$APP/tsconfig.$label.json" <<JSON
{ "compilerOptions": { "strict": true, "noEmit": true, "skipLibCheck": false, "target": "ES2022",
    "lib": $lib, "types": $types, $options }, "files": $files }
JSON
  (cd "$APP" && node "$ROOT/node_modules/typescript/bin/tsc" -p "tsconfig.$label.json") || {
    echo "consumer type check failed: $label" >&2
    exit 1
  }
}
for name in consumer consumer-inversify; do
  cp "$APP/$name.ts" "$APP/$name.mts"
  cp "$APP/$name.ts" "$APP/$name.cts"
done
for types in '[]' '["node"]'; do
  if [[ "$types" == '["node"]' ]]; then
    phase "install @types/node"
    (cd "$APP" && npm install --ignore-scripts --no-audit --no-fund --loglevel=error @types/node@^20.19 >/dev/null)
  fi
  tag=$([[ "$types" == '[]' ]] && echo plain || echo node)
  phase "tsc with types: $types — nodenext, bundler, node10"
  typecheck "nodenext-$tag" "$types" '"module": "NodeNext", "moduleResolution": "NodeNext"' \
    '["consumer.mts", "consumer.cts", "consumer-inversify.mts", "consumer-inversify.cts"]'
  typecheck "bundler-$tag" "$types" '"module": "ESNext", "moduleResolution": "Bundler"' \
    '["consumer.ts", "consumer-inversify.ts"]'
  typecheck "node10-$tag" "$types" \
    '"module": "CommonJS", "moduleResolution": "Node10", "esModuleInterop": true' '["consumer.ts"]'
done

# charge.*: a charge against the sandbox over HTTP (plain and through inversify); entries.*:
# the /testing entries share the main entries' classes (instanceof holds across entries).
# store-sqlite.*: the SQLite store on node:sqlite (skipped on Node 20: no addon, no node:sqlite).
CONSUMER_RUN="node charge.mjs --inversify && node charge.cjs --inversify && node entries.mjs \
  && node entries.cjs && node store-sqlite.mjs && node store-sqlite.cjs"
phase "a charge against the sandbox and instanceof across entries, ESM and CJS, on node $(node --version)"
(cd "$APP" && bash -c "$CONSUMER_RUN")
phase "the same on Node 22 and Node 24, side by side"
on_node() { # $1 = major version
  local log="$WORK/node$1.log"
  if (cd "$APP" && npx -y -p "node@$1" -c "$CONSUMER_RUN") >"$log" 2>&1; then
    cat "$log"
  else
    cat "$log"
    echo "consumer failed on Node $1" >&2
    return 1
  fi
}
on_node 22 &
node22=$!
on_node 24 &
node24=$!
wait "$node22"
wait "$node24"

phase "strict pnpm install of the tarballs (no auto-installed peers)"
STRICT="$WORK/pnpm-app"
mkdir "$STRICT"
cp .ci/consumer/charge.* "$STRICT/"
node - "$STRICT" "${CONSUMED[@]}" <<'JS'
const { writeFileSync } = require('node:fs');
const [dir, ...tarballs] = process.argv.slice(2);
const specs = {};
for (const file of tarballs) {
  const name = `@paymux/${file.split('/').pop().replace(/^paymux-/, '').replace(/-\d+\.\d+\.\d+.*\.tgz$/, '')}`;
  specs[name] = `file:${file}`;
}
// overrides: a tarball's dependency on a sibling resolves to the sibling's tarball, not npm.
writeFileSync(`${dir}/package.json`, JSON.stringify({
  name: 'strict-consumer', private: true, dependencies: specs, pnpm: { overrides: specs },
}, null, 2));
writeFileSync(`${dir}/.npmrc`, 'auto-install-peers=false\nstrict-peer-dependencies=true\n');
JS
(cd "$STRICT" && pnpm install --reporter=silent && node charge.mjs && node charge.cjs)

phase "done: ${#PACKAGES[@]} packages"
