// The extension's settings, read from a configuration without importing `vscode`, so that the
// rules for reading them (trust, defaults, cleanup of bad values) are unit-tested in Node.

/** The Python versions the server accepts as `targetVersion`. */
export const TARGET_VERSIONS = [
  'py310',
  'py311',
  'py312',
  'py313',
  'py314',
  'py313t',
  'py314t',
] as const;

export type TargetVersion = (typeof TARGET_VERSIONS)[number];

/** The settings the extension reads, under `gilscan.`. */
export interface GilscanSettings {
  enable: boolean;
  /** Rule ids or prefixes to run; empty: those of `pyproject.toml`. */
  select: string[];
  ignore: string[];
  run: 'onSave' | 'onType';
  debounceMs: number;
  /** Undefined: the `pyproject.toml` one, else the server's default. */
  targetVersion: TargetVersion | undefined;
  /** Path to a java executable; undefined: look for one. */
  java: string | undefined;
  /** Path to a gilscan jar; undefined: the bundled one. */
  serverJar: string | undefined;
}

/** The settings a restricted (untrusted) workspace may not set: they name programs to run. */
export const RESTRICTED_SETTINGS = ['java', 'serverJar'] as const;

export type RestrictedSetting = (typeof RESTRICTED_SETTINGS)[number];

/** The shape of `WorkspaceConfiguration.inspect()`'s answer that is used here. */
export interface Inspection<T> {
  defaultValue?: T;
  globalValue?: T;
  workspaceValue?: T;
  workspaceFolderValue?: T;
}

/** The part of `vscode.WorkspaceConfiguration` (for the `gilscan` section) that is read. */
export interface ConfigurationReader {
  get<T>(key: string): T | undefined;
  inspect<T>(key: string): Inspection<T> | undefined;
}

/** A setting's value, and whether a workspace value was set aside because of trust. */
export interface Resolved<T> {
  value: T | undefined;
  /** The workspace (or workspace folder) value that was not used. */
  ignoredWorkspaceValue?: T;
}

/**
 * The value of a setting that names something to execute. In a trusted workspace it is the
 * usual one (workspace folder, else workspace, else user, else default); in an untrusted
 * workspace only the user (global) value or the default counts, so that opening a folder
 * cannot make the extension run a program of the folder's choosing.
 */
export function resolveRestricted<T>(
  inspection: Inspection<T> | undefined,
  trusted: boolean
): Resolved<T> {
  if (inspection === undefined) {
    return { value: undefined };
  }
  const userValue = inspection.globalValue ?? inspection.defaultValue;
  const workspaceValue = inspection.workspaceFolderValue ?? inspection.workspaceValue;
  if (trusted) {
    return { value: workspaceValue ?? userValue };
  }
  if (workspaceValue !== undefined && workspaceValue !== userValue) {
    return { value: userValue, ignoredWorkspaceValue: workspaceValue };
  }
  return { value: userValue };
}

/** The settings as the extension uses them, with the names of restricted ones set aside. */
export interface ReadSettings {
  settings: GilscanSettings;
  /** Restricted settings whose workspace value was ignored because the workspace is untrusted. */
  ignored: RestrictedSetting[];
}

/** Reads the `gilscan` settings; `trusted` is `vscode.workspace.isTrusted`. */
export function readSettings(config: ConfigurationReader, trusted: boolean): ReadSettings {
  const java = resolveRestricted<string>(config.inspect<string>('java'), trusted);
  const serverJar = resolveRestricted<string>(config.inspect<string>('serverJar'), trusted);
  const ignored: RestrictedSetting[] = [];
  if (nonEmpty(java.ignoredWorkspaceValue) !== undefined) {
    ignored.push('java');
  }
  if (nonEmpty(serverJar.ignoredWorkspaceValue) !== undefined) {
    ignored.push('serverJar');
  }
  const run = config.get<string>('run');
  const settings: GilscanSettings = {
    enable: config.get<boolean>('enable') !== false,
    select: ruleList(config.get<unknown>('select')),
    ignore: ruleList(config.get<unknown>('ignore')),
    run: run === 'onType' ? 'onType' : 'onSave',
    debounceMs: debounce(config.get<unknown>('debounceMs')),
    targetVersion: targetVersion(config.get<unknown>('targetVersion')),
    java: nonEmpty(java.value),
    serverJar: nonEmpty(serverJar.value),
  };
  return { settings, ignored };
}

/** The server's default quiet time before an analysis on change. */
export const DEFAULT_DEBOUNCE_MS = 300;

function ruleList(value: unknown): string[] {
  if (!Array.isArray(value)) {
    return [];
  }
  return value
    .filter((item): item is string => typeof item === 'string')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

function debounce(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    return DEFAULT_DEBOUNCE_MS;
  }
  return Math.round(value);
}

function targetVersion(value: unknown): TargetVersion | undefined {
  return TARGET_VERSIONS.find((version) => version === value);
}

function nonEmpty(value: string | undefined): string | undefined {
  if (typeof value !== 'string') {
    return undefined;
  }
  const trimmed = value.trim();
  return trimmed.length > 0 ? trimmed : undefined;
}
