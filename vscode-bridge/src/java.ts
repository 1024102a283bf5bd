// Finding a Java 17+ to run the server with, without importing `vscode`: the order in which
// executables are tried, and reading the version out of `java -version`.

import * as path from 'path';

/** The oldest Java the server runs on. */
export const MIN_JAVA_VERSION = 17;

/** Where users are sent to get a JDK when none fits. */
export const JAVA_DOWNLOAD_URL = 'https://adoptium.net/temurin/releases/?version=21';

/** A java executable to try, by its absolute path, and where that path came from. */
export interface JavaCandidate {
  path: string;
  source: 'setting' | 'JAVA_HOME' | 'PATH';
}

/** Whether a file exists and may be run; the file system is asked by the caller. */
export type IsExecutable = (file: string) => boolean;

/**
 * The java executables to try, in order: the `gilscan.java` setting alone when it is set (an
 * explicit choice is not second-guessed), else `$JAVA_HOME/bin/java`, then `java` on the PATH.
 *
 * Each is an absolute path, so that the `java -version` check and the server run the same
 * file whatever their working directory. A bare name (`java`, or a setting such as `java17`)
 * is looked up on the PATH here; one that is not found there, and a relative path, are passed
 * over with the reason, never handed to the operating system to resolve: Windows looks for a
 * bare name in the current directory first.
 */
export function javaCandidates(
  configured: string | undefined,
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform,
  isExecutable: IsExecutable
): Array<JavaCandidate | Rejection> {
  if (configured !== undefined && configured.trim() !== '') {
    return [locate(configured.trim(), 'setting', env, platform, isExecutable)];
  }
  const candidates: Array<JavaCandidate | Rejection> = [];
  const javaHome = envValue(env, 'JAVA_HOME', platform)?.trim();
  if (javaHome) {
    const executable = platform === 'win32' ? 'java.exe' : 'java';
    const inHome = pathsOf(platform).join(javaHome, 'bin', executable);
    candidates.push(locate(inHome, 'JAVA_HOME', env, platform, isExecutable));
  }
  candidates.push(locate('java', 'PATH', env, platform, isExecutable));
  return candidates;
}

/** `file` when it is absolute; a bare name looked up on the PATH; else why it is passed over. */
function locate(
  file: string,
  source: JavaCandidate['source'],
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform,
  isExecutable: IsExecutable
): JavaCandidate | Rejection {
  if (isFullPath(file, platform)) {
    return { path: file, source };
  }
  if (pathsOf(platform).basename(file) !== file) {
    return { candidate: { path: file, source }, reason: 'is not an absolute path' };
  }
  const found = findOnPath(file, env, platform, isExecutable);
  if (found === undefined) {
    const reason = source === 'PATH' ? 'was not found' : 'was not found on the PATH';
    return { candidate: { path: file, source }, reason };
  }
  return { path: found, source };
}

/** The extensions Windows starts without a shell; `.bat` and `.cmd` need `cmd.exe`. */
const RUNNABLE_EXTENSIONS = new Set(['.com', '.exe']);

/** PATHEXT when the variable is not set, as `cmd.exe` assumes. */
const DEFAULT_PATHEXT = '.COM;.EXE;.BAT;.CMD';

/**
 * The absolute path of the executable `name` in the first PATH folder that holds one, as a
 * shell would find it, or undefined. Only absolute folders are searched: an empty entry, or a
 * relative one such as `.` or `bin`, stands for a folder found from the current directory,
 * which may be the workspace. On Windows, PATH entries may be quoted, and a name without an
 * extension is tried with each PATHEXT extension in turn, keeping those Windows runs without a
 * shell (`.com`, `.exe`).
 */
export function findOnPath(
  name: string,
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform,
  isExecutable: IsExecutable
): string | undefined {
  const windows = platform === 'win32';
  const paths = pathsOf(platform);
  const names = windows ? withPathExt(name, envValue(env, 'PATHEXT', platform) ?? DEFAULT_PATHEXT) : [name];
  for (const entry of (envValue(env, 'PATH', platform) ?? '').split(paths.delimiter)) {
    const folder = windows ? entry.replace(/^"(.*)"$/, '$1') : entry;
    if (!isFullPath(folder, platform)) {
      continue;
    }
    for (const file of names.map((n) => paths.join(folder, n))) {
      if (isExecutable(file)) {
        return file;
      }
    }
  }
  return undefined;
}

/** The file names to look for on Windows: `name`, or `name` with each runnable PATHEXT extension. */
function withPathExt(name: string, pathExt: string): string[] {
  if (RUNNABLE_EXTENSIONS.has(path.win32.extname(name).toLowerCase())) {
    return [name];
  }
  return pathExt
    .split(';')
    .map((extension) => extension.trim().toLowerCase())
    .filter((extension) => RUNNABLE_EXTENSIONS.has(extension))
    .map((extension) => name + extension);
}

/**
 * Whether `file` names one file wherever it is used from: absolute, and on Windows with its
 * drive or server too (`\jdk` and `C:jdk` depend on the current drive or directory).
 */
export function isFullPath(file: string, platform: NodeJS.Platform): boolean {
  if (platform !== 'win32') {
    return path.posix.isAbsolute(file);
  }
  return /^[a-zA-Z]:[\\/]/.test(file) || /^[\\/]{2}[^\\/]/.test(file);
}

/** An environment variable; on Windows, whatever the case of its name (`Path`, `PATH`). */
function envValue(env: NodeJS.ProcessEnv, name: string, platform: NodeJS.Platform): string | undefined {
  if (platform !== 'win32') {
    return env[name];
  }
  const key = Object.keys(env).find((k) => k.toUpperCase() === name);
  return key === undefined ? undefined : env[key];
}

export function pathsOf(platform: NodeJS.Platform): path.PlatformPath {
  return platform === 'win32' ? path.win32 : path.posix;
}

/**
 * The major version in the output of `java -version` (8 for `"1.8.0_392"`, 17 for `"17.0.9"`,
 * 21 for `"21"` or `"21-ea"`), or undefined when there is none. Lines before the version line,
 * such as `Picked up JAVA_TOOL_OPTIONS: ...`, are skipped.
 */
export function parseJavaMajorVersion(output: string): number | undefined {
  const match = /\bversion\s+"([^"]+)"/.exec(output);
  if (match === null) {
    return undefined;
  }
  const version = match[1];
  const legacy = /^1\.(\d+)/.exec(version);
  if (legacy !== null) {
    return Number(legacy[1]);
  }
  const modern = /^(\d+)/.exec(version);
  return modern === null ? undefined : Number(modern[1]);
}

/** What running `<java> -version` gave: its combined output, or why it could not run. */
export type ProbeResult = { output: string } | { error: string };

/** Runs `<java> -version`. */
export type JavaProbe = (javaPath: string) => Promise<ProbeResult>;

/** One candidate tried, and why it was not used. */
export interface Rejection {
  candidate: JavaCandidate;
  reason: string;
}

export type JavaSearch =
  | { found: true; java: JavaCandidate; version: number; rejected: Rejection[] }
  | { found: false; rejected: Rejection[] };

/**
 * Tries the candidates in order and keeps the first that runs and is Java 17 or newer; those
 * `javaCandidates` passed over already are not run, and keep their reason.
 */
export async function findJava(candidates: Array<JavaCandidate | Rejection>, probe: JavaProbe): Promise<JavaSearch> {
  const rejected: Rejection[] = [];
  for (const candidate of candidates) {
    if ('reason' in candidate) {
      rejected.push(candidate);
      continue;
    }
    const result = await probe(candidate.path);
    if ('error' in result) {
      rejected.push({ candidate, reason: result.error });
      continue;
    }
    const version = parseJavaMajorVersion(result.output);
    if (version === undefined) {
      rejected.push({ candidate, reason: 'printed no version: ' + firstLine(result.output) });
    } else if (version < MIN_JAVA_VERSION) {
      rejected.push({ candidate, reason: `is Java ${version}` });
    } else {
      return { found: true, java: candidate, version, rejected };
    }
  }
  return { found: false, rejected };
}

/** The message shown when no Java 17+ was found, naming what was tried. */
export function noJavaMessage(rejected: Rejection[]): string {
  const tried = rejected
    .map(({ candidate, reason }) => `${candidate.path} (${describe(candidate)}) ${reason}`)
    .join('; ');
  return (
    `gilscan needs Java ${MIN_JAVA_VERSION} or newer to run its server, and found none` +
    (tried ? `: ${tried}.` : '.') +
    ' Install a JDK 17+ (such as Eclipse Temurin), then set `gilscan.java` to its java' +
    ' executable, or JAVA_HOME to its folder, or put its bin folder on the PATH.'
  );
}

function describe(candidate: JavaCandidate): string {
  switch (candidate.source) {
    case 'setting':
      return 'gilscan.java';
    case 'JAVA_HOME':
      return 'from JAVA_HOME';
    case 'PATH':
      return 'on the PATH';
  }
}

function firstLine(text: string): string {
  const line = text.trim().split(/\r?\n/, 1)[0] ?? '';
  return line.length > 0 ? line : '(nothing)';
}
