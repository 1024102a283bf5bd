#!/usr/bin/env bash
# Validates a SARIF file the way GitHub code scanning reads it, with Microsoft's SARIF Multitool
# 5.7.0: the SARIF rules, the GitHub Advanced Security rules, and GH1001-GH1007 (off by default)
# turned on as errors. Prints every error and exits 1 if there is any; warnings are counted only.
#
#   scripts/sarif-validate.sh gilscan.sarif
#
# The tool comes from npm (scripts/sarif-multitool/package-lock.json); the first run installs it
# with `npm ci`. It is a self-contained binary: no .NET needed. Needs node and npm.
set -euo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 FILE.sarif" >&2
    exit 2
fi
file=$1
if [[ ! -f $file ]]; then
    echo "$0: no such file: $file" >&2
    exit 2
fi

tool_dir="$(cd "$(dirname "$0")" && pwd)/sarif-multitool"
case "$(uname -s)" in
    Linux) platform=linux ;;
    Darwin) platform=darwin ;;
    *) echo "$0: no SARIF Multitool package for $(uname -s)" >&2; exit 2 ;;
esac
multitool="$tool_dir/node_modules/@microsoft/sarif-multitool-$platform/Sarif.Multitool"
if [[ ! -f $multitool ]]; then
    (cd "$tool_dir" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi
# npm may skip the package's postinstall script, which only makes the binary executable.
[[ -x $multitool ]] || chmod u+x "$multitool"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The rules GH1001-GH1007 check what GitHub rejects or cannot show (a result without a region,
# absolute file URIs, message ids without text, ...); the exported configuration has them at
# "Default", which does not run them.
"$multitool" export-validation-config "$work/config.xml" >"$work/export.log" 2>&1 \
    || { cat "$work/export.log" >&2; exit 2; }
sed -i.orig -E '/<Properties Key="GH100[1-7]\./,/<\/Properties>/ s/Key="RuleEnabled" Value="Default"/Key="RuleEnabled" Value="Error"/' \
    "$work/config.xml"
enabled=$(grep -c 'Key="RuleEnabled" Value="Error"' "$work/config.xml" || true)
if [[ $enabled -ne 7 ]]; then
    echo "$0: expected to turn on 7 GitHub rules in the Multitool's configuration, turned on $enabled" >&2
    exit 2
fi

# Call the binary itself: the npx wrapper runs it through a shell, which splits "Sarif;Ghas".
# Its exit code is 0 even when it finds errors, so the verdict comes from its output file.
"$multitool" validate "$file" --config "$work/config.xml" --rule-kind "Sarif;Ghas" \
    --output "$work/validation.sarif" --log ForceOverwrite >"$work/validate.log" 2>&1 || true
if [[ ! -s $work/validation.sarif ]]; then
    cat "$work/validate.log" >&2
    echo "$0: the SARIF Multitool wrote no output" >&2
    exit 2
fi

node - "$work/validation.sarif" "$file" <<'JS'
const fs = require("fs");
const [output, checked] = process.argv.slice(2);
const log = JSON.parse(fs.readFileSync(output, "utf8"));
let errors = 0;
let warnings = 0;
for (const run of log.runs || []) {
    const rules = (run.tool && run.tool.driver && run.tool.driver.rules) || [];
    for (const result of run.results || []) {
        const rule = rules[result.ruleIndex] || rules.find(r => r.id === result.ruleId) || {};
        const level = result.level || (rule.defaultConfiguration || {}).level || "warning";
        if (level === "warning") {
            warnings++;
        }
        if (level !== "error") {
            continue;
        }
        errors++;
        const region = (((result.locations || [])[0] || {}).physicalLocation || {}).region || {};
        const where = region.startLine ? `(${region.startLine},${region.startColumn || 1})` : "";
        console.log(`${checked}${where}: error ${result.ruleId}: ${text(result.message, rule)}`);
    }
    for (const invocation of run.invocations || []) {
        const notifications = (invocation.toolExecutionNotifications || [])
            .concat(invocation.toolConfigurationNotifications || []);
        for (const n of notifications) {
            if (n.level === "error") {
                errors++;
                console.log(`${checked}: error in the SARIF Multitool: ${n.message.text}`);
            }
        }
    }
}
console.log(`${checked}: ${errors} error(s), ${warnings} warning(s) from SARIF Multitool 5.7.0`
    + " (SARIF and GitHub rules)");
process.exit(errors > 0 ? 1 : 0);

// A result message: its text, or the rule's message string filled with the arguments.
function text(message, rule) {
    if (message.text) {
        return message.text;
    }
    const template = ((rule.messageStrings || {})[message.id] || {}).text || message.id;
    return template.replace(/\{(\d+)\}/g, (_, i) => (message.arguments || [])[i] ?? "");
}
JS
