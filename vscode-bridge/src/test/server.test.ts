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

const site: Site = { extensionPath: '/ext', workspaceFolder: '/home/me/project', trusted: true, platform: 'linux' };

describe('serverOptions', () => {
  it('runs the server subcommand of the jar, in the extension folder', () => {
    assert.deepEqual(serverOptions('/opt/jdk/bin/java', '/ext/server/gilscan.jar', site), {
      command: '/opt/jdk/bin/java',
      args: ['-jar', '/ext/server/gilscan.jar', 'server'],
      options: { cwd: '/ext' },
    });
  });

  it('keeps paths with spaces as one argument', () => {
    const windows: Site = { extensionPath: 'C:\\My Ext', workspaceFolder: 'C:\\My Project', trusted: true, platform: 'win32' };
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
      trusted: false,
      platform: 'win32',
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
  const untrusted: Site = { ...site, trusted: false };
  const windows: Site = {
    extensionPath: 'C:\\Users\\me\\.vscode\\extensions\\gilscan.gilscan-0.1.0',
    workspaceFolder: 'C:\\src\\gilscan',
    trusted: true,
    platform: 'win32',
  };
  const jarSetTo = (serverJar: string) => ({ ...defaults, serverJar });

  it('uses the jar bundled in the extension unless gilscan.serverJar is set', () => {
    assert.deepEqual(serverJar(defaults, site), { jar: '/ext/server/gilscan.jar', source: 'bundled' });
    assert.deepEqual(serverJar(defaults, windows), {
      jar: 'C:\\Users\\me\\.vscode\\extensions\\gilscan.gilscan-0.1.0\\server\\gilscan.jar',
      source: 'bundled',
    });
  });

  it('uses an absolute gilscan.serverJar as it is, trusted or not', () => {
    for (const at of [site, untrusted, { ...site, workspaceFolder: undefined }]) {
      assert.deepEqual(serverJar(jarSetTo('/src/cli/target/gilscan.jar'), at), {
        jar: '/src/cli/target/gilscan.jar',
        source: 'setting',
      });
    }
    for (const jar of ['C:\\src\\gilscan\\cli\\target\\gilscan.jar', 'D:/jars/gilscan.jar', '\\\\server\\share\\gilscan.jar']) {
      assert.deepEqual(serverJar(jarSetTo(jar), { ...windows, trusted: false }), { jar, source: 'setting' });
    }
  });

  // The server runs in the extension's folder and the extension host in yet another one: a
  // relative path handed on as it is would be checked in one and run from the other.
  it('resolves a relative gilscan.serverJar against the workspace folder of a trusted workspace', () => {
    assert.deepEqual(serverJar(jarSetTo('cli/target/gilscan.jar'), site), {
      jar: '/home/me/project/cli/target/gilscan.jar',
      source: 'setting',
    });
    assert.deepEqual(serverJar(jarSetTo('./../gilscan/cli/target/gilscan.jar'), site), {
      jar: '/home/me/gilscan/cli/target/gilscan.jar',
      source: 'setting',
    });
    assert.deepEqual(serverJar(jarSetTo('cli\\target\\gilscan.jar'), windows), {
      jar: 'C:\\src\\gilscan\\cli\\target\\gilscan.jar',
      source: 'setting',
    });
  });

  it('refuses a relative gilscan.serverJar in an untrusted workspace, rather than run a jar of its folder', () => {
    for (const at of [untrusted, { ...windows, trusted: false }]) {
      const choice = serverJar(jarSetTo('cli/target/gilscan.jar'), at);
      assert.deepEqual(choice, {
        problem:
          'gilscan.serverJar is the relative path cli/target/gilscan.jar, which would be resolved' +
          ' against the workspace folder, and the workspace is not trusted: its folder may not' +
          ' choose the jar that runs. Set gilscan.serverJar to an absolute path, or trust the workspace.',
      });
    }
  });

  it('refuses a relative gilscan.serverJar when no folder is open', () => {
    assert.deepEqual(serverJar(jarSetTo('gilscan.jar'), { ...site, workspaceFolder: undefined }), {
      problem:
        'gilscan.serverJar is the relative path gilscan.jar, and no workspace folder is open to' +
        ' resolve it against. Set it to an absolute path.',
    });
  });

  it('refuses a path that depends on the current drive on Windows', () => {
    for (const jar of ['\\jars\\gilscan.jar', '/jars/gilscan.jar', 'C:gilscan.jar']) {
      assert.deepEqual(serverJar(jarSetTo(jar), windows), {
        problem: `gilscan.serverJar, ${jar}, depends on the current drive; set it to a full path, with its drive letter.`,
      });
    }
  });

  it('takes a drive-like name for a relative path elsewhere than on Windows', () => {
    assert.deepEqual(serverJar(jarSetTo('C:gilscan.jar'), site), {
      jar: '/home/me/project/C:gilscan.jar',
      source: 'setting',
    });
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
