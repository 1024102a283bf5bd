import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  findJava,
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

describe('javaCandidates', () => {
  it('uses only the gilscan.java setting when it is set', () => {
    assert.deepEqual(javaCandidates('/opt/jdk/bin/java', { JAVA_HOME: '/usr/lib/jvm/17' }, 'linux'), [
      { path: '/opt/jdk/bin/java', source: 'setting' },
    ]);
  });

  it('tries JAVA_HOME, then the PATH', () => {
    assert.deepEqual(javaCandidates(undefined, { JAVA_HOME: '/usr/lib/jvm/17' }, 'linux'), [
      { path: '/usr/lib/jvm/17/bin/java', source: 'JAVA_HOME' },
      { path: 'java', source: 'PATH' },
    ]);
  });

  it('tries the PATH alone without JAVA_HOME, or with a blank setting', () => {
    assert.deepEqual(javaCandidates('  ', {}, 'darwin'), [{ path: 'java', source: 'PATH' }]);
    assert.deepEqual(javaCandidates(undefined, { JAVA_HOME: '' }, 'linux'), [{ path: 'java', source: 'PATH' }]);
  });

  it('looks for java.exe on Windows', () => {
    assert.deepEqual(javaCandidates(undefined, { JAVA_HOME: 'C:\\Program Files\\Java\\jdk-21' }, 'win32'), [
      { path: 'C:\\Program Files\\Java\\jdk-21\\bin\\java.exe', source: 'JAVA_HOME' },
      { path: 'java.exe', source: 'PATH' },
    ]);
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

  it('names the setting when the configured java is missing', async () => {
    const configured: JavaCandidate = { path: '/nope/java', source: 'setting' };
    const result = await findJava([configured], fakeProbe({}, []));
    assert.equal(result.found, false);
    assert.match(noJavaMessage(result.rejected), /\/nope\/java \(gilscan\.java\) was not found/);
  });
});
