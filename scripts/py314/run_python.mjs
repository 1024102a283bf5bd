#!/usr/bin/env node
// Runs a Python script under CPython 3.14 (Pyodide, from this folder's node_modules):
//
//   node run_python.mjs SCRIPT [ARG...]
//
// The repository is mounted at its own path, so the script reads the real files named in its
// arguments; its output goes to stdout and stderr. Python runs in a worker thread with a large
// stack, as in ast_json.mjs. Nothing is fetched.

import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker, isMainThread, workerData } from "node:worker_threads";

const STACK_MB = 256;
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

if (isMainThread) {
  const worker = new Worker(new URL(import.meta.url), {
    workerData: process.argv.slice(2),
    resourceLimits: { stackSizeMb: STACK_MB },
  });
  worker.on("error", (error) => {
    process.stderr.write(`run_python.mjs: Pyodide died: ${String(error?.message ?? error)}\n`);
    process.exitCode = 1;
  });
  worker.on("exit", (code) => {
    if (code !== 0) process.exitCode = code;
  });
} else {
  const [script, ...args] = workerData;
  const { loadPyodide } = await import("pyodide");
  const pyodide = await loadPyodide({
    stdout: (line) => process.stdout.write(line + "\n"),
    stderr: (line) => process.stderr.write(line + "\n"),
  });
  pyodide.FS.mkdirTree(ROOT);
  pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root: ROOT }, ROOT);
  pyodide.globals.set("run_python_argv", pyodide.toPy([resolve(script), ...args]));
  pyodide.runPython(`
import runpy, sys
sys.argv = list(run_python_argv)
runpy.run_path(sys.argv[0], run_name="__main__")
`);
}
