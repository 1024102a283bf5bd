import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  findJava,
  findOnPath,
  type IsExecutable,
  type JavaCandidate,
  javaCandidates,
  type JavaProbe,
  noJavaMessage,
  parseJavaMajorVersion,
  type ProbeResult,
} from '../java';

describe('parseJavaMajorVersion', () => {
  const cases: Array<[string, number | undefined]> = [
    ['openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)', 17],
    ['openjdk version "21" 2023-09-19\nOpenJDK Runtime Environment (build 21+35-2513)', 21],
    ['java version "21.0.2" 2024-01-16 LTS\nJava(TM) SE Runtime Environment', 21],
    ['openjdk version "22-ea" 2024-03-19', 22],
    ['openjdk version "25.0.1" 2025-10-21 LTS', 25],
    ['java version "1.8.0_392"\nJava(TM) SE Runtime Environment (build 1.8.0_392-b08)', 8],
    ['openjdk version "11.0.21" 2023-10-17', 11],
    ['Picked up JAVA_TOOL_OPTIONS: -Dfile.encoding=UTF-8\nopenjdk version "17.0.9" 2023-10-17', 17],
    ['openjdk version "17.0.9-internal" 2023-10-17', 17],
    ['Error: could not find libjava.so', undefined],
    ['', undefined],
  ];
  for (const [output, expected] of cases) {
    it(`reads ${JSON.stringify(output.split('\n', 1)[0])} as ${expected}`, () => {
      assert.equal(parseJavaMajorVersion(output), expected);
    });
  }
});

/** A file system holding exactly `files`, each executable, recording the files asked about. */
function executables(files: string[], asked: string[] = []): IsExecutable {
  return (file) => {
    asked.push(file);
    return files.includes(file);
  };
}

describe('javaCandidates', () => {
  const onPath = executables(['/usr/bin/java']);

  it('uses only the gilscan.java setting when it is set', () => {
    assert.deepEqual(javaCandidates('/opt/jdk/bin/java', { JAVA_HOME: '/usr/lib/jvm/17' }, 'linux', onPath), [
      { path: '/opt/jdk/bin/java', source: 'setting' },
    ]);
  });

  it('tries JAVA_HOME, then the PATH, found by its absolute path', () => {
    assert.deepEqual(
      javaCandidates(undefined, { JAVA_HOME: '/usr/lib/jvm/17', PATH: '/usr/local/bin:/usr/bin' }, 'linux', onPath),
      [
        { path: '/usr/lib/jvm/17/bin/java', source: 'JAVA_HOME' },
        { path: '/usr/bin/java', source: 'PATH' },
      ]
    );
  });

  it('tries the PATH alone without JAVA_HOME, or with a blank setting', () => {
    const env = { PATH: '/usr/bin' };
    assert.deepEqual(javaCandidates('  ', env, 'darwin', onPath), [{ path: '/usr/bin/java', source: 'PATH' }]);
    assert.deepEqual(javaCandidates(undefined, { ...env, JAVA_HOME: '' }, 'linux', onPath), [
      { path: '/usr/bin/java', source: 'PATH' },
    ]);
  });

  it('passes over java when no PATH folder holds it, without running a bare name', () => {
    const missing = { candidate: { path: 'java', source: 'PATH' }, reason: 'was not found' };
    assert.deepEqual(javaCandidates(undefined, { PATH: '/bin:/usr/local/bin' }, 'linux', onPath), [missing]);
    assert.deepEqual(javaCandidates(undefined, {}, 'linux', onPath), [missing]);
  });

  it('looks a bare gilscan.java up on the PATH, and passes over a relative path', () => {
    const env = { PATH: '/opt/jdk-21/bin:/usr/bin' };
    assert.deepEqual(javaCandidates('java21', env, 'linux', executables(['/opt/jdk-21/bin/java21'])), [
      { path: '/opt/jdk-21/bin/java21', source: 'setting' },
    ]);
    assert.deepEqual(javaCandidates('java21', env, 'linux', onPath), [
      { candidate: { path: 'java21', source: 'setting' }, reason: 'was not found on the PATH' },
    ]);
    assert.deepEqual(javaCandidates('jdk/bin/java', env, 'linux', executables(['jdk/bin/java'])), [
      { candidate: { path: 'jdk/bin/java', source: 'setting' }, reason: 'is not an absolute path' },
    ]);
  });

  it('passes over a relative JAVA_HOME', () => {
    assert.deepEqual(javaCandidates(undefined, { JAVA_HOME: 'jdk', PATH: '/usr/bin' }, 'linux', onPath), [
      { candidate: { path: 'jdk/bin/java', source: 'JAVA_HOME' }, reason: 'is not an absolute path' },
      { path: '/usr/bin/java', source: 'PATH' },
    ]);
  });

  it('looks for java.exe on Windows', () => {
    const env = { JAVA_HOME: 'C:\\Program Files\\Java\\jdk-21', Path: 'C:\\Windows;C:\\jdk-17\\bin' };
    assert.deepEqual(javaCandidates(undefined, env, 'win32', executables(['C:\\jdk-17\\bin\\java.exe'])), [
      { path: 'C:\\Program Files\\Java\\jdk-21\\bin\\java.exe', source: 'JAVA_HOME' },
      { path: 'C:\\jdk-17\\bin\\java.exe', source: 'PATH' },
    ]);
  });
});

describe('findOnPath', () => {
  it('returns the absolute path in the first PATH folder that holds the executable', () => {
    const files = executables(['/usr/bin/java', '/opt/jdk/bin/java']);
    assert.equal(findOnPath('java', { PATH: '/usr/local/bin:/usr/bin:/opt/jdk/bin' }, 'linux', files), '/usr/bin/java');
  });

  it('skips empty and relative PATH entries, which stand for the current directory', () => {
    const asked: string[] = [];
    const everywhere = executables(['java', 'bin/java', './java', '../java', '/opt/jdk/bin/java'], asked);
    assert.equal(findOnPath('java', { PATH: ':.:bin::..:/opt/jdk/bin:' }, 'linux', everywhere), '/opt/jdk/bin/java');
    assert.deepEqual(asked, ['/opt/jdk/bin/java']);
    assert.equal(findOnPath('java', { PATH: '.:bin:' }, 'darwin', everywhere), undefined);
  });

  it('tries the PATHEXT extensions on Windows, in their order, leaving out those that need a shell', () => {
    const asked: string[] = [];
    const files = executables(['C:\\tools\\java.cmd', 'C:\\jdk\\bin\\java.exe', 'C:\\jdk\\bin\\java.com'], asked);
    const env = { PATH: 'C:\\tools;C:\\jdk\\bin', PATHEXT: '.BAT;.CMD;.EXE;.COM' };
    assert.equal(findOnPath('java', env, 'win32', files), 'C:\\jdk\\bin\\java.exe');
    assert.deepEqual(asked, ['C:\\tools\\java.exe', 'C:\\tools\\java.com', 'C:\\jdk\\bin\\java.exe']);
    assert.equal(findOnPath('java', { ...env, PATHEXT: '.COM;.EXE' }, 'win32', files), 'C:\\jdk\\bin\\java.com');
    assert.equal(findOnPath('java', { ...env, PATHEXT: '.BAT;.CMD' }, 'win32', files), undefined);
  });

  it('takes .COM, then .EXE, without PATHEXT, and a name with its extension as it is', () => {
    const files = executables(['C:\\jdk\\bin\\java.exe']);
    assert.equal(findOnPath('java', { Path: 'C:\\jdk\\bin' }, 'win32', files), 'C:\\jdk\\bin\\java.exe');
    assert.equal(findOnPath('java.exe', { Path: 'C:\\jdk\\bin', PathExt: '.COM' }, 'win32', files), 'C:\\jdk\\bin\\java.exe');
  });

  it('skips the Windows PATH entries that depend on the current directory or drive, and unquotes the others', () => {
    const asked: string[] = [];
    const files = executables(['C:\\Program Files\\Java\\bin\\java.exe', '\\\\server\\jdk\\bin\\java.exe'], asked);
    const env = { PATH: ';.;bin;\\jdk\\bin;C:jdk\\bin;"C:\\Program Files\\Java\\bin"', PATHEXT: '.EXE' };
    assert.equal(findOnPath('java', env, 'win32', files), 'C:\\Program Files\\Java\\bin\\java.exe');
    assert.deepEqual(asked, ['C:\\Program Files\\Java\\bin\\java.exe']);
    assert.equal(findOnPath('java', { PATH: '.;\\\\server\\jdk\\bin', PATHEXT: '.EXE' }, 'win32', files),
      '\\\\server\\jdk\\bin\\java.exe');
  });
});

describe('findJava', () => {
  /** A probe answering from a table, recording what it was asked. */
  function fakeProbe(answers: Record<string, ProbeResult>, asked: string[]): JavaProbe {
    return async (javaPath) => {
      asked.push(javaPath);
      return answers[javaPath] ?? { error: 'was not found' };
    };
  }
  const home: JavaCandidate = { path: '/jvm/bin/java', source: 'JAVA_HOME' };
  const onPath: JavaCandidate = { path: 'java', source: 'PATH' };

  it('takes the first Java 17+ and stops there', async () => {
    const asked: string[] = [];
    const result = await findJava(
      [home, onPath],
      fakeProbe({ '/jvm/bin/java': { output: 'openjdk version "17.0.2"' }, java: { output: 'openjdk version "21"' } }, asked)
    );
    assert.deepEqual(result, { found: true, java: home, version: 17, rejected: [] });
    assert.deepEqual(asked, ['/jvm/bin/java']);
  });

  it('skips a Java that is too old or missing, and says why', async () => {
    const asked: string[] = [];
    const result = await findJava(
      [home, onPath],
      fakeProbe({ '/jvm/bin/java': { output: 'java version "1.8.0_392"' }, java: { output: 'openjdk version "21.0.1"' } }, asked)
    );
    assert.deepEqual(result, {
      found: true,
      java: onPath,
      version: 21,
      rejected: [{ candidate: home, reason: 'is Java 8' }],
    });
  });

  it('finds nothing when no candidate is 17+', async () => {
    const result = await findJava(
      [home, onPath],
      fakeProbe({ '/jvm/bin/java': { output: 'openjdk version "11.0.21"' }, java: { output: 'Segmentation fault' } }, [])
    );
    assert.deepEqual(result, {
      found: false,
      rejected: [
        { candidate: home, reason: 'is Java 11' },
        { candidate: onPath, reason: 'printed no version: Segmentation fault' },
      ],
    });
    assert.equal(
      noJavaMessage(result.rejected),
      'gilscan needs Java 17 or newer to run its server, and found none:' +
        ' /jvm/bin/java (from JAVA_HOME) is Java 11; java (on the PATH) printed no version: Segmentation fault.' +
        ' Install a JDK 17+ (such as Eclipse Temurin), then set `gilscan.java` to its java executable,' +
        ' or JAVA_HOME to its folder, or put its bin folder on the PATH.'
    );
  });

  it('keeps the reason of a candidate passed over before, without running it', async () => {
    const asked: string[] = [];
    const notOnPath = { candidate: { path: 'java', source: 'PATH' as const }, reason: 'was not found' };
    const result = await findJava([home, notOnPath], fakeProbe({ '/jvm/bin/java': { output: 'openjdk version "11"' } }, asked));
    assert.deepEqual(asked, ['/jvm/bin/java']);
    assert.deepEqual(result, { found: false, rejected: [{ candidate: home, reason: 'is Java 11' }, notOnPath] });
    assert.match(noJavaMessage(result.rejected), /; java \(on the PATH\) was not found\./);
  });

  it('names the setting when the configured java is missing', async () => {
    const configured: JavaCandidate = { path: '/nope/java', source: 'setting' };
    const result = await findJava([configured], fakeProbe({}, []));
    assert.equal(result.found, false);
    assert.match(noJavaMessage(result.rejected), /\/nope\/java \(gilscan\.java\) was not found/);
  });
});
