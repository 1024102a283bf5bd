// Runs `java -version` for the Java search (kept apart from java.ts, which is pure).

import { execFile } from 'child_process';
import type { ProbeResult } from './java';

/** How long `java -version` may take before the candidate is given up. */
const PROBE_TIMEOUT_MS = 15_000;

/** Runs `<javaPath> -version` and returns what it printed (Java prints it on stderr). */
export function probeJava(javaPath: string): Promise<ProbeResult> {
  return new Promise((resolve) => {
    execFile(
      javaPath,
      ['-version'],
      { timeout: PROBE_TIMEOUT_MS, windowsHide: true, shell: false },
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
