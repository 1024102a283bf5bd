package dev.gilscan.cli;

import static dev.gilscan.cli.Cli.POOL_AT_IMPORT;
import static dev.gilscan.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the catalogue in {@code docs/bad-input.md} true: each row's input is run through
 * {@code gilscan check}, and the output must hold every text quoted in the row's "what you
 * get" column, and the exit code be the row's. A row without a case here, or a case without a
 * row, fails.
 */
class BadInputTableTest {
    private static final Pattern ROW = Pattern.compile(
            "^\\| `([a-z0-9-]+)` \\|(.*)\\|(.*)\\| (\\d) \\|$");
    private static final Pattern QUOTED = Pattern.compile("`([^`]+)`");

    @TempDir
    Path root;

    /** One row of the table: its case, the texts the output must hold, the exit code. */
    private record Row(String name, List<String> quoted, int exit) {}

    /** What one case runs: it writes its input below {@code root} and checks it. */
    private interface Case {
        Cli.Result run(Path root) throws Exception;
    }

    private static Map<String, Case> cases() {
        Map<String, Case> cases = new LinkedHashMap<>();
        cases.put("syntax-error", r -> concise(r, "x.py", "import os\n\nprint(os.sep\n"));
        cases.put("undecodable", r -> concise(r, "x.py",
                new byte[] {'x', ' ', '=', ' ', '"', (byte) 0xff, '"', '\n'}));
        cases.put("null-byte", r -> concise(r, "x.py", "x = 1\0\n"));
        cases.put("bom-and-line-ends", r -> concise(r, "x.py",
                "\uFEFF" + POOL_AT_IMPORT.replace("\n", "\r\n")));
        cases.put("deep-brackets", r -> {
            Cli.write(r, "lists.py", "x = " + "[".repeat(100_000) + "]".repeat(100_000) + "\n");
            Cli.Result lists = Cli.concise(r.resolve("lists.py"));
            assertThat(lists.out()).contains("lists.py:1:205: SyntaxError: too many nested"
                    + " parentheses");
            assertThat(lists.exit()).isEqualTo(1);
            return concise(r, "x.py", "x = " + "(".repeat(10_000) + ")".repeat(10_000) + "\n");
        });
        cases.put("nested-blocks", r -> {
            String fors = nestedFors(22);
            Cli.write(r, "old.py", fors);
            Cli.Result old = Cli.run("check", "--output-format", "concise", "--target-version",
                    "py312", r.resolve("old.py"));
            assertThat(old.out()).contains("old.py:21:21: SyntaxError: too many statically"
                    + " nested blocks");
            return concise(r, "x.py", fors);
        });
        cases.put("deep-unary", r -> {
            for (int i = 0; i < 32; i++) {
                Cli.write(r, "copy" + i + ".py", "x = " + "-".repeat(2500) + "1\n");
            }
            Cli.Result first = Cli.concise(r);
            Cli.Result second = Cli.concise(r);
            assertThat(second).isEqualTo(first);
            return first;
        });
        cases.put("long-chains", r -> {
            Cli.write(r, "calls.py", "x = f" + "()".repeat(100_000) + "\n");
            Cli.write(r, "minus.py", "x = " + "-".repeat(100_000) + "1\n");
            Cli.write(r, "lines.py", "x.y = f(x)\n".repeat(20_000));
            return Cli.concise(r);
        });
        cases.put("named-fifo", r -> run("check", fifo(r.resolve("x.py"))));
        cases.put("named-link-to-dev-zero", r -> run("check",
                Files.createSymbolicLink(r.resolve("x.py"), Path.of("/dev/zero"))));
        cases.put("special-files-in-folder", r -> {
            fifo(r.resolve("x.py"));
            return Cli.concise(r);
        });
        cases.put("link-loop", r -> {
            Path loop = r.resolve("x.py");
            Files.createSymbolicLink(loop, loop);
            Files.createDirectories(r.resolve("d"));
            Files.createSymbolicLink(r.resolve("d/up"), r);
            return Cli.concise(r);
        });
        cases.put("too-large", r -> {
            FailureGuardProcessTest.fiftyMegabyteLine(r.resolve("x.py"));
            return Cli.concise(r);
        });
        cases.put("out-of-memory", r -> {
            FailureGuardProcessTest.fiftyMegabyteLine(r.resolve("x.py"));
            Cli.write(r, "good.py", POOL_AT_IMPORT);
            Cli.Result result = FailureGuardProcessTest.withSmallHeap("check",
                    "--output-format", "concise", "--max-file-size", "100MiB", r);
            assertThat(result.out()).contains("good.py:2:1: GIL201");
            return result;
        });
        cases.put("unreadable", r -> run("check", Path.of("/proc/self/mem")));
        cases.put("full-disk", r -> {
            Cli.write(r, "x.py", POOL_AT_IMPORT);
            StringWriter err = new StringWriter();
            int exit = Main.run(new String[] {"check", r.toString()},
                    new CheckedPrintWriter(new FileOutputStream("/dev/full")),
                    new PrintWriter(err, true));
            return new Cli.Result(exit, "", err.toString());
        });
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> everyRowOfTheTableHolds() throws IOException {
        List<Row> rows = rows();
        Map<String, Case> cases = cases();
        assertThat(rows).extracting(Row::name).containsExactlyElementsOf(cases.keySet());
        return rows.stream().map(row -> DynamicTest.dynamicTest(row.name(), () -> {
            Path dir = Files.createDirectory(root.resolve(row.name()));
            Cli.Result result = cases.get(row.name()).run(dir);
            removeLinks(dir);
            String output = result.out() + result.err();
            for (String text : row.quoted()) {
                assertThat(output).as(row.name()).contains(text);
            }
            assertThat(result.exit()).as(row.name() + ": " + output).isEqualTo(row.exit());
        }));
    }

    /** The rows of the table in {@code docs/bad-input.md} whose first cell is a case name. */
    private static List<Row> rows() throws IOException {
        Path doc = Cli.fixtures().resolveSibling("docs").resolve("bad-input.md");
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(doc, StandardCharsets.UTF_8)) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                List<String> quoted = new ArrayList<>();
                Matcher q = QUOTED.matcher(m.group(3));
                while (q.find()) {
                    quoted.add(q.group(1));
                }
                assertThat(quoted).as("quoted output in the row " + m.group(1)).isNotEmpty();
                rows.add(new Row(m.group(1), quoted, Integer.parseInt(m.group(4))));
            }
        }
        return rows;
    }

    /** {@code n} nested {@code for} loops, one space of indent each, around {@code pass}. */
    private static String nestedFors(int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append(" ".repeat(i)).append("for x in y:\n");
        }
        return text.append(" ".repeat(n)).append("pass\n").toString();
    }

    private static Cli.Result concise(Path root, String name, String text) {
        return Cli.concise(Cli.write(root, name, text));
    }

    private static Cli.Result concise(Path root, String name, byte[] bytes) throws IOException {
        return Cli.concise(Files.write(root.resolve(name), bytes));
    }

    private static Path fifo(Path path) throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).as("mkfifo " + path).isZero();
        return path;
    }

    /** Links go before JUnit cleans up, which warns of those that lead out of its folder. */
    private static void removeLinks(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isSymbolicLink).toList()) {
                Files.delete(p);
            }
        }
    }
}
