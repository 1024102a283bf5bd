// The server's command line and initialization options, built from the settings without
// importing `vscode`.

import type { Executable } from 'vscode-languageclient/node';
import type { GilscanSettings } from './settings';

/** The server's command line, and the directory it runs in. */
export type ServerStart = Executable & { args: string[]; options: { cwd: string } };

/** Where the extension runs, as far as starting the server depends on it. */
export interface Site {
  /** The extension's own folder (`ExtensionContext.extensionPath`), absolute. */
  extensionPath: string;
  /** The first workspace folder, when one is open on disk (a `file:` URI); else undefined. */
  workspaceFolder: string | undefined;
}

/**
 * The directory the server, and the `java -version` check before it, run in: the extension's
 * own folder, never the workspace folder. Without a `cwd`, vscode-languageclient starts the
 * server in the workspace folder, where Windows looks for a program named without a path and
 * for the DLLs a program loads, so a `java.exe` or a DLL at the root of an untrusted folder
 * would run.
 */
export function serverDirectory(site: Site): string {
  return site.extensionPath;
}

/**
 * How the server process is started: `<java> -jar <jar> server`, the gilscan language server
 * over stdio, with `java` an absolute path (from `javaCandidates`), in `serverDirectory`.
 * No `transport` key: with one, the client would add a `--stdio` argument the server does not take.
 */
export function serverOptions(java: string, jar: string, site: Site): ServerStart {
  return { command: java, args: ['-jar', jar, 'server'], options: { cwd: serverDirectory(site) } };
}

/** The jar to run: the `gilscan.serverJar` setting when set, else the one bundled. */
export function serverJar(settings: GilscanSettings, bundledJar: string): string {
  return settings.serverJar ?? bundledJar;
}

/**
 * The server's initialization options (see `ServerOptions` in the `lsp` module): keys that
 * would only restate `pyproject.toml` (an empty `select`, `targetVersion` "auto") are left out.
 */
export interface InitializationOptions {
  runOnChange: boolean;
  debounceMs: number;
  select?: string[];
  ignore: string[];
  targetVersion?: string;
}

export function initializationOptions(settings: GilscanSettings): InitializationOptions {
  const options: InitializationOptions = {
    runOnChange: settings.run === 'onType',
    debounceMs: settings.debounceMs,
    ignore: [...settings.ignore],
  };
  if (settings.select.length > 0) {
    options.select = [...settings.select];
  }
  if (settings.targetVersion !== undefined) {
    options.targetVersion = settings.targetVersion;
  }
  return options;
}

/** The settings whose change needs a new server (all but `gilscan.trace.server`). */
export const RESTART_SETTINGS = [
  'enable',
  'select',
  'ignore',
  'run',
  'debounceMs',
  'targetVersion',
  'java',
  'serverJar',
] as const;
