import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findJava, javaCandidates } from '../java';
import { initializationOptions, serverDirectory, serverJar, serverOptions, type Site } from '../server';
import type { GilscanSettings } from '../settings';

const defaults: GilscanSettings = {
  enable: true,
  select: [],
  ignore: [],
  run: 'onSave',
  debounceMs: 300,
  targetVersion: undefined,
  java: undefined,
  serverJar: undefined,
};

const site: Site = { extensionPath: '/ext', workspaceFolder: '/home/me/project' };

describe('serverOptions', () => {
  it('runs the server subcommand of the jar, in the extension folder', () => {
    assert.deepEqual(serverOptions('/opt/jdk/bin/java', '/ext/server/gilscan.jar', site), {
      command: '/opt/jdk/bin/java',
      args: ['-jar', '/ext/server/gilscan.jar', 'server'],
      options: { cwd: '/ext' },
    });
  });

  it('keeps paths with spaces as one argument', () => {
    const windows: Site = { extensionPath: 'C:\\My Ext', workspaceFolder: 'C:\\My Project' };
    assert.deepEqual(serverOptions('C:\\Program Files\\Java\\bin\\java.exe', 'C:\\My Ext\\gilscan.jar', windows).args, [
      '-jar',
      'C:\\My Ext\\gilscan.jar',
      'server',
    ]);
  });

  // A workspace holding a java.exe at its root, opened untrusted on Windows: the server is the
  // java of the PATH, by its absolute path, started in the extension's folder.
  it('starts the java of the PATH by its absolute path, outside the workspace', async () => {
    const windows: Site = {
      extensionPath: 'C:\\Users\\me\\.vscode\\extensions\\gilscan.gilscan-0.1.0',
      workspaceFolder: 'C:\\Users\\me\\untrusted',
    };
    const files = [`${windows.workspaceFolder}\\java.exe`, 'C:\\jdk-21\\bin\\java.exe'];
    const env = { Path: `;.;C:\\jdk-21\\bin`, PATHEXT: '.COM;.EXE;.BAT;.CMD' };
    const probed: string[] = [];
    const search = await findJava(
      javaCandidates(undefined, env, 'win32', (file) => files.includes(file)),
      async (java) => {
        probed.push(java);
        return { output: 'openjdk version "21.0.5" 2024-10-15' };
      }
    );
    assert.ok(search.found);
    const server = serverOptions(search.java.path, `${windows.extensionPath}\\server\\gilscan.jar`, windows);
    assert.deepEqual(probed, ['C:\\jdk-21\\bin\\java.exe']);
    assert.equal(server.command, 'C:\\jdk-21\\bin\\java.exe');
    assert.equal(server.options.cwd, windows.extensionPath);
  });
});

describe('serverDirectory', () => {
  it('is the extension folder, not the workspace folder', () => {
    assert.equal(serverDirectory(site), '/ext');
  });
});

describe('serverJar', () => {
  it('uses the bundled jar unless gilscan.serverJar is set', () => {
    assert.equal(serverJar(defaults, '/ext/server/gilscan.jar'), '/ext/server/gilscan.jar');
    assert.equal(serverJar({ ...defaults, serverJar: '/src/cli/target/gilscan.jar' }, '/ext/server/gilscan.jar'),
      '/src/cli/target/gilscan.jar');
  });
});

describe('initializationOptions', () => {
  it('leaves select and targetVersion to pyproject.toml by default', () => {
    assert.deepEqual(initializationOptions(defaults), { runOnChange: false, debounceMs: 300, ignore: [] });
  });

  it('passes the settings under the keys ServerOptions reads', () => {
    assert.deepEqual(
      initializationOptions({
        ...defaults,
        select: ['GIL2'],
        ignore: ['GIL202'],
        run: 'onType',
        debounceMs: 150,
        targetVersion: 'py312',
      }),
      { runOnChange: true, debounceMs: 150, select: ['GIL2'], ignore: ['GIL202'], targetVersion: 'py312' }
    );
  });

  it('copies the lists, so later changes to the settings do not leak in', () => {
    const settings = { ...defaults, select: ['GIL1'], ignore: ['GIL3'] };
    const options = initializationOptions(settings);
    settings.select.push('GIL2');
    settings.ignore.push('GIL4');
    assert.deepEqual(options.select, ['GIL1']);
    assert.deepEqual(options.ignore, ['GIL3']);
  });
});
