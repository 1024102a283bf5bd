package dev.gilscan.cli;

import static dev.gilscan.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gilscan ast}, {@code symbols} and {@code calls}: what they print and their exit codes. */
class FileCommandsTest {
    @TempDir
    Path root;

    @Test
    void astPrintsTheTreeOrTheCanonicalJson() throws Exception {
        Path file = Files.writeString(root.resolve("a.py"), "x = 1\n");
        Cli.Result tree = run("ast", file);
        assertThat(tree.exit()).isZero();
        assertThat(tree.out()).contains("Assign(", "Name(id='x', ctx=Store) @1:0-1:1");
        Cli.Result json = run("ast", "--json", file);
        assertThat(json.out().strip()).startsWith("{\"_type\":\"Module\",\"body\":[{\"_type\":\"Assign\"");
    }

    @Test
    void aSyntaxErrorIsOneLineWithItsLocationAndExitTwo() throws Exception {
        Path file = Files.writeString(root.resolve("bad.py"), "x = = 1\n");
        for (String command : new String[] {"ast", "symbols"}) {
            Cli.Result r = run(command, file);
            assertThat(r.exit()).as(command).isEqualTo(2);
            assertThat(r.err().strip()).as(command)
                    .isEqualTo(file + ":1:5: SyntaxError: invalid syntax");
        }
    }

    @Test
    void aPathThatIsNotARegularFileIsNotReadAndExitsTwo() throws Exception {
        Path zero = Files.createSymbolicLink(root.resolve("zero.py"), Path.of("/dev/zero"));
        for (String command : new String[] {"ast", "symbols"}) {
            Cli.Result r = run(command, zero);

            assertThat(r.exit()).as(command).isEqualTo(2);
            assertThat(r.err()).as(command).isEqualTo("gilscan: " + zero
                    + ": not a regular file, not read\n");
        }
        Files.delete(zero);
    }

    @Test
    void symbolsShowsScopesAndScopingErrors() throws Exception {
        Path file = Files.writeString(root.resolve("s.py"), """
                count = 0
                def bump():
                    global count
                    count += 1
                """);
        Cli.Result r = run("symbols", file);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("function bump", "count: global_explicit");
        Path bad = Files.writeString(root.resolve("dup.py"), "def f(a, a):\n    pass\n");
        Cli.Result dup = run("symbols", bad);
        assertThat(dup.exit()).isEqualTo(2);
        assertThat(dup.err()).contains("duplicate argument 'a'");
    }

    @Test
    void callsPrintsTheEdgesOfTheCallGraph() throws Exception {
        Files.writeString(root.resolve("m.py"), """
                def helper():
                    pass
                def main():
                    helper()
                """);
        Cli.Result r = run("calls", root);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("m.main", "-> m.helper  line 4");
    }
}
