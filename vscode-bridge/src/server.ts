// The server's command line and initialization options, built from the settings without
// importing `vscode`.

import type { Executable } from 'vscode-languageclient/node';
import { isFullPath, pathsOf } from './java';
import type { GilscanSettings } from './settings';

/** The server's command line, and the directory it runs in. */
export type ServerStart = Executable & { args: string[]; options: { cwd: string } };

/** Where the extension runs, as far as starting the server depends on it. */
export interface Site {
  /** The extension's own folder (`ExtensionContext.extensionPath`), absolute. */
  extensionPath: string;
  /** The first workspace folder, when one is open on disk (a `file:` URI); else undefined. */
  workspaceFolder: string | undefined;
  /** `vscode.workspace.isTrusted`. */
  trusted: boolean;
  platform: NodeJS.Platform;
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

/** The jar to run, by its absolute path, or why the `gilscan.serverJar` setting cannot be used. */
export type JarChoice = { jar: string; source: 'bundled' | 'setting' } | { problem: string };

/**
 * The jar to run: `server/gilscan.jar` of the extension, or the `gilscan.serverJar` setting
 * when set. An absolute setting is used as it is. A relative one is resolved against the first
 * workspace folder, as `${workspaceFolder}/<path>` would be, and only in a trusted workspace:
 * in a restricted one it would run a jar that the folder holds. A relative setting that cannot
 * be resolved is reported, not replaced by the bundled jar, as a wrong `gilscan.java` is; so is
 * one that depends on the current drive on Windows (`\jars\gilscan.jar`, `C:gilscan.jar`).
 * The result never depends on the directory the extension host or the server runs in.
 */
export function serverJar(settings: GilscanSettings, site: Site): JarChoice {
  const paths = pathsOf(site.platform);
  const setting = settings.serverJar;
  if (setting === undefined) {
    return { jar: paths.join(site.extensionPath, 'server', 'gilscan.jar'), source: 'bundled' };
  }
  if (isFullPath(setting, site.platform)) {
    return { jar: setting, source: 'setting' };
  }
  if (site.platform === 'win32' && (paths.isAbsolute(setting) || /^[a-zA-Z]:/.test(setting))) {
    return {
      problem:
        `gilscan.serverJar, ${setting}, depends on the current drive; set it to a full path,` +
        ' with its drive letter.',
    };
  }
  const relative = `gilscan.serverJar is the relative path ${setting}`;
  if (site.workspaceFolder === undefined) {
    return {
      problem: `${relative}, and no workspace folder is open to resolve it against. Set it to an absolute path.`,
    };
  }
  if (!site.trusted) {
    return {
      problem:
        `${relative}, which would be resolved against the workspace folder, and the workspace is` +
        ' not trusted: its folder may not choose the jar that runs. Set gilscan.serverJar to an' +
        ' absolute path, or trust the workspace.',
    };
  }
  return { jar: paths.join(site.workspaceFolder, setting), source: 'setting' };
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
