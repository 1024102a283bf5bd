import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { findOnPath, parseJavaMajorVersion } from '../java';
import { isExecutableFile, probeJava } from '../javaProbe';

function javaOnPath(): boolean {
  try {
    execFileSync('java', ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('probeJava', () => {
  it('says a missing executable was not found', async () => {
    assert.deepEqual(await probeJava('/no/such/dir/java', tmpdir()), { error: 'was not found' });
  });

  it('reads the version of the java on the PATH, by its absolute path', { skip: !javaOnPath() && 'no java on the PATH' }, async () => {
    const java = findOnPath('java', process.env, process.platform, isExecutableFile);
    assert.ok(java !== undefined && path.isAbsolute(java), String(java));
    const result = await probeJava(java, tmpdir());
    assert.ok('output' in result, JSON.stringify(result));
    const version = parseJavaMajorVersion(result.output);
    assert.ok(version !== undefined && version >= 8, result.output);
  });
});

describe('isExecutableFile', { skip: process.platform === 'win32' && 'Windows has no execute permission' }, () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'gilscan-isExecutableFile-'));
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('accepts an executable file only', () => {
    const program = path.join(folder, 'program');
    const text = path.join(folder, 'text');
    writeFileSync(program, '#!/bin/sh\n');
    chmodSync(program, 0o755);
    writeFileSync(text, 'not a program\n');
    chmodSync(text, 0o644);
    assert.equal(isExecutableFile(program), true);
    assert.equal(isExecutableFile(text), false);
    assert.equal(isExecutableFile(folder), false);
    assert.equal(isExecutableFile(path.join(folder, 'missing')), false);
  });
});
