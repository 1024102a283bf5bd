// Finding a Java 17+ to run the server with, without importing `vscode`: the order in which
// executables are tried, and reading the version out of `java -version`.

import * as path from 'path';

/** The oldest Java the server runs on. */
export const MIN_JAVA_VERSION = 17;

/** Where users are sent to get a JDK when none fits. */
export const JAVA_DOWNLOAD_URL = 'https://adoptium.net/temurin/releases/?version=21';

/** A java executable to try, and where its path came from. */
export interface JavaCandidate {
  path: string;
  source: 'setting' | 'JAVA_HOME' | 'PATH';
}

/**
 * The java executables to try, in order: the `gilscan.java` setting alone when it is set (an
 * explicit choice is not second-guessed), else `$JAVA_HOME/bin/java`, then `java` on the PATH.
 */
export function javaCandidates(
  configured: string | undefined,
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform
): JavaCandidate[] {
  if (configured !== undefined && configured.trim() !== '') {
    return [{ path: configured.trim(), source: 'setting' }];
  }
  const executable = platform === 'win32' ? 'java.exe' : 'java';
  const candidates: JavaCandidate[] = [];
  const javaHome = env.JAVA_HOME?.trim();
  if (javaHome) {
    const join = platform === 'win32' ? path.win32.join : path.posix.join;
    candidates.push({ path: join(javaHome, 'bin', executable), source: 'JAVA_HOME' });
  }
  candidates.push({ path: executable, source: 'PATH' });
  return candidates;
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

/** Tries the candidates in order and keeps the first that runs and is Java 17 or newer. */
export async function findJava(candidates: JavaCandidate[], probe: JavaProbe): Promise<JavaSearch> {
  const rejected: Rejection[] = [];
  for (const candidate of candidates) {
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
