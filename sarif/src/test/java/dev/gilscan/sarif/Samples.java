package dev.gilscan.sarif;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.gilscan.analyzer.ast.Location;
import dev.gilscan.analyzer.ast.Span;
import dev.gilscan.analyzer.rule.Finding;
import dev.gilscan.analyzer.rule.Precision;
import dev.gilscan.analyzer.rule.RuleDescriptor;
import dev.gilscan.analyzer.rule.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A small project with findings of every shape, written under a source root. */
final class Samples {
    static final ToolInfo TOOL =
            new ToolInfo("gilscan", "0.1.0-SNAPSHOT", "https://github.com/gilscan/gilscan");

    static final RuleDescriptor CPU_IN_THREADS = new RuleDescriptor("GIL101",
            "cpu-bound-work-in-thread-pool", Severity.WARNING,
            "CPU-bound pure-Python function sent to a thread pool",
            List.of("threading", "performance"), Precision.MEDIUM, "0.1.0");
    static final RuleDescriptor NO_MAIN_GUARD = new RuleDescriptor("GIL201",
            "process-start-without-main-guard", Severity.ERROR,
            "Process pool started while the module is imported", List.of("multiprocessing"),
            Precision.HIGH, "0.1.0");
    static final RuleDescriptor UNLOCKED_COUNTER = new RuleDescriptor("GIL301",
            "unlocked-shared-counter", Severity.NOTE,
            "Shared counter incremented from several threads without a lock", List.of(),
            Precision.MEDIUM, "0.1.0");

    /** Rules in no particular order, as a registry may hand them out. */
    static final List<RuleDescriptor> RULES =
            List.of(UNLOCKED_COUNTER, CPU_IN_THREADS, NO_MAIN_GUARD);

    static final String APP = """
            from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

            def crunch(n):
                return sum(i * i for i in range(n))

            with ThreadPoolExecutor() as pool:
                pool.submit(crunch, 10)

            名前 = ("é😀", ProcessPoolExecutor())
            other = ProcessPoolExecutor()  # noqa: GIL201
            """;

    static final String COUNTER = """
            import threading

            count = 0

            def work():
                global count
                count += 1

            threads = [threading.Thread(target=work) for _ in range(8)]
            """;

    static final Map<String, String> DOCS = Map.of("GIL201", """
            # GIL201: process-start-without-main-guard

            ## What it does
            Flags a process pool that is started while a module is
            being imported.

            ## Why is this bad?
            Workers import the main module again.
            """);

    final Path root;
    final Path app;
    final Path counter;

    private Samples(Path root) {
        this.root = root;
        this.app = root.resolve("src/app.py");
        this.counter = root.resolve("src/shared state/counter ü.py");
    }

    /** Writes the project's files under {@code root}. */
    static Samples writeTo(Path root) {
        Samples samples = new Samples(root);
        write(samples.app, APP);
        write(samples.counter, COUNTER);
        return samples;
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The findings, sorted as the engine sorts them. */
    List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        findings.add(finding(CPU_IN_THREADS, "Send `crunch` to a process pool: its pure-Python loop"
                        + " at line 4 holds the GIL, so the threads of `pool` run it one at a time",
                at(app, APP, 7, "pool.submit(crunch, 10)"),
                List.of(new Finding.Related(at(app, APP, 4, "sum(i * i for i in range(n))"),
                        "the loop that holds the GIL")),
                List.of(new Finding.Related(at(app, APP, 7, "pool.submit(crunch, 10)"),
                                "`crunch` is sent to the thread pool here"),
                        new Finding.Related(at(app, APP, 3, "crunch"), "`crunch` is defined here"),
                        new Finding.Related(at(app, APP, 4, "sum(i * i for i in range(n))"),
                                "and loops here")),
                null, null));
        findings.add(finding(NO_MAIN_GUARD, "Move `ProcessPoolExecutor()` under"
                        + " `if __name__ == \"__main__\":`: workers import this module again",
                at(app, APP, 9, "ProcessPoolExecutor()"), List.of(), List.of(),
                new Finding.Fix("Guard the module's code with `if __name__ == \"__main__\":`",
                        Finding.Applicability.UNSAFE, List.of(new Finding.Edit(at(app, APP, 9, ""),
                                "if __name__ == \"__main__\":\n    "))),
                null));
        findings.add(finding(NO_MAIN_GUARD, "Move `ProcessPoolExecutor()` under"
                        + " `if __name__ == \"__main__\":`: workers import this module again",
                at(app, APP, 10, "ProcessPoolExecutor()"), List.of(), List.of(), null,
                "# noqa: GIL201"));
        Location multiLine = new Location(counter, Span.ascii(6, 4, 7, 14));
        findings.add(finding(UNLOCKED_COUNTER, "Guard `count += 1` with a lock: `work` runs in 8"
                        + " threads, reported because `count` is global",
                multiLine, List.of(new Finding.Related(at(counter, COUNTER, 9, "threading.Thread"),
                        "the threads that run `work`")), List.of(), null, null));
        findings.sort(Finding.ORDER);
        return findings;
    }

    /**
     * The report of the whole sample: every rule with its docs, the findings, the notifications
     * and an automation id, with {@link #root} as the source root.
     */
    String report() {
        return SarifReport.builder(TOOL, root)
                .rules(RULES, DOCS::get)
                .findings(findings())
                .notifications(notifications())
                .automationId("gilscan/")
                .toJson();
    }

    /** A file that did not parse. */
    List<Notification> notifications() {
        return List.of(Notification.error(root.resolve("src/broken.py"), 3, 5,
                        "src/broken.py:3:5: SyntaxError: invalid syntax"),
                new Notification(root.resolve("src/unreadable.py"), 0, 0,
                        "src/unreadable.py: cannot read: permission denied", "warning"));
    }

    static Finding finding(RuleDescriptor rule, String message, Location at,
            List<Finding.Related> related, List<Finding.Related> flow, Finding.@Nullable Fix fix,
            @Nullable String suppression) {
        return new Finding(rule, message, at, related, flow, fix, suppression);
    }

    /**
     * The location of the first {@code fragment} on a line of {@code source}; an empty fragment is
     * the start of the line's text after its indentation.
     */
    static Location at(Path file, String source, int line, String fragment) {
        String text = source.lines().toList().get(line - 1);
        int start = fragment.isEmpty() ? text.length() - text.stripLeading().length()
                : text.indexOf(fragment);
        if (start < 0) {
            throw new IllegalArgumentException("'" + fragment + "' is not on line " + line);
        }
        int end = start + fragment.length();
        Span span = new Span(line, utf8(text, start), line, utf8(text, end), start, end);
        return new Location(file, span);
    }

    private static int utf8(String text, int utf16) {
        return text.substring(0, utf16).getBytes(UTF_8).length;
    }
}
