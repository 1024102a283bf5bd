// The server's command line and initialization options, built from the settings without
// importing `vscode`.

import type { GilscanSettings } from './settings';

/** How the server process is started. */
export interface ServerCommand {
  command: string;
  args: string[];
}

/** `<java> -jar <jar> server`: the gilscan language server over stdio. */
export function serverCommand(java: string, jar: string): ServerCommand {
  return { command: java, args: ['-jar', jar, 'server'] };
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
