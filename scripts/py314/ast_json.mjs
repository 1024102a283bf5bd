#!/usr/bin/env node
// Runs scripts/cpython_ast_json.py under CPython 3.14 (Pyodide, from this folder's
// node_modules) and prints what that script prints under a native CPython.
//
//   node ast_json.mjs FILE           one line of JSON; exit 1 if FILE does not parse
//   node ast_json.mjs FILE FILE...   a `<path>\t<json>` line per file, exit 0
//   node ast_json.mjs --batch        paths on stdin, one a line; `<path>\t<json>` lines out
//
// Node reads each file from the real file system and hands its bytes to Python, so CPython
// still applies BOM and coding declarations. Nothing is fetched: the core and the standard
// library come from the package files.

import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { loadPyodide } from "pyodide";

const SCRIPT = new URL("../cpython_ast_json.py", import.meta.url);
const SCRIPT_DIR = "/gilscan";

// Python's own output would mix with ours on stdout; nothing is expected there anyway.
const toStderr = (line) => process.stderr.write(line + "\n");

async function startPython() {
  const pyodide = await loadPyodide({ stdout: toStderr, stderr: toStderr });
  pyodide.FS.mkdirTree(SCRIPT_DIR);
  pyodide.FS.writeFile(`${SCRIPT_DIR}/cpython_ast_json.py`, readFileSync(SCRIPT));
  return pyodide.runPython(`
import errno, os, sys
sys.path.insert(0, ${JSON.stringify(SCRIPT_DIR)})
import cpython_ast_json

def source_json(data, path):
    return cpython_ast_json.source_json(data.to_bytes(), path)[1]

def read_error_json(code, message, path):
    number = getattr(errno, code, None)  # the subclass (FileNotFoundError...) follows errno
    error = OSError(number, os.strerror(number), path) if number else OSError(message)
    return cpython_ast_json.error_json(error)

(source_json, read_error_json)
`).toJs();
}

const [sourceJson, readErrorJson] = await startPython();

function fileJson(path) {
  let data;
  try {
    data = readFileSync(path);
  } catch (error) {
    return readErrorJson(String(error.code), String(error.message), path);
  }
  // A plain Uint8Array over the Buffer's bytes: Pyodide does not convert Buffer itself.
  return sourceJson(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), path);
}

const isError = (json) => json.startsWith('{"error":');
const writeLine = (path, json) => process.stdout.write(`${path}\t${json}\n`);

const args = process.argv.slice(2);
if (args.length === 1 && args[0] === "--batch") {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const path = line.replace(/\r$/, "");
    if (path) writeLine(path, fileJson(path));
  }
} else if (args.length === 1 && !args[0].startsWith("--")) {
  const json = fileJson(args[0]);
  process.stdout.write(json + "\n");
  process.exitCode = isError(json) ? 1 : 0;
} else if (args.length > 1 && !args.some((arg) => arg.startsWith("--"))) {
  for (const path of args) writeLine(path, fileJson(path));
} else {
  process.stderr.write("usage: ast_json.mjs FILE... | --batch\n");
  process.exitCode = 2;
}
