// Checks that package.json's contributions agree with the code that reads them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { RESTART_SETTINGS } from '../server';
import { RESTRICTED_SETTINGS, TARGET_VERSIONS } from '../settings';

interface Property {
  default?: unknown;
  enum?: string[];
  scope?: string;
}

const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '..', '..', 'package.json'), 'utf8'));
const properties: Record<string, Property> = manifest.contributes.configuration.properties;

describe('package.json', () => {
  it('declares the settings users expect', () => {
    assert.deepEqual(Object.keys(properties).sort(), [
      'gilscan.debounceMs',
      'gilscan.enable',
      'gilscan.ignore',
      'gilscan.java',
      'gilscan.run',
      'gilscan.select',
      'gilscan.serverJar',
      'gilscan.targetVersion',
      'gilscan.trace.server',
    ]);
  });

  it('restarts the server for every setting but the trace', () => {
    const restarting = RESTART_SETTINGS.map((key) => `gilscan.${key}`);
    assert.deepEqual(
      [...restarting, 'gilscan.trace.server'].sort(),
      Object.keys(properties).sort()
    );
  });

  it('offers the target versions the server accepts, and auto', () => {
    assert.deepEqual(properties['gilscan.targetVersion'].enum, ['auto', ...TARGET_VERSIONS]);
    assert.equal(properties['gilscan.targetVersion'].default, 'auto');
  });

  it('restricts the executable settings in untrusted workspaces', () => {
    assert.deepEqual(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.deepEqual(
      manifest.capabilities.untrustedWorkspaces.restrictedConfigurations,
      RESTRICTED_SETTINGS.map((key) => `gilscan.${key}`)
    );
    for (const key of RESTRICTED_SETTINGS) {
      assert.equal(properties[`gilscan.${key}`].scope, 'machine-overridable', key);
    }
  });

  it('activates on Python files', () => {
    assert.deepEqual(manifest.activationEvents, ['onLanguage:python']);
  });

  it('pins exact dependency versions, with @types/vscode no newer than engines.vscode', () => {
    for (const deps of [manifest.dependencies, manifest.devDependencies]) {
      for (const [name, version] of Object.entries<string>(deps)) {
        assert.match(version, /^\d+\.\d+\.\d+$/, `${name}@${version} is not an exact version`);
      }
    }
    const engine = /^\^(\d+)\.(\d+)\.(\d+)$/.exec(manifest.engines.vscode);
    assert.ok(engine, manifest.engines.vscode);
    const types = manifest.devDependencies['@types/vscode'].split('.').map(Number);
    const minimum = engine.slice(1).map(Number);
    assert.ok(
      types[0] < minimum[0] || (types[0] === minimum[0] && types[1] <= minimum[1]),
      `@types/vscode ${types.join('.')} is newer than engines.vscode ${manifest.engines.vscode}`
    );
  });
});
