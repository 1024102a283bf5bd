#!/usr/bin/env bash
# Renders a SARIF file in Microsoft's SARIF viewer (@microsoft/sarif-web-component, the React
# component behind Azure DevOps' scans tab) in headless Chromium, keeps a screenshot and the
# rendered page, and fails unless the page shows what gilscan writes for dashboards: the tool and
# its result count, every rule with results, markdown messages rendered (code spans as <code>),
# the enclosing function of a location (logicalLocations) and a region's source (snippet).
#
#   scripts/sarif-viewer.sh gilscan.sarif target/sarif-viewer
#
# writes target/sarif-viewer/viewer.png and viewer.html. The viewer and React come from npm
# (scripts/sarif-viewer/package-lock.json; the first run installs them with `npm ci`); Chromium
# is Debian's `chromium` package (vscode-bridge/e2e/run.sh installs it). The page is opened from
# a file: URL and Chromium resolves no host name, so nothing leaves the machine.
set -euo pipefail

if [[ $# -ne 2 ]]; then
    echo "usage: $0 FILE.sarif OUTPUT_FOLDER" >&2
    exit 2
fi
file=$1
out=$2
[[ -f $file ]] || { echo "$0: no such file: $file" >&2; exit 2; }

tool_dir="$(cd "$(dirname "$0")" && pwd)/sarif-viewer"
modules=$tool_dir/node_modules
if [[ ! -f $modules/@microsoft/sarif-web-component/dist/index.js ]]; then
    (cd "$tool_dir" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi
chromium=$(command -v chromium || command -v chromium-browser || true)
if [[ -z $chromium ]]; then
    echo "$0: needs Chromium: apt-get install chromium" >&2
    exit 2
fi

mkdir -p "$out"
out=$(cd "$out" && pwd)
page="$out/page"
rm -rf "$page"
mkdir -p "$page"
cp "$modules/react/umd/react.production.min.js" "$modules/react-dom/umd/react-dom.production.min.js" \
    "$page/"
cp "$modules/@microsoft/sarif-web-component/dist/index.js" "$page/sarif-web-component.js"
node -e 'const fs = require("fs");
    const log = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
    fs.writeFileSync(process.argv[2], "window.SARIF_LOG = " + JSON.stringify(log) + ";\n");' \
    "$file" "$page/log.js"
cat >"$page/index.html" <<'HTML'
<!DOCTYPE html>
<html>
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8">
<title>SARIF viewer</title>
</head>
<body>
<div id="viewer"></div>
<script src="react.production.min.js"></script>
<script src="react-dom.production.min.js"></script>
<script src="sarif-web-component.js"></script>
<script src="log.js"></script>
<script>
ReactDOM.render(React.createElement(Viewer, {logs: [SARIF_LOG]}),
    document.getElementById("viewer"));
</script>
</body>
</html>
HTML

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
browse() {
    timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --no-first-run \
        --disable-extensions --user-data-dir="$profile" --host-resolver-rules="MAP * ~NOTFOUND" \
        --window-size=1400,1000 --virtual-time-budget=10000 "$@" "file://$page/index.html" \
        2>>"$out/chromium.log"
}
: >"$out/chromium.log"
browse --screenshot="$out/viewer.png" >/dev/null
browse --dump-dom >"$out/viewer.html"
[[ -s $out/viewer.png ]] || { cat "$out/chromium.log" >&2; echo "$0: no screenshot" >&2; exit 1; }

node - "$file" "$out/viewer.html" <<'JS'
const fs = require("fs");
const [sarifFile, domFile] = process.argv.slice(2);
const run = JSON.parse(fs.readFileSync(sarifFile, "utf8")).runs[0];
const dom = fs.readFileSync(domFile, "utf8");
const results = run.results || [];
const rules = run.tool.driver.rules || [];
const missing = [];
const expect = (what, ok) => { if (!ok) missing.push(what); };
const html = s => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

expect(`the tool ${run.tool.driver.name} with ${results.length} results`,
    new RegExp(`>${run.tool.driver.name}<.*?>${results.length}<`).test(dom));
for (const id of new Set(results.map(r => r.ruleId))) {
    const rule = rules.find(r => r.id === id) || {};
    expect(`rule ${id}: ${rule.name}`, dom.includes(`>${id}</a>: ${rule.name}`));
}
expect("a markdown message with a code span", /class="swcMarkDown"><p>[^]*?<code>/.test(dom));
const names = results.flatMap(r => (r.locations || []).flatMap(l => l.logicalLocations || []))
    .map(l => l.fullyQualifiedName);
expect("the enclosing definition of a location",
    names.some(n => dom.includes(`<code>${html(n)}</code>`)));
const snippets = results.map(r => (((r.locations || [])[0] || {}).physicalLocation || {}).region)
    .filter(region => region && region.snippet).map(region => region.snippet.text.split("\n")[0]);
expect("the source of a region", snippets.some(s => dom.includes(html(s))));
if (missing.length) {
    console.log(`${sarifFile}: the SARIF viewer does not show: ${missing.join("; ")}`);
    process.exit(1);
}
console.log(`${sarifFile}: the SARIF viewer shows ${results.length} results of`
    + ` ${new Set(results.map(r => r.ruleId)).size} rules with their messages, functions and`
    + " source");
JS
