package dev.gilscan.lsp;

import dev.gilscan.analyzer.cache.ResultCache;
import dev.gilscan.analyzer.files.PackageLayout;
import dev.gilscan.analyzer.files.ProjectLoader;
import dev.gilscan.analyzer.files.ProjectScope;
import dev.gilscan.analyzer.model.SemanticModel;
import dev.gilscan.analyzer.rule.Finding;
import dev.gilscan.rules.RuleSelection;
import dev.gilscan.scan.CacheLocation;
import dev.gilscan.scan.ScanService;
import dev.gilscan.settings.Overrides;
import dev.gilscan.settings.ProjectSettings;
import dev.gilscan.settings.Settings;
import dev.gilscan.settings.SettingsException;
import dev.gilscan.settings.SettingsSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * One project root as the server sees it: the configuration of each folder holding a buffer,
 * re-read when a {@code pyproject.toml} at or above that folder changes; its Python files on disk,
 * each parsed once and again only when its modification time or size changes; and the analysis
 * of an editor buffer against them with the engine {@code gilscan check} uses. A buffer is
 * analyzed with the workspace's files of its own project ({@link PackageLayout#importRoot}), as
 * {@code gilscan check} analyzes a file with the rest of its project.
 */
final class Workspace {
    /**
     * What one analysis of a buffer found.
     *
     * @param text the text analyzed
     * @param findings the findings in the buffer, less those suppressed by {@code # noqa}
     * @param syntaxError what kept the buffer from being analyzed (a syntax error, or a text
     *     over max-file-size), or null
     * @param model the buffer's model, null when it could not be parsed or was excluded
     */
    record Analysis(String text, List<Finding> findings,
            ProjectLoader.@Nullable Problem syntaxError, @Nullable SemanticModel model) {}

    /**
     * A file on disk as last parsed: its stamp, the source roots its module was named with, and
     * its model (null if it did not parse).
     */
    private record Parsed(long modified, long size, List<Path> src,
            @Nullable SemanticModel model) {}

    /**
     * The settings and the disk models one analysis runs with: the buffer's project root, the
     * project's other files that were read (in the order listed) and their models, empty for a
     * file that did not parse; nothing when the configuration excludes the buffer.
     */
    private record Snapshot(Settings settings, boolean excluded, Path root, List<Path> others,
            Map<Path, Optional<SemanticModel>> models) {}

    /**
     * A buffer just opened, and the entry of {@code gilscan check}'s results cache for its
     * project.
     *
     * @param file the buffer, whose text is the file's on disk
     * @param cache the cache
     * @param settings the settings of the workspace folder, which are the buffer's too
     * @param part the part {@code gilscan check} of the workspace folder makes of the
     *     buffer's project
     * @param analysis the buffer's analysis from the entry, or null when there is no entry
     *     whose stamps all match
     */
    record Warm(Path file, ResultCache cache, Settings settings, ProjectScope.Part part,
            @Nullable Analysis analysis) {}

    /** The last analysis of a buffer, and the text and snapshot it was made with. */
    private record Last(String text, Snapshot snapshot, Analysis analysis) {}

    /** A folder's configuration, and the stamps of the {@code pyproject.toml} files above it. */
    private record Known(String stamp, ProjectSettings config) {}

    private final Path root;
    private final boolean wholeFolder;
    private final SettingsSource configSource;
    private final Consumer<String> warn;
    private final Consumer<String> log;
    private final @Nullable String cacheVersion;
    private final UnaryOperator<@Nullable String> environment;

    // All guarded by this.
    private final Map<Path, Known> settings = new HashMap<>();
    private @Nullable List<Path> files;
    private @Nullable ProjectSettings listedWith;
    private final Set<Path> notListed = new HashSet<>();
    /**
     * Per target minor version: the files on disk as last parsed with its syntax. Sub-projects
     * may target different versions; the parses of the {@value #TARGETS_KEPT} targets used last
     * are kept, so that switching between two does not parse the project again, and more do not
     * keep a copy of it each.
     */
    private final Map<Integer, Map<Path, Parsed>> parsed =
            new LinkedHashMap<>(4, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Integer, Map<Path, Parsed>> eldest) {
                    return size() > TARGETS_KEPT;
                }
            };
    static final int TARGETS_KEPT = 2;
    private @Nullable String lastWarning;
    /** Per buffer, its last analysis: a save of the text just analyzed on change reuses it. */
    private final Map<Path, Last> last = new HashMap<>();
    /** Set once the cache could not be written, by the store threads (not guarded by this). */
    private final AtomicBoolean warnedAboutCache = new AtomicBoolean();

    /**
     * A workspace rooted at {@code root}. When {@code wholeFolder} is false (a file opened
     * outside every workspace folder), the project is the buffer alone.
     */
    Workspace(Path root, boolean wholeFolder, SettingsSource configSource,
            Consumer<String> warn, Consumer<String> log) {
        this(root, wholeFolder, configSource, warn, log, null, name -> null);
    }

    /**
     * A workspace that also reads and writes the results cache of {@code gilscan check}
     * ({@link #warm}, {@link #store}) when {@code cacheVersion} is not null: the cache of that
     * version of gilscan, found as {@link CacheLocation} says with {@code environment}.
     */
    Workspace(Path root, boolean wholeFolder, SettingsSource configSource,
            Consumer<String> warn, Consumer<String> log, @Nullable String cacheVersion,
            UnaryOperator<@Nullable String> environment) {
        this.root = root;
        this.wholeFolder = wholeFolder;
        this.configSource = configSource;
        this.warn = warn;
        this.log = log;
        this.cacheVersion = cacheVersion;
        this.environment = environment;
    }

    Path root() {
        return root;
    }

    /** Whether the project is the whole folder, not a buffer opened outside every folder. */
    boolean wholeFolder() {
        return wholeFolder;
    }

    /** Forgets the configurations and the file list, after files were created, deleted or moved. */
    synchronized void invalidate() {
        settings.clear();
        files = null;
        listedWith = null;
        notListed.clear();
    }

    /**
     * Analyzes {@code text} as the content of {@code path} with the given options: no findings
     * when the configuration's {@code exclude} or an ignore file excludes the file, and none of
     * the rules its {@code per-file-ignores} leave out. Throws
     * {@link CancellationException} when the thread is interrupted: the engine does not check,
     * so this is seen only between the steps (the other files, the buffer, the rules).
     */
    Analysis analyze(Path path, String text, ServerOptions options) {
        Snapshot snapshot = snapshot(path, options);
        if (snapshot.excluded()) {
            return new Analysis(text, List.of(), null, null);
        }
        Last before = lastAnalysis(path);
        if (before != null && before.text().equals(text) && same(before.snapshot(), snapshot)) {
            return before.analysis();
        }
        Analysis analysis = analyze(path, text, snapshot);
        remember(path, new Last(text, snapshot, analysis));
        return analysis;
    }

    private synchronized @Nullable Last lastAnalysis(Path path) {
        return last.get(path);
    }

    private synchronized void remember(Path path, Last analysis) {
        last.put(path, analysis);
    }

    /** Forgets the last analysis of a buffer (closed). */
    synchronized void forget(Path path) {
        last.remove(path);
    }

    /**
     * Whether two snapshots would give the same findings for one text: the same rules, target
     * and settings, and the very same models of the other files (none parsed again since).
     */
    private static boolean same(Snapshot a, Snapshot b) {
        Settings x = a.settings();
        Settings y = b.settings();
        if (a.excluded() != b.excluded() || !x.target().equals(y.target())
                || !x.threadEntryPoints().equals(y.threadEntryPoints())
                || !x.src().equals(y.src()) || x.project() != y.project()
                || x.maxFileSize() != y.maxFileSize() || x.rules().size() != y.rules().size()
                || !a.others().equals(b.others())) {
            return false;
        }
        for (int i = 0; i < x.rules().size(); i++) {
            if (x.rules().get(i).getClass() != y.rules().get(i).getClass()) {
                return false;
            }
        }
        for (Path file : a.others()) {
            if (a.models().get(file).orElse(null) != b.models().get(file).orElse(null)) {
                return false;
            }
        }
        return true;
    }

    private Analysis analyze(Path path, String text, Snapshot snapshot) {
        stopIfInterrupted();
        Settings settings = snapshot.settings();
        // max-file-size applies to the buffer as to the file on disk: not checked, one problem.
        long size = text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (size > settings.maxFileSize()) {
            return new Analysis(text, List.of(),
                    ProjectLoader.tooLarge(path, size, settings.maxFileSize()), null);
        }
        ScanService.Result result = ScanService.scan(new ScanService.Request(settings,
                settings.rules(), List.of(new ProjectScope.Part(snapshot.root(), List.of(path),
                        snapshot.others())), Map.of(path, text), files -> snapshot.models(),
                null));
        stopIfInterrupted();
        if (!result.problems().isEmpty()) {
            return new Analysis(text, List.of(), result.problems().get(0), null);
        }
        for (String error : result.errors()) {
            log.accept("gilscan: internal error: " + error);
        }
        return new Analysis(text, shown(result.findings(), settings), null,
                result.buffered().get(path));
    }

    /** The findings an editor shows: less the per-file ignores and the suppressed ones. */
    private static List<Finding> shown(List<Finding> findings, Settings settings) {
        return settings.perFileIgnores().filter(findings).stream()
                .filter(f -> f.suppression() == null).toList();
    }

    /**
     * Looks up a buffer just opened in the results cache, as {@code gilscan check} of the
     * workspace folder stores them: null when that cannot apply (no cache, a file outside the
     * workspace folder or excluded, a buffer whose settings are not the folder's or whose
     * project reaches outside the folder, a text that is not the file's on disk); else the
     * entry's findings for the buffer, if every stamp of the project's files still matches.
     */
    @Nullable Warm warm(Path path, String text, ServerOptions options) {
        if (!wholeFolder || cacheVersion == null) {
            return null;
        }
        Settings settings;
        List<Path> files;
        synchronized (this) {
            Path folder = path.getParent() != null ? path.getParent() : root;
            Settings own = settings(config(folder), options);
            settings = settings(config(root), options);
            files = own.equals(settings) ? projectFiles(path) : List.of();
        }
        ProjectScope.Part part;
        try {
            if (!files.contains(path) || settings.skips(root, path)) {
                return null;
            }
            part = ProjectScope.of(files, settings.excludes(), settings.layout()).stream()
                    .filter(p -> p.reported().contains(path)).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
        // Files the workspace does not see would make the check's results differ.
        if (part == null || !part.others().isEmpty() || !onDisk(path, text, settings)) {
            return null;
        }
        ResultCache cache = CacheLocation.of(settings, options.cacheDir() == null ? null
                        : root.resolve(options.cacheDir()), options.noCache(), environment, root,
                cacheVersion);
        if (cache == null) {
            return null;
        }
        ScanService.Result cached = ScanService.cachedOnly(new ScanService.Request(settings,
                settings.rules(), List.of(part), Map.of(), ScanService.LoadedModels.NONE, cache));
        if (cached == null) {
            return new Warm(path, cache, settings, part, null);
        }
        ProjectLoader.Problem problem = cached.problems().stream()
                .filter(p -> p.path().equals(path)).findFirst().orElse(null);
        List<Finding> findings = cached.findings().stream()
                .filter(f -> f.location().path().equals(path)).toList();
        return new Warm(path, cache, settings, part, problem != null
                ? new Analysis(text, List.of(), problem, null)
                : new Analysis(text, shown(findings, settings), null, null));
    }

    /** Whether {@code text} is the content of {@code path} on disk, read as UTF-8. */
    private static boolean onDisk(Path path, String text, Settings settings) {
        try {
            return Files.size(path) <= settings.maxFileSize()
                    && new String(Files.readAllBytes(path), java.nio.charset.StandardCharsets.UTF_8)
                            .equals(text);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Analyzes the project of a buffer just opened as {@code gilscan check} of the workspace
     * folder does, with the models already parsed, and stores the results in the cache, so that
     * a later check or editor starts warm.
     */
    void store(Warm warm) {
        ScanService.Result result = ScanService.scan(new ScanService.Request(warm.settings(),
                warm.settings().rules(), List.of(warm.part()), Map.of(),
                files -> current(files.stream().filter(f -> !f.equals(warm.file())).toList(),
                        warm.settings()), warm.cache()));
        Exception failure = result.cacheFailure();
        if (failure != null && !warnedAboutCache.getAndSet(true)) {
            log.accept("gilscan: warning: cannot write the cache in " + warm.cache().root()
                    + ": " + failure.getMessage());
        }
    }

    /** The target minor versions whose parses are kept, least recently used first. */
    synchronized List<Integer> cachedTargets() {
        return List.copyOf(parsed.keySet());
    }

    private static void stopIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("the analysis was interrupted");
        }
    }

    /**
     * The rules and target to use, from the configuration nearest the buffer with the options
     * over it ({@link Settings#of}, as {@code gilscan check} combines them), and the models of
     * the project's other files, brought up to date.
     */
    private synchronized Snapshot snapshot(Path buffer, ServerOptions options) {
        Path folder = buffer.getParent() != null ? buffer.getParent() : root;
        Settings config = settings(config(folder), options);
        try {
            if (config.skips(root, buffer)) {
                return new Snapshot(config, true, root, List.of(), Map.of());
            }
        } catch (IOException e) {
            warnOnce("gilscan: cannot read the ignore files above " + buffer + ": "
                    + e.getMessage());
        }
        List<Path> others = new ArrayList<>(projectFiles(buffer));
        others.remove(buffer);
        PackageLayout layout = config.layout();
        Path project = layout.importRoot(buffer);
        others.removeIf(file -> !project.equals(layout.importRoot(file)));
        Map<Path, Optional<SemanticModel>> models = current(others, config);
        others.removeIf(file -> !models.containsKey(file));
        return new Snapshot(config, false, project, others, models);
    }

    /**
     * The models of {@code files} as they are on disk now, parsed again where they changed
     * ({@link #refresh}); a file that cannot be read is left out, one that does not parse maps
     * to empty.
     */
    private synchronized Map<Path, Optional<SemanticModel>> current(List<Path> files,
            Settings config) {
        Map<Path, Parsed> known = parsed.computeIfAbsent(config.target().minor(),
                k -> new HashMap<>());
        refresh(known, files, config.target().minor(), config.src(), config.layout(),
                config.maxFileSize());
        Map<Path, Optional<SemanticModel>> models = new HashMap<>();
        for (Path file : files) {
            Parsed other = known.get(file);
            if (other != null) {
                models.put(file, Optional.ofNullable(other.model()));
            }
        }
        return models;
    }

    /**
     * The configuration for the files of {@code folder}, read again when a
     * {@code pyproject.toml} at or above it changed; the defaults when it is invalid.
     */
    private ProjectSettings config(Path folder) {
        StringBuilder stamp = new StringBuilder();
        for (Path dir = folder; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("pyproject.toml");
            try {
                stamp.append(Files.getLastModifiedTime(candidate).toMillis())
                        .append('/').append(Files.size(candidate));
            } catch (IOException e) {
                stamp.append('-');
            }
            stamp.append(';');
        }
        Known known = settings.get(folder);
        if (known != null && known.stamp().equals(stamp.toString())) {
            return known.config();
        }
        ProjectSettings config;
        try {
            config = configSource.discover(folder);
        } catch (SettingsException e) {
            config = ProjectSettings.none();
            warnOnce(e.getMessage() + " (gilscan uses its defaults until this is fixed)");
        }
        settings.put(folder, new Known(stamp.toString(), config));
        return config;
    }

    /**
     * The configuration with the options over it; when the options name a rule there is none
     * of, the configuration with the options' target version alone.
     */
    private Settings settings(ProjectSettings config, ServerOptions options) {
        try {
            return Settings.of(config, configSource.rules(), options.overrides());
        } catch (SettingsException e) {
            warnOnce("gilscan: " + e.getMessage() + " (using the configured rules)");
            try {
                return Settings.of(config, configSource.rules(), new Overrides(
                        RuleSelection.none(), options.target(), null, null,
                        null, null));
            } catch (SettingsException unexpected) {
                throw new IllegalStateException(unexpected);
            }
        }
    }

    /** Tells the user about a problem with the settings, once until another one comes up. */
    private void warnOnce(String message) {
        if (!message.equals(lastWarning)) {
            lastWarning = message;
            warn.accept(message);
        }
    }

    /**
     * The project's files, as {@code gilscan check} lists them for the root with the root's
     * configuration; listed again when that configuration changed, or when the buffer is a file
     * the list has not seen.
     */
    private List<Path> projectFiles(Path buffer) {
        if (!wholeFolder) {
            return List.of();
        }
        ProjectSettings config = config(root);
        if (files != null && config == listedWith
                && (files.contains(buffer) || notListed.contains(buffer))) {
            return files;
        }
        if (config != listedWith) {
            notListed.clear();
        }
        listedWith = config;
        List<Path> listed = new ArrayList<>();
        try {
            for (Path file : ProjectLoader.pythonFiles(root, config.excludes())) {
                listed.add(file.toAbsolutePath().normalize());
            }
        } catch (IOException e) {
            warnOnce("gilscan: cannot list the files of " + root + ": " + e.getMessage());
            listed.clear();
        }
        files = listed;
        if (!listed.contains(buffer)) {
            notListed.add(buffer);
        }
        return listed;
    }

    /**
     * Parses again, together and in parallel, the files that changed since they were parsed
     * into {@code known}, or were named with other source roots.
     */
    private void refresh(Map<Path, Parsed> known, List<Path> files, int minor, List<Path> src,
            PackageLayout layout, long maxFileSize) {
        List<Path> stale = new ArrayList<>();
        Map<Path, BasicFileAttributes> stamps = new HashMap<>();
        for (Path file : files) {
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (IOException e) {
                known.remove(file);
                continue;
            }
            Parsed before = known.get(file);
            if (before == null || before.modified() != attributes.lastModifiedTime().toMillis()
                    || before.size() != attributes.size() || !before.src().equals(src)) {
                stale.add(file);
                stamps.put(file, attributes);
            }
        }
        if (stale.isEmpty()) {
            return;
        }
        Map<Path, SemanticModel> models = new HashMap<>();
        for (SemanticModel model : ProjectLoader.load(stale, minor, Map.of(), layout, maxFileSize)
                .project().files()) {
            models.put(model.path(), model);
        }
        for (Path file : stale) {
            BasicFileAttributes attributes = stamps.get(file);
            known.put(file, new Parsed(attributes.lastModifiedTime().toMillis(),
                    attributes.size(), src, models.get(file)));
        }
    }
}
