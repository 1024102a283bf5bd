"""Scans real projects and compares gilscan's findings with a reviewed list.

The reviewed list (bench/real-findings.tsv, data written by us: no fetched code) has one row per
finding a reviewer read: project, path, line, rule, verdict (true / false / debatable), scope
(prod / test) and a note. This script runs gilscan on each project folder below SCRATCH, then
prints per project the findings per rule and verdict, and the findings that appeared (not in the
list: read them and add them) or vanished (in the list, no longer reported).

Usage:
  python3 bench/real_projects.py SCRATCH [--jar cli/target/gilscan.jar] [--list FILE]

SCRATCH holds one folder per project, named as in the list's first column (gunicorn, celery,
yt-dlp, urllib3, tqdm), each unpacked at the commit the list names in its header comment.
Exit status: 0 when nothing appeared or vanished, 1 otherwise.
"""

import argparse
import collections
import csv
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def read_list(path):
    rows = {}
    with open(path, newline="") as f:
        for row in csv.reader((line for line in f if not line.startswith("#")), delimiter="\t"):
            if not row or row[0] == "project":
                continue
            project, file, line, rule, verdict, scope, note = row
            rows[(project, file, int(line), rule)] = (verdict, scope, note)
    return rows


def scan(jar, folder):
    out = subprocess.run(
        ["java", "-jar", jar, "check", "--output-format", "json", "--exit-zero", folder],
        capture_output=True, text=True, check=True).stdout
    found = []
    for f in json.loads(out):
        path = os.path.relpath(os.path.abspath(f["filename"]), os.path.abspath(folder))
        found.append((path.replace(os.sep, "/"), f["location"]["row"], f["code"], f["message"]))
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("scratch")
    parser.add_argument("--jar", default=os.path.join(HERE, "..", "cli", "target", "gilscan.jar"))
    parser.add_argument("--list", default=os.path.join(HERE, "real-findings.tsv"))
    args = parser.parse_args()
    reviewed = read_list(args.list)
    projects = sorted({key[0] for key in reviewed}
                      | {d for d in os.listdir(args.scratch)
                         if os.path.isdir(os.path.join(args.scratch, d))})
    changed = 0
    totals = collections.Counter()
    for project in projects:
        folder = os.path.join(args.scratch, project)
        if not os.path.isdir(folder):
            print(f"{project}: not unpacked below {args.scratch}")
            changed += 1
            continue
        found = scan(args.jar, folder)
        keys = {(project, path, line, rule) for path, line, rule, _ in found}
        tally = collections.Counter()
        for path, line, rule, message in found:
            verdict, scope, _ = reviewed.get((project, path, line, rule), ("unread", "?", ""))
            tally[(rule, scope, verdict)] += 1
            totals[(scope, verdict)] += 1
        print(f"== {project}: {len(found)} findings")
        for (rule, scope, verdict), n in sorted(tally.items()):
            print(f"   {rule} {scope:4} {verdict:9} {n}")
        for path, line, rule, message in found:
            if (project, path, line, rule) not in reviewed:
                changed += 1
                print(f"   appeared: {path}:{line} {rule} {message[:160]}")
        for key in sorted(reviewed):
            if key[0] == project and key not in keys:
                changed += 1
                print(f"   vanished: {key[1]}:{key[2]} {key[3]} ({reviewed[key][0]})")
    prod = {v: n for (s, v), n in totals.items() if s == "prod"}
    judged = sum(prod.values()) - prod.get("unread", 0)
    if judged:
        print(f"production precision: {prod.get('true', 0)}/{judged} true, "
              f"{prod.get('debatable', 0)} debatable, {prod.get('false', 0)} false")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
