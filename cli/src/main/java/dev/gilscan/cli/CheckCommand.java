package dev.gilscan.cli;

import dev.gilscan.analyzer.engine.Engine;
import dev.gilscan.analyzer.parser.SourceText;
import dev.gilscan.analyzer.rule.Check;
import dev.gilscan.analyzer.rule.Finding;
import dev.gilscan.analyzer.rule.TargetVersion;
import dev.gilscan.analyzer.semantic.ProjectLoader;
import dev.gilscan.analyzer.semantic.SemanticModel;
import dev.gilscan.rules.RuleRegistry;
import dev.gilscan.sarif.Notification;
import dev.gilscan.sarif.SarifReport;
import dev.gilscan.sarif.ToolInfo;
import org.jspecify.annotations.Nullable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gilscan check [PATH...]}: runs the rules and reports the findings. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Checks the Python files below each PATH (default: the current folder) for "
                    + "concurrency mistakes around the GIL.",
            "Settings come from [tool.gilscan] in the nearest pyproject.toml; options override "
                    + "them.",
            "Exit codes: 0 no findings, 1 findings (or files that could not be parsed), "
                    + "2 usage, configuration or internal error."})
final class CheckCommand implements Callable<Integer> {
    /** The output formats. */
    enum Format { full, concise, json, sarif, github }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders to check.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--output-format", paramLabel = "FORMAT", defaultValue = "full",
            description = "full, concise, json, sarif or github (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--select", split = ",", paramLabel = "RULE",
            description = "Rule ids or prefixes to run, such as GIL2 or GIL201 (default: all).")
    List<String> select;

    @Option(names = "--ignore", split = ",", paramLabel = "RULE",
            description = "Rule ids or prefixes to skip.")
    List<String> ignore;

    @Option(names = "--target-version", paramLabel = "VERSION",
            converter = TargetVersionConverter.class,
            description = "py310 to py314, or py313t/py314t for free-threaded builds "
                    + "(default: py314).")
    TargetVersion target;

    @Option(names = "--exit-zero", description = "Exit 0 even when there are findings.")
    boolean exitZero;

    @Option(names = "--statistics", description = "Print the number of findings per rule.")
    boolean statistics;

    @Option(names = "--baseline", paramLabel = "SARIF",
            description = "Report only findings that are not in this earlier SARIF report.")
    Path baseline;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (paths.isEmpty()) {
            paths.add(Path.of("."));
        }
        for (Path p : paths) {
            if (!Files.exists(p)) {
                err.println("gilscan: " + p + ": no such file or folder");
                return 2;
            }
        }
        Config config;
        try {
            config = Config.discover(paths.get(0));
        } catch (Config.ConfigException e) {
            err.println("gilscan: " + e.getMessage());
            return 2;
        }
        TargetVersion version = target != null ? target
                : config.target() != null ? config.target() : TargetVersion.DEFAULT;
        List<String> selected = select != null ? select : config.select();
        List<String> ignored = new ArrayList<>(config.ignore());
        if (ignore != null) {
            ignored.addAll(ignore);
        }
        List<Check> checks;
        try {
            checks = RuleRegistry.select(RuleRegistry.all(), selected, ignored);
        } catch (IllegalArgumentException e) {
            err.println("gilscan: " + e.getMessage());
            return 2;
        }
        Path root = paths.get(0).toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            root = root.getParent();
        }
        Set<Path> files = new LinkedHashSet<>();
        try {
            for (Path p : paths) {
                files.addAll(ProjectLoader.pythonFiles(p, config.exclude()));
            }
        } catch (IOException e) {
            err.println("gilscan: cannot list files: " + e.getMessage());
            return 2;
        }
        Progress progress = Progress.start(err, files.size());
        ProjectLoader.Loaded loaded = ProjectLoader.load(root, List.copyOf(files),
                version.minor());
        Engine.Result result = new Engine(checks).run(loaded.project(), version);
        progress.stop();
        for (ProjectLoader.Problem p : loaded.problems()) {
            err.println(p.path() + ":" + p.line() + ":" + p.column() + ": " + p.message());
        }
        for (String e : result.errors()) {
            err.println("gilscan: internal error: " + e);
        }
        Map<Path, SemanticModel> byPath = new HashMap<>();
        for (SemanticModel m : loaded.project().files()) {
            byPath.put(m.path(), m);
        }
        List<Finding> findings = result.findings();
        if (baseline != null) {
            try {
                Path sourceRoot = root;
                findings = SarifReport.withoutBaseline(findings, SarifReport.fingerprints(baseline),
                        sourceRoot, path -> byPath.containsKey(path)
                                ? byPath.get(path).parse().source().text() : "");
            } catch (IOException | IllegalArgumentException e) {
                err.println("gilscan: baseline " + baseline + ": " + e.getMessage());
                return 2;
            }
        }
        List<Finding> active = findings.stream().filter(f -> f.suppression() == null).toList();
        try (PrintWriter out = output == null ? spec.commandLine().getOut()
                : new PrintWriter(new OutputStreamWriter(Files.newOutputStream(output),
                        StandardCharsets.UTF_8))) {
            switch (format) {
                case concise -> TextOutput.concise(active, out);
                case full -> TextOutput.full(active, path -> source(byPath, path), out);
                case github -> TextOutput.github(active, out);
                case json -> TextOutput.json(active, out);
                case sarif -> out.println(sarif(checks, findings, loaded.problems(), root));
            }
            if (statistics) {
                TextOutput.statistics(active, output == null ? out : spec.commandLine().getOut());
            }
            out.flush();
        } catch (IOException e) {
            err.println("gilscan: cannot write " + output + ": " + e.getMessage());
            return 2;
        }
        if (!result.errors().isEmpty()) {
            return 2;
        }
        boolean failed = !active.isEmpty() || !loaded.problems().isEmpty();
        return failed && !exitZero ? 1 : 0;
    }

    private static @Nullable SourceText source(Map<Path, SemanticModel> byPath, Path path) {
        SemanticModel m = byPath.get(path);
        return m == null ? null : m.parse().source();
    }

    private String sarif(List<Check> checks, List<Finding> findings,
            List<ProjectLoader.Problem> problems, Path root) {
        List<Notification> notifications = new ArrayList<>();
        for (ProjectLoader.Problem p : problems) {
            notifications.add(Notification.error(p.path(), p.line(), p.column(), p.message()));
        }
        String version = new GilscanCommand.Version().versionNumber();
        return SarifReport.toJson(new ToolInfo("gilscan", version,
                        "https://github.com/gilscan/gilscan"),
                checks.stream().map(Check::descriptor).toList(), RuleRegistry::docs, findings,
                notifications, root, "gilscan/");
    }
}
