import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { initializationOptions, serverCommand, serverJar } from '../server';
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

describe('serverCommand', () => {
  it('runs the server subcommand of the jar', () => {
    assert.deepEqual(serverCommand('/opt/jdk/bin/java', '/ext/server/gilscan.jar'), {
      command: '/opt/jdk/bin/java',
      args: ['-jar', '/ext/server/gilscan.jar', 'server'],
    });
  });

  it('keeps paths with spaces as one argument', () => {
    assert.deepEqual(serverCommand('C:\\Program Files\\Java\\bin\\java.exe', 'C:\\My Ext\\gilscan.jar').args, [
      '-jar',
      'C:\\My Ext\\gilscan.jar',
      'server',
    ]);
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
