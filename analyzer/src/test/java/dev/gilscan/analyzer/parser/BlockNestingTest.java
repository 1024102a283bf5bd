package dev.gilscan.analyzer.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * CPython's compiler limit on statically nested blocks, version by version: every file of
 * {@code test-fixtures/block-nesting/} (each kind of block nested 19 to 22 deep, kinds mixed,
 * counts that start afresh in functions, classes and comprehensions, the order that decides
 * which refused block is named) gets from {@link SourceParser} the verdict that CPython 3.10,
 * 3.11, 3.12, 3.13 and 3.14 gave its {@code compile()}: accepted, or "too many statically nested
 * blocks" at the same line and column. The verdicts were recorded by
 * {@code scripts/block_nesting_verdicts.py} in {@code verdicts.tsv}; {@code -} marks a version
 * whose parser refuses the file ({@code except*} before 3.11) or that crashed on it.
 */
class BlockNestingTest {
    private static final String[] VERSIONS = {"3.10", "3.11", "3.12", "3.13", "3.14"};
    private static final String REFUSED = "SyntaxError: " + BlockNesting.MESSAGE + " @";

    /** One file and CPython's verdict per version ({@code -}: not compared). */
    private record Row(String file, List<String> cpython) {}

    @Test
    void everyFileGetsEachCPythonsVerdict() throws IOException {
        Path dir = folder();
        List<Row> rows = rows(dir);
        assertThat(rows).as("rows of verdicts.tsv").hasSizeGreaterThan(100);
        SoftAssertions softly = new SoftAssertions();
        for (int v = 0; v < VERSIONS.length; v++) {
            int version = v;
            assertThat(rows).as("files CPython %s refuses", VERSIONS[v])
                    .filteredOn(r -> r.cpython().get(version).startsWith(REFUSED))
                    .hasSizeGreaterThan(40);
            assertThat(rows).as("files CPython %s accepts", VERSIONS[v])
                    .filteredOn(r -> r.cpython().get(version).equals("accepted"))
                    .hasSizeGreaterThan(30);
            int minor = Integer.parseInt(VERSIONS[v].substring(2));
            for (Row row : rows) {
                String expected = row.cpython().get(v);
                if (expected.equals("-")) {
                    continue;
                }
                softly.assertThat(expected).as("CPython's verdict on " + row.file())
                        .matches("accepted|" + REFUSED + "\\d+:\\d+");
                byte[] bytes = Files.readAllBytes(dir.resolve(row.file()));
                softly.assertThat(verdict(row.file(), bytes, minor))
                        .as(row.file() + " for " + VERSIONS[v]).isEqualTo(expected);
            }
        }
        softly.assertAll();
    }

    /** The values CPython 3.12 and 3.13 gave these sources. */
    @Test
    void theLimitMovesWithTheVersion() {
        String fors21 = nested("for x in y:", 21, "pass");
        assertThat(verdict("f.py", fors21, 12)).isEqualTo(REFUSED + "21:21");
        assertThat(verdict("f.py", fors21, 13)).isEqualTo("accepted");
        // CPython 3.13: a generator's body starts one block deep; a plain function's does not.
        String generator = "def g():\n" + nested(" for x in y:", 21, " yield");
        assertThat(verdict("f.py", generator, 13)).isEqualTo(REFUSED + "22:22");
        assertThat(verdict("f.py", "def g():\n" + nested(" for x in y:", 21, " pass"), 13))
                .isEqualTo("accepted");
    }

    /**
     * Trees far deeper than any stack: 100,000 {@code elif} clauses and 100,000 chained calls
     * around an {@code async for} comprehension, the only expression that pushes a block. The
     * walk is iterative, so the verdict is CPython's rule, not a stack overflow (CPython gives
     * the same verdicts with 3 calls: accepted on 3.10 and 3.11, 22:26 from 3.12).
     */
    @Test
    void deepTreesAreWalkedWithoutAStack() {
        int n = 100_000;
        StringBuilder elifs = new StringBuilder("async def g():\n if a:\n  pass\n");
        for (int i = 0; i < n; i++) {
            elifs.append(" elif a:\n  pass\n");
        }
        elifs.append(" else:\n  x = [b async for b in c]\n");
        String calls = " x = [b async for b in c]" + "()".repeat(n) + "\n";
        String aroundCalls = "async def g():\n" + nested(" for x in y:", 20, calls.substring(1));
        for (int minor = 10; minor <= 14; minor++) {
            assertThat(verdict("elifs.py", elifs.toString(), minor)).isEqualTo("accepted");
            // 20 loops and the inlined comprehension's block: one too many from 3.12 (3.13:
            // the coroutine's own block, limit 21); before, the comprehension is a function.
            assertThat(verdict("calls.py", aroundCalls, minor)).as("3.%d", minor)
                    .isEqualTo(minor >= 12 ? REFUSED + "22:26" : "accepted");
        }
    }

    /**
     * {@code finally} bodies nested 98 deep, which CPython compiles 2^98 times (twice each, at
     * two depths) and so never finishes; the walk sees each body at most once per depth. The
     * first block in CPython's order that does not fit is the {@code try} of the innermost level
     * reached through the last 21 (3.10-3.12: 20) bodies at their deeper depth, as CPython
     * itself names on 21 and 22 levels ({@code finally-body-21.py}): the last level's.
     */
    @Test
    void nestedFinallyBodiesTakeLinearTime() {
        StringBuilder text = new StringBuilder();
        int levels = 98;
        for (int i = 0; i < levels; i++) {
            String indent = " ".repeat(i);
            text.append(indent).append("try:\n").append(indent).append(" pass\n")
                    .append(indent).append("finally:\n");
        }
        text.append(" ".repeat(levels)).append("pass\n");
        for (int minor = 10; minor <= 14; minor++) {
            assertThat(verdict("finally.py", text.toString(), minor)).as("3.%d", minor)
                    .isEqualTo(REFUSED + (3 * (levels - 1) + 1) + ":" + levels);
        }
    }

    /** {@code head} nested {@code depth} times, one space per level, around {@code inner}. */
    private static String nested(String head, int depth, String inner) {
        String indent = head.substring(0, head.length() - head.stripLeading().length());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            out.append(indent).append(" ".repeat(i)).append(head.strip()).append('\n');
        }
        return out.append(indent).append(" ".repeat(depth)).append(inner.strip()).append('\n')
                .toString();
    }

    private static String verdict(String file, String source, int minor) {
        return verdict(file, source.getBytes(StandardCharsets.UTF_8), minor);
    }

    private static String verdict(String file, byte[] bytes, int minor) {
        try {
            SourceParser.parse(file, bytes, minor);
            return "accepted";
        } catch (PythonSyntaxError e) {
            return e.kind() + ": " + e.getMessage() + " @" + e.line() + ":" + e.column();
        }
    }

    private static Path folder() {
        Path dir = GoldenAstTest.fixtureRoot().resolveSibling("block-nesting");
        assertThat(dir.resolve("verdicts.tsv")).as("written by scripts/block_nesting_verdicts.py")
                .isRegularFile();
        return dir;
    }

    private static List<Row> rows(Path dir) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("verdicts.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            assertThat(f).as("fields of " + line).hasSize(1 + VERSIONS.length);
            rows.add(new Row(f[0], List.of(f).subList(1, f.length)));
        }
        return rows;
    }
}
