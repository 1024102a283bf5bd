package dev.gilscan.scan;

import dev.gilscan.analyzer.cache.ResultCache;
import dev.gilscan.analyzer.engine.Engine;
import dev.gilscan.analyzer.files.ProjectLoader;
import dev.gilscan.analyzer.files.ProjectScope;
import dev.gilscan.analyzer.link.Project;
import dev.gilscan.analyzer.model.SemanticModel;
import dev.gilscan.analyzer.parser.SourceText;
import dev.gilscan.analyzer.rule.Check;
import dev.gilscan.analyzer.rule.Finding;
import dev.gilscan.settings.Settings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Scans project parts with given settings and rules: the one way {@code gilscan check} and the
 * language server turn files into findings. For each part, in order:
 *
 * <ol>
 *   <li>the cache: a part none of whose files is read from a buffer is looked up in the
 *       {@link ResultCache} (when there is one), and an entry whose stamps all match is its
 *       result;
 *   <li>load: the part's files are parsed and modelled in parallel ({@link ProjectLoader}),
 *       except those whose models the caller already holds ({@link LoadedModels}), the files in
 *       {@link Request#buffers} from there;
 *   <li>link: one {@link Project} of the part's models, reported files first, with the
 *       {@code thread-entry-points} declared;
 *   <li>report: the rules run on the reported files ({@link Engine}); the results of a part
 *       whose analysis did not fail are stored in the cache.
 * </ol>
 *
 * The findings are all of them, suppressed ones marked; what a report leaves out
 * ({@code per-file-ignores}, a baseline, the suppressed) is the caller's to decide.
 */
public final class ScanService {
    private ScanService() {}

    /** Models the caller loaded before (an editor keeps them between saves). */
    @FunctionalInterface
    public interface LoadedModels {
        /** None: every file is loaded. */
        LoadedModels NONE = files -> Map.of();

        /**
         * For those of {@code files} that were loaded before and have not changed since: the
         * model, or empty if the file could not be loaded (an other file is then left out of the
         * project; a reported one is loaded again, for its problem). Called after the cache's
         * stamps are taken, so a model is never older than its file's stamp.
         */
        Map<Path, Optional<SemanticModel>> current(List<Path> files);
    }

    /**
     * What to scan.
     *
     * @param settings the settings of the scan
     * @param rules the rules to run (usually {@link Settings#rules})
     * @param parts the project parts: the files to report on, and the others they are analyzed
     *     with
     * @param buffers texts to analyze instead of the files' (standard input, the passes of
     *     {@code --fix}, an editor's unsaved buffer); only those of reported files are used
     * @param loaded models to reuse instead of loading their files again
     * @param cache the results cache, or null for none
     */
    public record Request(Settings settings, List<Check> rules, List<ProjectScope.Part> parts,
            Map<Path, String> buffers, LoadedModels loaded, @Nullable ResultCache cache) {
        public Request {
            rules = List.copyOf(rules);
            parts = List.copyOf(parts);
            buffers = Map.copyOf(buffers);
        }

        /** A scan of {@code parts} with the settings' rules, loading every file. */
        public static Request of(Settings settings, List<ProjectScope.Part> parts,
                Map<Path, String> buffers, @Nullable ResultCache cache) {
            return new Request(settings, settings.rules(), parts, buffers, LoadedModels.NONE,
                    cache);
        }
    }

    /**
     * What a scan found.
     *
     * @param findings the findings in the reported files, in {@link Finding#ORDER}
     * @param errors the rules that failed, and on which file
     * @param problems the reported files that could not be read, parsed or analyzed, by path
     * @param sources the text the analysis read of each file with findings (none for a part
     *     from the cache: read it again from disk)
     * @param buffered the models of the reported files read from a buffer
     * @param cacheFailure the first error writing the cache, or null
     */
    public record Result(List<Finding> findings, List<String> errors,
            List<ProjectLoader.Problem> problems, Map<Path, SourceText> sources,
            Map<Path, SemanticModel> buffered, @Nullable Exception cacheFailure) {}

    /** Scans the parts of {@code request}. */
    public static Result scan(Request request) {
        List<Finding> findings = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<ProjectLoader.Problem> problems = new ArrayList<>();
        Map<Path, SourceText> sources = new HashMap<>();
        Map<Path, SemanticModel> buffered = new HashMap<>();
        Exception cacheFailure = null;
        for (ProjectScope.Part part : request.parts()) {
            CachedPart cached = cached(request, part);
            ResultCache.Entry entry = cached != null ? cached.read(request.rules()) : null;
            if (entry != null) {
                findings.addAll(entry.findings());
                problems.addAll(entry.problems());
                continue;
            }
            Analysis analysis = analyze(request, part);
            findings.addAll(analysis.result().findings());
            errors.addAll(analysis.result().errors());
            problems.addAll(analysis.problems());
            // Only the texts of files with findings are kept, for excerpts and fingerprints.
            Set<Path> flagged = new HashSet<>();
            analysis.result().findings().forEach(f -> flagged.add(f.location().path()));
            for (SemanticModel m : analysis.project().files()) {
                if (flagged.contains(m.path())) {
                    sources.put(m.path(), m.parse().source());
                }
            }
            for (SemanticModel m : analysis.reported()) {
                if (request.buffers().containsKey(m.path())) {
                    buffered.put(m.path(), m);
                }
            }
            boolean failed = !analysis.result().errors().isEmpty()
                    || analysis.problems().stream().anyMatch(p -> p.kind()
                            == ProjectLoader.Problem.Kind.ANALYSIS_FAILED);
            if (cached != null && !failed) {
                try {
                    cached.write(analysis.result().findings(), analysis.problems());
                } catch (IOException | RuntimeException e) {
                    cacheFailure = cacheFailure != null ? cacheFailure : e;
                }
            }
        }
        findings.sort(Finding.ORDER);
        problems.sort(Comparator.comparing(ProjectLoader.Problem::path));
        return new Result(findings, errors, problems, sources, buffered, cacheFailure);
    }

    /**
     * The results of the parts of {@code request} from the cache alone, or null unless every
     * part has an entry whose stamps all match (nothing is analyzed).
     */
    public static @Nullable Result cachedOnly(Request request) {
        List<Finding> findings = new ArrayList<>();
        List<ProjectLoader.Problem> problems = new ArrayList<>();
        for (ProjectScope.Part part : request.parts()) {
            CachedPart cached = cached(request, part);
            ResultCache.Entry entry = cached != null ? cached.read(request.rules()) : null;
            if (entry == null) {
                return null;
            }
            findings.addAll(entry.findings());
            problems.addAll(entry.problems());
        }
        findings.sort(Finding.ORDER);
        problems.sort(Comparator.comparing(ProjectLoader.Problem::path));
        return new Result(findings, List.of(), problems, Map.of(), Map.of(), null);
    }

    /** The part's cache entry, or null without a cache or when a file is read from a buffer. */
    private static @Nullable CachedPart cached(Request request, ProjectScope.Part part) {
        ResultCache cache = request.cache();
        if (cache == null || part.reported().stream().anyMatch(request.buffers()::containsKey)
                || part.others().stream().anyMatch(request.buffers()::containsKey)) {
            return null;
        }
        return new CachedPart(cache, part, request.settings(), request.rules());
    }

    /** A part analyzed: its project, the models of its reported files, what the rules found. */
    private record Analysis(Project project, List<SemanticModel> reported,
            List<ProjectLoader.Problem> problems, Engine.Result result) {}

    /**
     * Loads the part's files that are not loaded yet, the reported ones first, links them into
     * one project and runs the rules on the reported files.
     */
    private static Analysis analyze(Request request, ProjectScope.Part part) {
        Settings settings = request.settings();
        List<Path> files = new ArrayList<>(part.reported());
        files.addAll(part.others());
        Set<Path> reportedFiles = new HashSet<>(part.reported());
        Map<Path, String> own = new HashMap<>();
        for (Path file : part.reported()) {
            String text = request.buffers().get(file);
            if (text != null) {
                own.put(file, text);
            }
        }
        Map<Path, Optional<SemanticModel>> reuse = new HashMap<>(request.loaded().current(files));
        reuse.keySet().removeIf(file -> own.containsKey(file)
                || reportedFiles.contains(file) && reuse.get(file).isEmpty());
        List<Path> missing = files.stream().filter(f -> !reuse.containsKey(f)).toList();
        ProjectLoader.Loaded fresh = ProjectLoader.load(missing, settings.target().minor(), own,
                settings.layout(), settings.maxFileSize());
        Project project;
        if (reuse.isEmpty()) {
            project = fresh.project();
        } else {
            Map<Path, SemanticModel> byPath = new HashMap<>();
            fresh.project().files().forEach(m -> byPath.put(m.path(), m));
            reuse.forEach((file, model) -> model.ifPresent(m -> byPath.put(file, m)));
            List<SemanticModel> models = new ArrayList<>(files.size());
            for (Path file : files) {
                SemanticModel model = byPath.get(file);
                if (model != null) {
                    models.add(model);
                }
            }
            project = Project.of(models);
        }
        project.declareThreadEntryPoints(settings.threadEntryPoints());
        List<SemanticModel> reported = project.files().stream()
                .filter(m -> reportedFiles.contains(m.path())).toList();
        List<ProjectLoader.Problem> problems = fresh.problems().stream()
                .filter(p -> reportedFiles.contains(p.path())).toList();
        Engine.Result result = new Engine(request.rules()).run(project, reported,
                settings.target());
        return new Analysis(project, reported, problems, result);
    }
}
