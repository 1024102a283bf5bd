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
//
// Python runs in a worker thread with a large stack: on Node's default stack a left-nested
// expression of ~1,600 terms already overflows the WebAssembly stack, which is fatal to
// Pyodide. If it still happens, the file gets an error object and a fresh worker goes on.

import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { Worker, isMainThread, parentPort } from "node:worker_threads";

const STACK_MB = 256;

// --- main thread: arguments, stdin, output --------------------------------------------------

async function main(args) {
  const python = new PythonWorker();
  try {
    if (args.length === 1 && args[0] === "--batch") {
      const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
      for await (const line of lines) {
        if (line) writeLine(line, await python.fileJson(line));
      }
    } else if (args.length === 1 && !args[0].startsWith("--")) {
      const json = await python.fileJson(args[0]);
      process.stdout.write(json + "\n");
      process.exitCode = json.startsWith('{"error":') ? 1 : 0;
    } else if (args.length > 1 && !args.some((arg) => arg.startsWith("--"))) {
      for (const path of args) writeLine(path, await python.fileJson(path));
    } else {
      process.stderr.write("usage: ast_json.mjs FILE... | --batch\n");
      process.exitCode = 2;
    }
  } finally {
    await python.close();
  }
}

function writeLine(path, json) {
  process.stdout.write(`${path}\t${json}\n`);
}

// One Pyodide in a worker thread, asked one file at a time; replaced if it dies.
class PythonWorker {
  #worker = null;
  #pending = null;

  fileJson(path) {
    this.#worker ??= this.#start();
    return new Promise((resolve) => {
      this.#pending = resolve;
      this.#worker.postMessage(path);
    });
  }

  async close() {
    await this.#worker?.terminate();
  }

  #start() {
    const worker = new Worker(new URL(import.meta.url), {
      resourceLimits: { stackSizeMb: STACK_MB },
    });
    worker.on("message", (json) => this.#answer(json));
    worker.on("error", (error) => {
      if (this.#worker === worker) this.#worker = null;
      worker.terminate();
      this.#answer(fatalErrorJson(error));
    });
    return worker;
  }

  #answer(json) {
    const resolve = this.#pending;
    this.#pending = null;
    resolve?.(json);
  }
}

// The error object for a file that killed Pyodide (in practice: the stack ran out).
function fatalErrorJson(error) {
  const message = String(error?.message ?? error);
  const type = /call stack size/i.test(message) ? "RecursionError" : "SystemError";
  return JSON.stringify({
    error: { type, lineno: null, offset: null, msg: `Pyodide fatal error: ${message}` },
  }).replace(/[^\x20-\x7e]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
}

// --- worker thread: Pyodide and the script --------------------------------------------------

async function serve() {
  const { loadPyodide } = await import("pyodide");
  // Python's own output would mix with ours on stdout; nothing is expected there anyway.
  const toStderr = (line) => process.stderr.write(line + "\n");
  const pyodide = await loadPyodide({ stdout: toStderr, stderr: toStderr });
  pyodide.FS.mkdirTree("/gilscan");
  pyodide.FS.writeFile(
    "/gilscan/cpython_ast_json.py",
    readFileSync(new URL("../cpython_ast_json.py", import.meta.url)),
  );
  const [sourceJson, readErrorJson] = pyodide.runPython(`
import errno, os, sys
sys.path.insert(0, "/gilscan")
import cpython_ast_json

def source_json(data, path):
    return cpython_ast_json.source_json(data.to_bytes(), path)[1]

def read_error_json(code, message, path):
    number = getattr(errno, code, None)  # the subclass (FileNotFoundError...) follows errno
    error = OSError(number, os.strerror(number), path) if number else OSError(message)
    return cpython_ast_json.error_json(error)

(source_json, read_error_json)
`).toJs();

  parentPort.on("message", (path) => {
    let data;
    try {
      data = readFileSync(path);
    } catch (error) {
      parentPort.postMessage(readErrorJson(String(error.code), String(error.message), path));
      return;
    }
    // A plain Uint8Array over the Buffer's bytes: Pyodide does not convert a Buffer.
    const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    parentPort.postMessage(sourceJson(bytes, path));
  });
}

// --- entry ------------------------------------------------------------------------------------

if (isMainThread) {
  await main(process.argv.slice(2));
} else {
  await serve();
}
