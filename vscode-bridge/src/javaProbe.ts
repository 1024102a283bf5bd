// Runs `java -version` for the Java search, and asks the file system whether a file may be run
// (kept apart from java.ts, which is pure).

import { execFile } from 'child_process';
import * as fs from 'fs';
import type { ProbeResult } from './java';

/** How long `java -version` may take before the candidate is given up. */
const PROBE_TIMEOUT_MS = 15_000;

/**
 * Runs `<javaPath> -version` in `cwd`, the directory the server will run in, and returns what
 * it printed (Java prints it on stderr).
 */
export function probeJava(javaPath: string, cwd: string): Promise<ProbeResult> {
  return new Promise((resolve) => {
    execFile(
      javaPath,
      ['-version'],
      { cwd, timeout: PROBE_TIMEOUT_MS, windowsHide: true, shell: false },
      (error, stdout, stderr) => {
        if (error !== null) {
          const code = (error as NodeJS.ErrnoException).code;
          resolve({
            error:
              code === 'ENOENT'
                ? 'was not found'
                : code === 'EACCES'
                  ? 'is not executable'
                  : `did not run: ${error.message.split('\n', 1)[0]}`,
          });
          return;
        }
        resolve({ output: `${stderr}\n${stdout}` });
      }
    );
  });
}

/** Whether `file` is a regular file this process may execute (on Windows, any file). */
export function isExecutableFile(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
