import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { parseJavaMajorVersion } from '../java';
import { probeJava } from '../javaProbe';

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
    assert.deepEqual(await probeJava('/no/such/dir/java'), { error: 'was not found' });
  });

  it('reads the version of the java on the PATH', { skip: !javaOnPath() && 'no java on the PATH' }, async () => {
    const result = await probeJava('java');
    assert.ok('output' in result, JSON.stringify(result));
    const version = parseJavaMajorVersion(result.output);
    assert.ok(version !== undefined && version >= 8, result.output);
  });
});
