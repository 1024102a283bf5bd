package dev.gilscan.cli;

import dev.gilscan.analyzer.cache.ResultCache;
import dev.gilscan.analyzer.engine.Engine;
import dev.gilscan.analyzer.files.ProjectLoader;
import dev.gilscan.analyzer.files.ProjectScope;
import dev.gilscan.analyzer.parser.SourceText;
import dev.gilscan.analyzer.rule.Check;
import dev.gilscan.analyzer.rule.Finding;
import dev.gilscan.analyzer.rule.TargetVersion;
import dev.gilscan.rules.RuleRegistry;
import dev.gilscan.rules.RuleSelection;
import dev.gilscan.sarif.Baseline;
import dev.gilscan.scan.CacheLocation;
import dev.gilscan.scan.ScanService;
import dev.gilscan.sarif.Notification;
import dev.gilscan.sarif.SarifReport;
import dev.gilscan.sarif.ToolInfo;
import dev.gilscan.sarif.VersionControl;
import dev.gilscan.settings.Overrides;
import dev.gilscan.settings.Settings;
import dev.gilscan.settings.SettingsException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code gilscan check [PATH...]}: runs the rules and reports the findings. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Checks the Python files below each PATH (default: the current folder) for "
                    + "concurrency mistakes around the GIL.",
            "Settings come from [tool.gilscan] in the nearest pyproject.toml; options override "
                    + "them.",
            "Exit codes: 0 no findings, 1 findings (or files that could not be read or "
                    + "parsed), 2 usage, configuration or internal error (or a named path that "
                    + "is not a regular file)."})
final class CheckCommand implements Callable<Integer> {
    /** The output formats, named with {@code -} for {@code _} ({@code json-lines}). */
    enum Format {
        full, concise, json, json_lines, junit, gitlab, sarif, github;

        /** Reads {@code json-lines} and the others by their names. */
        static final class Converter implements ITypeConverter<Format> {
            @Override
            public Format convert(String value) {
                for (Format f : values()) {
                    if (f.toString().equals(value)) {
                        return f;
                    }
                }
                throw new TypeConversionException("expected one of " + java.util.Arrays.toString(
                        values()) + " but was '" + value + "'");
            }
        }

        @Override
        public String toString() {
            return name().replace('_', '-');
        }
    }

    /** What {@code --baseline} does with the findings it knows. */
    enum BaselineMode {
        /** Leave them out of the report. */
        drop,
        /** Keep them in the SARIF report, marked {@code baselineState: unchanged}. */
        keep
    }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or folders to check (default: the current folder).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--output-format", paramLabel = "FORMAT", defaultValue = "full",
            converter = Format.Converter.class,
            description = "full, concise, json, json-lines, junit, gitlab, sarif or github "
                    + "(default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--select", split = ",", paramLabel = "RULE",
            description = "Rule ids or prefixes to run, such as GIL2 or GIL201 (default: all).")
    List<String> select;

    @Option(names = "--extend-select", split = ",", paramLabel = "RULE",
            description = "Rule ids or prefixes to run on top of the selected ones.")
    List<String> extendSelect = new ArrayList<>();

    @Option(names = "--ignore", split = ",", paramLabel = "RULE",
            description = "Rule ids or prefixes to skip.")
    List<String> ignore;

    @Option(names = "--force-exclude", negatable = true,
            description = "Apply exclude and extend-exclude to the files named as PATH too, as "
                    + "pre-commit passes them (default: force-exclude of the configuration).")
    Boolean forceExclude;

    @Option(names = "--stdin-filename", paramLabel = "FILE",
            description = "With PATH -, the name to report the source read from standard input "
                    + "under, and to find its configuration by.")
    Path stdinFilename;

    @Option(names = "--show-settings", description = "Print the settings the check would use "
            + "for the first PATH, and exit.")
    boolean showSettings;

    @Option(names = "--show-files", description = "Print the files the check would analyze, "
            + "one per line, and exit.")
    boolean showFiles;

    @Option(names = "--target-version", paramLabel = "VERSION",
            converter = TargetVersionConverter.class,
            description = "py310 to py314, or py313t/py314t for free-threaded builds "
                    + "(default: py314).")
    TargetVersion target;

    @Option(names = "--exit-zero", description = "Exit 0 even when there are findings.")
    boolean exitZero;

    @Option(names = "--statistics", description = "Print the number of findings per rule "
            + "instead of the findings (full, concise and json formats).")
    boolean statistics;

    @Option(names = "--baseline", paramLabel = "SARIF",
            description = "Report only the findings that are not in this earlier SARIF report "
                    + "of gilscan check.")
    Path baseline;

    @Option(names = "--baseline-mode", paramLabel = "MODE", defaultValue = "drop",
            description = "With --baseline: drop leaves the known findings out; keep writes "
                    + "them to the SARIF report with baselineState unchanged and the others "
                    + "with new (sarif format only; default: ${DEFAULT-VALUE}).")
    BaselineMode baselineMode;

    @Option(names = "--max-file-size", paramLabel = "SIZE", converter = FileSizeConverter.class,
            description = "Skip and report files larger than SIZE, such as 20MiB "
                    + "(default: 10MiB).")
    Long maxFileSize;

    @Option(names = "--fix", negatable = true, description = "Apply the safe fixes and write "
            + "the files; with standard input, print the fixed source. Then report what remains "
            + "(default: fix of the configuration; --no-fix overrides it).")
    Boolean fix;

    @Option(names = "--unsafe-fixes", negatable = true, description = "With --fix (or --diff), "
            + "apply the unsafe fixes too; without, mark them fixable in the report "
            + "(default: unsafe-fixes of the configuration; --no-unsafe-fixes overrides it and "
            + "drops the count of unsafe fixes from the summary).")
    Boolean unsafeFixes;

    @Option(names = "--diff", description = "Print a unified diff of what --fix would change, "
            + "change nothing, and exit 1 if there would be changes.")
    boolean diff;

    @Option(names = "--add-noqa", description = "Add `# noqa: GILxxx` to each line with a "
            + "finding, write the files, and print how many lines got one.")
    boolean addNoqa;

    @Option(names = "--no-cache", description = "Neither read nor write the cache "
            + "(also GILSCAN_NO_CACHE=1 in the environment).")
    boolean noCache;

    @Option(names = "--cache-dir", paramLabel = "DIR", description = "The cache's folder "
            + "(default: GILSCAN_CACHE_DIR, else cache-dir of the configuration, else "
            + ".gilscan_cache beside the pyproject.toml, else in the current folder).")
    Path cacheDir;

    @ParentCommand
    GilscanCommand parent;

    /** The environment the cache settings are read from; tests replace it. */
    static java.util.function.UnaryOperator<String> environment = System::getenv;

    /** A usage, configuration or input error: the message is printed and the exit code is 2. */
    private static final class Stop extends Exception {
        private static final long serialVersionUID = 1L;

        Stop(String message) {
            super(message);
        }
    }

    /**
     * The files named that could not be loaded, what the rules found in the others, and the text
     * of each file analyzed.
     */
    private record Scan(List<ProjectLoader.Problem> problems, Engine.Result result,
            SourceTexts sources) {
        /** A file's text as the analyzer read it, for fingerprints. */
        String text(Path path) {
            SourceText source = sources.get(path);
            return source != null ? source.text() : SarifReport.readSource(path);
        }

        /**
         * Whether the check itself went wrong: a rule failed, a file's analysis failed, or a
         * named path is not a regular file (exit code 2).
         */
        boolean wentWrong() {
            return !result.errors().isEmpty()
                    || problems.stream().anyMatch(ProjectLoader.Problem::isError);
        }
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return check(err);
        } catch (Stop e) {
            err.println("gilscan: " + e.getMessage());
            return 2;
        }
    }

    private int check(PrintWriter err) throws Stop {
        if (statistics && format != Format.full && format != Format.concise
                && format != Format.json) {
            throw new Stop("--statistics works with the full, concise and json formats");
        }
        if (baselineMode == BaselineMode.keep && (baseline == null || format != Format.sarif)) {
            throw new Stop("--baseline-mode keep needs --baseline and --output-format sarif");
        }
        if (addNoqa && (Boolean.TRUE.equals(fix) || diff)) {
            throw new Stop("--add-noqa cannot be combined with --fix or --diff");
        }
        Stdin stdin;
        try {
            stdin = Stdin.read(paths, stdinFilename, parent.stdin);
        } catch (IllegalArgumentException e) {
            throw new Stop(e.getMessage());
        }
        if (stdin != null && addNoqa) {
            throw new Stop("--add-noqa writes files; it cannot be used with standard input");
        }
        if (stdin != null) {
            paths = new ArrayList<>(List.of(stdin.path()));
        } else if (paths.isEmpty()) {
            paths.add(Path.of("."));
        }
        for (Path p : stdin != null ? List.<Path>of() : paths) {
            if (!Files.exists(p)) {
                throw new Stop(p + ": no such file or folder");
            }
        }
        Settings settings;
        try {
            settings = parent.settings().settings(paths.get(0), new Overrides(
                    new RuleSelection(select, extendSelect, ignore != null ? ignore : List.of()),
                    target, maxFileSize, forceExclude, addNoqa ? Boolean.FALSE : fix,
                    unsafeFixes));
        } catch (SettingsException e) {
            throw new Stop(e.getMessage());
        }
        Baseline known = baseline == null ? Baseline.NONE : readBaseline();
        TargetVersion version = settings.target();
        if (showSettings) {
            ShowSettings.print(settings, cache(settings), spec.commandLine().getOut());
            return 0;
        }
        // fix = true in the configuration, as --fix; --diff changes nothing all the same.
        boolean applyFixes = settings.fix() && !diff;
        boolean unsafe = settings.appliesUnsafeFixes();
        List<Path> files = stdin != null ? stdin.files(settings) : findFiles(settings, err);
        if (showFiles) {
            files.forEach(f -> spec.commandLine().getOut().println(TextOutput.displayPath(f)));
            return 0;
        }
        Map<Path, String> stdinBuffers = stdin != null ? stdin.buffers(files) : Map.of();
        ResultCache cache = cache(settings);
        Path sourceRoot = SourceFiles.sourceRoot(paths.get(0));
        Scan[] last = new Scan[1];
        FixLoop.Outcome fixed = null;
        if (applyFixes || diff) {
            fixed = new FixLoop(unsafe, version.minor(), stdinBuffers, err).run(buffers -> {
                last[0] = scan(files, settings, buffers, cache, err);
                return reported(last[0], settings, known, sourceRoot).active();
            });
        } else {
            last[0] = scan(files, settings, stdinBuffers, cache, err);
        }
        Scan scan = last[0];
        printProblems(scan, err);
        if (addNoqa) {
            return addNoqa(reported(scan, settings, known, sourceRoot).active(), version, err)
                    || scan.wentWrong() ? 2 : 0;
        }
        if (diff) {
            return diff(fixed, scan, err);
        }
        boolean wrote = fixed == null || writeFixes(fixed, stdin, err);
        Reported reported = reported(scan, settings, known, sourceRoot);
        List<Finding> all = reported.all();
        List<Finding> active = reported.active();
        List<ProjectLoader.Problem> problems = scan.problems();
        int unparsed = problems.size();
        Predicate<Finding> fixable = f -> !applyFixes && FixLoop.applies(f, unsafe);
        TextOutput.FixCounts counts = new TextOutput.FixCounts(
                (int) active.stream().filter(fixable).count(),
                !settings.hintsUnsafeFixes() ? 0 : (int) active.stream().filter(f -> f.fix()
                        != null && f.fix().applicability() == Finding.Applicability.UNSAFE)
                        .count(),
                fixed == null ? null : fixed.fixed());

        StringWriter report = new StringWriter();
        PrintWriter out = new PrintWriter(report);
        if (statistics) {
            TextOutput.statistics(active, format == Format.json, out);
        } else {
            switch (format) {
                case concise -> TextOutput.concise(active, problems, fixable, out);
                case full -> TextOutput.full(active, problems, scan.sources()::get, fixable, out);
                case github -> TextOutput.github(active, problems, out);
                case json -> TextOutput.json(active, problems, out);
                case json_lines -> CiOutput.jsonLines(active, problems, out);
                case junit -> CiOutput.junit(active, problems, out);
                case gitlab -> CiOutput.gitlab(active, problems, SarifReport.fingerprints(active,
                        sourceRoot, scan::text), sourceRoot, out);
                case sarif -> out.print(sarif(settings, scan, all, known, files, sourceRoot));
            }
            if (format == Format.full || format == Format.concise) {
                TextOutput.summary(active.size(), unparsed, reported.inBaseline(), counts, out);
            }
        }
        out.flush();
        if (applyFixes && stdin != null && output == null) {
            // Standard output holds the fixed source; the report goes to standard error.
            err.print(report);
            err.flush();
        } else {
            write(report.toString());
        }
        if (scan.wentWrong() || !wrote) {
            return 2;
        }
        return (!active.isEmpty() || unparsed > 0) && !exitZero ? 1 : 0;
    }

    /**
     * The findings of a scan that the report shows: all of them, suppressed ones included, less
     * the per-file ignores and the baseline's; the active ones (not suppressed); and how many the
     * baseline left out.
     */
    private record Reported(List<Finding> all, List<Finding> active, int inBaseline) {}

    private static Reported reported(Scan scan, Settings settings, Baseline known,
            Path sourceRoot) {
        List<Finding> all = settings.perFileIgnores().filter(scan.result().findings());
        List<Finding> active = SarifReport.withoutBaseline(all, known.fingerprints(), sourceRoot,
                scan::text)
                .stream().filter(f -> f.suppression() == null).toList();
        int inBaseline = (int) all.stream().filter(f -> f.suppression() == null).count()
                - active.size();
        return new Reported(all, active, inBaseline);
    }

    /**
     * {@code --diff}: the diff of each file the fixes change, to the report's destination, and
     * on standard error how many findings they fix. Exit 1 if anything would change.
     */
    private int diff(FixLoop.Outcome outcome, Scan scan, PrintWriter err) throws Stop {
        StringBuilder text = new StringBuilder();
        outcome.after().forEach((path, after) -> text.append(UnifiedDiff.of(
                TextOutput.displayPath(path), outcome.before().get(path).text(), after.text())));
        write(text.toString());
        err.println(outcome.fixed() == 0 ? "No findings would be fixed."
                : "Would fix " + outcome.fixed() + " finding" + (outcome.fixed() == 1 ? "" : "s")
                        + ".");
        if (scan.wentWrong()) {
            return 2;
        }
        return outcome.after().isEmpty() ? 0 : 1;
    }

    /**
     * {@code --fix}: writes each file the fixes changed, or, for standard input, prints the
     * source with its fixes. False if a file could not be written (told on {@code err}).
     */
    private boolean writeFixes(FixLoop.Outcome outcome, @Nullable Stdin stdin, PrintWriter err) {
        if (stdin != null) {
            EditableFile after = outcome.after().get(stdin.path());
            spec.commandLine().getOut().print(after != null ? after.text() : stdin.text());
            spec.commandLine().getOut().flush();
            return true;
        }
        boolean ok = true;
        for (EditableFile file : outcome.after().values()) {
            try {
                file.write();
            } catch (IOException e) {
                err.println("gilscan: cannot write " + TextOutput.displayPath(file.path()) + ": "
                        + IoErrors.reason(e));
                ok = false;
            }
        }
        return ok;
    }

    /**
     * {@code --add-noqa}: adds the codes of the findings to the {@code # noqa} comment of their
     * lines ({@link NoqaEdit}) and writes the files; prints how many lines got codes. True if
     * something went wrong (a file that cannot be read, rewritten or written).
     */
    private boolean addNoqa(List<Finding> active, TargetVersion version, PrintWriter err) {
        Map<Path, List<Finding>> byFile = new TreeMap<>();
        for (Finding f : active) {
            byFile.computeIfAbsent(f.location().path(), p -> new ArrayList<>()).add(f);
        }
        int added = 0;
        boolean failed = false;
        for (Map.Entry<Path, List<Finding>> entry : byFile.entrySet()) {
            Path path = entry.getKey();
            try {
                EditableFile file = EditableFile.read(path);
                NoqaLines.Added result = NoqaLines.add(file.text(), path, entry.getValue(),
                        version.minor());
                if (result == null) {
                    err.println("gilscan: warning: " + TextOutput.displayPath(path)
                            + ": no noqa added: the file would not parse");
                    continue;
                }
                file.withText(result.text()).write();
                added += result.lines();
            } catch (EditableFile.NotEditable e) {
                err.println("gilscan: warning: " + TextOutput.displayPath(path)
                        + ": no noqa added: " + e.getMessage());
            } catch (IOException e) {
                err.println("gilscan: cannot write " + TextOutput.displayPath(path) + ": "
                        + IoErrors.reason(e));
                failed = true;
            }
        }
        err.println("Added " + added + " noqa directive" + (added == 1 ? "" : "s") + ".");
        return failed;
    }

    /** The baseline's findings, read before anything is written. */
    private Baseline readBaseline() throws Stop {
        try {
            return Baseline.read(baseline);
        } catch (NoSuchFileException e) {
            throw new Stop("--baseline " + baseline + ": no such file");
        } catch (IOException e) {
            throw new Stop("--baseline " + baseline + ": cannot read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new Stop("--baseline: " + e.getMessage());
        }
    }

    private List<Path> findFiles(Settings settings, PrintWriter err) throws Stop {
        List<Path> files;
        try {
            files = SourceFiles.find(paths, settings, (file, what) -> err.println(
                    "gilscan: warning: skipped " + TextOutput.displayPath(file) + ": " + what
                            + ", not a regular file"));
        } catch (IOException e) {
            throw new Stop("cannot list files: " + e.getMessage());
        }
        if (files.isEmpty()) {
            err.println("gilscan: warning: no Python files found under " + String.join(", ",
                    paths.stream().map(Path::toString).toList()));
        }
        return files;
    }

    /**
     * The cache to use, or null with {@code --no-cache} or {@code GILSCAN_NO_CACHE}
     * ({@link CacheLocation}; without a configuration file, in the current folder).
     */
    private @Nullable ResultCache cache(Settings settings) {
        return CacheLocation.of(settings, cacheDir, noCache, environment,
                Path.of("").toAbsolutePath(), new GilscanCommand.Version().versionNumber());
    }

    /**
     * Parses the files with the rest of their projects and runs the rules on them
     * ({@link ScanService}), with progress on a terminal; the files in {@code buffers} are read
     * from there (standard input, the passes of {@code --fix}). A part whose results are in
     * {@code cache} (not null) and that has no buffer is not analyzed; the others' results are
     * stored there.
     */
    private Scan scan(List<Path> files, Settings settings, Map<Path, String> buffers,
            @Nullable ResultCache cache, PrintWriter err) throws Stop {
        List<ProjectScope.Part> parts;
        try {
            parts = ProjectScope.of(files, settings.excludes(), settings.layout());
        } catch (IOException e) {
            throw new Stop("cannot list files: " + e.getMessage());
        }
        int analyzed = parts.stream().mapToInt(p -> p.reported().size() + p.others().size()).sum();
        Progress progress = Progress.start(err, analyzed, parent.stderrIsTerminal);
        ScanService.Result result = ScanService.scan(ScanService.Request.of(settings, parts,
                buffers, cache));
        progress.stop();
        Exception failure = result.cacheFailure();
        if (failure != null && cache != null) {
            err.println("gilscan: warning: cannot write the cache in " + cache.root() + ": "
                    + (failure instanceof IOException io ? IoErrors.reason(io)
                            : failure.toString()));
        }
        SourceTexts sources = new SourceTexts();
        result.sources().forEach(sources::keep);
        return new Scan(result.problems(), new Engine.Result(result.findings(), result.errors()),
                sources);
    }

    /** The files that could not be read or parsed and the rules that failed, on {@code err}. */
    private static void printProblems(Scan scan, PrintWriter err) {
        for (ProjectLoader.Problem p : scan.problems()) {
            err.println(TextOutput.position(p) + ": " + p.message());
        }
        for (String e : scan.result().errors()) {
            err.println("gilscan: internal error: " + e);
        }
    }

    /**
     * All findings, suppressed ones with their suppression; those in the baseline left out, or
     * with {@code --baseline-mode keep} marked unchanged, and the baseline's results in the
     * {@code checked} files that are gone marked absent.
     */
    private String sarif(Settings settings, Scan scan, List<Finding> findings, Baseline known,
            List<Path> checked, Path sourceRoot) {
        List<Notification> notifications = scan.problems().stream()
                .map(p -> Notification.error(p.path(), p.line(), p.column(), p.message()))
                .toList();
        return SarifReport.builder(tool(), sourceRoot)
                .rules(settings.rules().stream().map(Check::descriptor).toList(),
                        RuleRegistry::docs)
                .findings(findings)
                .notifications(notifications)
                .executionSuccessful(!scan.wentWrong())
                .sources(scan::text)
                .baseline(known)
                .checked(checked)
                .keepBaseline(baselineMode == BaselineMode.keep)
                .layout(settings.layout(), settings.target().minor())
                .versionControl(VersionControl.of(sourceRoot))
                .automationId("gilscan/")
                .toJson();
    }

    private static ToolInfo tool() {
        return new ToolInfo("gilscan", new GilscanCommand.Version().versionNumber(),
                "https://github.com/gilscan/gilscan");
    }

    /** Writes the report to {@code --output}, or to standard output. */
    private void write(String report) throws Stop {
        if (output == null) {
            spec.commandLine().getOut().print(report);
            spec.commandLine().getOut().flush();
            return;
        }
        try {
            Files.writeString(output, report);
        } catch (NoSuchFileException e) {
            throw new Stop("cannot write " + output + ": no such folder");
        } catch (IOException e) {
            throw new Stop("cannot write " + output + ": " + IoErrors.reason(e));
        }
    }
}
