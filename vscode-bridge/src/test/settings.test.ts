import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type ConfigurationReader, type Inspection, readSettings, resolveRestricted } from '../settings';

/** A configuration with values per scope, answering `get` the way VS Code does. */
function configuration(scopes: Record<string, Inspection<unknown>>): ConfigurationReader {
  return {
    get<T>(key: string): T | undefined {
      const s = scopes[key];
      if (s === undefined) {
        return undefined;
      }
      return (s.workspaceFolderValue ?? s.workspaceValue ?? s.globalValue ?? s.defaultValue) as T;
    },
    inspect<T>(key: string): Inspection<T> | undefined {
      return (scopes[key] ?? { defaultValue: undefined }) as Inspection<T>;
    },
  };
}

describe('resolveRestricted', () => {
  const all: Inspection<string> = {
    defaultValue: '',
    globalValue: '/usr/lib/jvm/21/bin/java',
    workspaceValue: './evil/java',
    workspaceFolderValue: './folder/java',
  };

  it('uses the workspace folder value, then the workspace one, in a trusted workspace', () => {
    assert.deepEqual(resolveRestricted(all, true), { value: './folder/java' });
    assert.deepEqual(resolveRestricted({ ...all, workspaceFolderValue: undefined }, true), {
      value: './evil/java',
    });
  });

  it('uses only the user value in an untrusted workspace, and says what it ignored', () => {
    assert.deepEqual(resolveRestricted(all, false), {
      value: '/usr/lib/jvm/21/bin/java',
      ignoredWorkspaceValue: './folder/java',
    });
    assert.deepEqual(resolveRestricted({ ...all, workspaceFolderValue: undefined }, false), {
      value: '/usr/lib/jvm/21/bin/java',
      ignoredWorkspaceValue: './evil/java',
    });
  });

  it('falls back to the default, not the workspace, in an untrusted workspace', () => {
    assert.deepEqual(resolveRestricted({ defaultValue: '', workspaceValue: './evil/java' }, false), {
      value: '',
      ignoredWorkspaceValue: './evil/java',
    });
  });

  it('reports nothing ignored when the workspace value equals the user one', () => {
    assert.deepEqual(resolveRestricted({ globalValue: '/j', workspaceValue: '/j' }, false), { value: '/j' });
  });

  it('uses the user value in any workspace when the workspace sets nothing', () => {
    const user: Inspection<string> = { defaultValue: '', globalValue: '/opt/java' };
    assert.deepEqual(resolveRestricted(user, true), { value: '/opt/java' });
    assert.deepEqual(resolveRestricted(user, false), { value: '/opt/java' });
  });

  it('gives undefined for an unknown setting', () => {
    assert.deepEqual(resolveRestricted(undefined, false), { value: undefined });
  });
});

describe('readSettings', () => {
  const defaults: Record<string, Inspection<unknown>> = {
    enable: { defaultValue: true },
    select: { defaultValue: [] },
    ignore: { defaultValue: [] },
    run: { defaultValue: 'onSave' },
    debounceMs: { defaultValue: 300 },
    targetVersion: { defaultValue: 'auto' },
    java: { defaultValue: '' },
    serverJar: { defaultValue: '' },
  };

  it('reads the defaults', () => {
    assert.deepEqual(readSettings(configuration(defaults), true), {
      settings: {
        enable: true,
        select: [],
        ignore: [],
        run: 'onSave',
        debounceMs: 300,
        targetVersion: undefined,
        java: undefined,
        serverJar: undefined,
      },
      ignored: [],
    });
  });

  it('reads set values', () => {
    const { settings } = readSettings(
      configuration({
        ...defaults,
        enable: { defaultValue: true, workspaceValue: false },
        select: { defaultValue: [], globalValue: ['GIL2', ' GIL101 '] },
        ignore: { defaultValue: [], workspaceValue: ['GIL202'] },
        run: { defaultValue: 'onSave', globalValue: 'onType' },
        debounceMs: { defaultValue: 300, globalValue: 120 },
        targetVersion: { defaultValue: 'auto', workspaceValue: 'py313t' },
        java: { defaultValue: '', globalValue: '/opt/jdk-21/bin/java' },
        serverJar: { defaultValue: '', workspaceValue: '/src/gilscan/cli/target/gilscan.jar' },
      }),
      true
    );
    assert.deepEqual(settings, {
      enable: false,
      select: ['GIL2', 'GIL101'],
      ignore: ['GIL202'],
      run: 'onType',
      debounceMs: 120,
      targetVersion: 'py313t',
      java: '/opt/jdk-21/bin/java',
      serverJar: '/src/gilscan/cli/target/gilscan.jar',
    });
  });

  it('ignores the workspace java and jar of an untrusted workspace, and names them', () => {
    const scopes = {
      ...defaults,
      java: { defaultValue: '', globalValue: '/opt/jdk-21/bin/java', workspaceValue: './bin/java' },
      serverJar: { defaultValue: '', workspaceFolderValue: './payload.jar' },
      // Not restricted: a workspace may still choose its rules.
      ignore: { defaultValue: [], workspaceValue: ['GIL202'] },
    };
    assert.deepEqual(readSettings(configuration(scopes), false), {
      settings: {
        enable: true,
        select: [],
        ignore: ['GIL202'],
        run: 'onSave',
        debounceMs: 300,
        targetVersion: undefined,
        java: '/opt/jdk-21/bin/java',
        serverJar: undefined,
      },
      ignored: ['java', 'serverJar'],
    });
    const trusted = readSettings(configuration(scopes), true);
    assert.equal(trusted.settings.java, './bin/java');
    assert.equal(trusted.settings.serverJar, './payload.jar');
    assert.deepEqual(trusted.ignored, []);
  });

  it('does not report a blank workspace value as ignored', () => {
    const scopes = { ...defaults, java: { defaultValue: '', workspaceValue: '   ' } };
    assert.deepEqual(readSettings(configuration(scopes), false).ignored, []);
  });

  it('replaces values of the wrong type or range with the defaults', () => {
    const { settings } = readSettings(
      configuration({
        ...defaults,
        select: { defaultValue: [], globalValue: 'GIL2' },
        ignore: { defaultValue: [], globalValue: ['GIL202', 7, '', null] },
        run: { defaultValue: 'onSave', globalValue: 'always' },
        debounceMs: { defaultValue: 300, globalValue: -5 },
        targetVersion: { defaultValue: 'auto', globalValue: 'py39' },
        java: { defaultValue: '', globalValue: '  ' },
      }),
      true
    );
    assert.deepEqual(settings.select, []);
    assert.deepEqual(settings.ignore, ['GIL202']);
    assert.equal(settings.run, 'onSave');
    assert.equal(settings.debounceMs, 300);
    assert.equal(settings.targetVersion, undefined);
    assert.equal(settings.java, undefined);
  });
});
