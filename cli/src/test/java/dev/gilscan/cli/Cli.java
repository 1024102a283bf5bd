package dev.gilscan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gilscan.analyzer.rule.Check;
import dev.gilscan.rules.RuleRegistry;
import dev.gilscan.rules.process.ForkWithRunningThreads;
import dev.gilscan.rules.process.ProcessStartWithoutMainGuard;
import dev.gilscan.rules.process.UnpicklableCallableToProcessPool;
import dev.gilscan.rules.process.WorkerWritesLostInParent;
import dev.gilscan.rules.races.CheckThenActRace;
import dev.gilscan.rules.races.LockAcquireWithoutReleaseOnError;
import dev.gilscan.rules.races.LockOrderInversion;
import dev.gilscan.rules.races.UnsynchronizedReadModifyWrite;
import dev.gilscan.rules.threads.CpuBoundWorkInThreadPool;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs {@code gilscan} in-process through {@link Main#run} as a user would at a shell, and writes
 * the small projects the tests check.
 */
final class Cli {
    /** Module level, outside a main guard: GIL201 at 2:1. */
    static final String POOL_AT_IMPORT = """
            import multiprocessing
            multiprocessing.Pool(2)
            """;

    /** A lambda sent to a process pool: GIL202 at 5:19. */
    static final String LAMBDA_TO_POOL = """
            from concurrent.futures import ProcessPoolExecutor

            def main():
                with ProcessPoolExecutor() as ex:
                    ex.submit(lambda: 1)
            """;

    /**
     * The line after the summary of a report whose only fix is one unsafe fix (the main guard of
     * {@link #POOL_AT_IMPORT}).
     */
    static final String ONE_UNSAFE_FIX = "No fixes with --fix; 1 with --fix --unsafe-fixes.\n";

    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The rules the command runs with in these tests: the built-in rules they were written for,
     * each named here, so that a rule added to gilscan changes none of them. Only the tests
     * about the built-in list itself run with {@link RuleRegistry#all} (every rule's fixtures,
     * the docs pages in the jar, the jar run as a process).
     */
    static final List<Check> RULES = List.of(new CpuBoundWorkInThreadPool(),
            new ProcessStartWithoutMainGuard(), new UnpicklableCallableToProcessPool(),
            new WorkerWritesLostInParent(), new ForkWithRunningThreads(),
            new UnsynchronizedReadModifyWrite(), new CheckThenActRace(),
            new LockAcquireWithoutReleaseOnError(), new LockOrderInversion());

    private Cli() {}

    /** What one run printed and how it exited. */
    record Result(int exit, String out, String err) {
        /** Standard output read as JSON. */
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + out, e);
            }
        }

        /** The {@code path:line:col: CODE} prefixes of concise output, in order. */
        List<String> positions() {
            return out.lines().filter(l -> l.contains(": GIL"))
                    .map(l -> l.substring(0, l.indexOf(' ', l.indexOf(": GIL") + 2)))
                    .toList();
        }
    }

    static Result run(Object... args) {
        return runWith(RULES, "", args);
    }

    /** {@code gilscan ARGS...} with {@code input} on its standard input. */
    static Result runWithInput(String input, Object... args) {
        return runWith(RULES, input, args);
    }

    /** {@link #RULES} and {@code more}, in id order. */
    static List<Check> rulesAnd(Check... more) {
        List<Check> all = new ArrayList<>(RULES);
        all.addAll(List.of(more));
        all.sort(java.util.Comparator.comparing(c -> c.descriptor().id()));
        return all;
    }

    /** {@code gilscan ARGS...} with {@code rules} as the rules there are, and {@code input}. */
    static Result runWith(List<Check> rules, String input, Object... args) {
        List<String> strings = new ArrayList<>();
        for (Object a : args) {
            strings.add(a.toString());
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(strings.toArray(String[]::new), rules,
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true), false);
        return new Result(exit, out.toString(), err.toString());
    }

    /** {@code gilscan check --output-format concise OPTIONS... PATH}. */
    static Result concise(Path path, Object... options) {
        List<Object> args = new ArrayList<>(List.of("check", "--output-format", "concise"));
        args.addAll(List.of(options));
        args.add(path);
        return run(args.toArray());
    }

    /** Writes {@code text} to {@code root/relative}, making its folders. */
    static Path write(Path root, String relative, String text) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the file or folder {@code from} to {@code to}, with everything below it. */
    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.sorted().toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }

    /** {@code path:line:col: CODE} as concise output writes it for a file below {@code root}. */
    static String at(Path root, String relative, int line, int column, String code) {
        return root.resolve(relative) + ":" + line + ":" + column + ": " + code;
    }

    /** The repository's {@code test-fixtures} folder, found from the working folder. */
    static Path fixtures() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("test-fixtures");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("no test-fixtures folder above " + Path.of("").toAbsolutePath());
    }
}
