package dev.gilscan.scan;

import dev.gilscan.analyzer.ast.Location;
import dev.gilscan.analyzer.cache.ResultCache;
import dev.gilscan.analyzer.engine.Engine;
import dev.gilscan.analyzer.files.ProjectLoader;
import dev.gilscan.analyzer.files.ProjectScope;
import dev.gilscan.analyzer.rule.Check;
import dev.gilscan.analyzer.rule.Finding;
import dev.gilscan.analyzer.rule.RuleDescriptor;
import dev.gilscan.settings.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One project part's entry in the {@link ResultCache}: its key, and the stamps of its files taken
 * when the part was looked up (before any file is read, so a file changed meanwhile misses next
 * time).
 *
 * <p>The key, the stamps and the stored findings name the part's files relative to the part's
 * root, so one entry serves every way of naming them: {@code gilscan check .} run in the project,
 * {@code gilscan check /path/to/project}, and the language server's absolute paths. Read back,
 * each path is the part's file as this scan names it; an entry naming a file the part does not
 * have is not used, and results naming one are not stored.
 */
final class CachedPart {
    private final ResultCache cache;
    private final String key;
    private final List<ResultCache.FileStamp> stamps;
    /** The part's files as this scan names them, by their name relative to the part's root. */
    private final Map<String, Path> byStoredName = new HashMap<>();
    private final Map<Path, String> storedNames = new HashMap<>();

    CachedPart(ResultCache cache, ProjectScope.Part part, Settings settings, List<Check> rules) {
        this.cache = cache;
        Path root = part.root().toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>(part.reported());
        files.addAll(part.others());
        for (Path file : files) {
            String name = root.relativize(file.toAbsolutePath().normalize()).toString();
            byStoredName.put(name, file);
            storedNames.put(file, name);
        }
        this.key = key(part, root, settings, rules, cache.version());
        List<ResultCache.FileStamp> stamps = new ArrayList<>();
        for (ResultCache.FileStamp s : ResultCache.stamps(files, settings.maxFileSize())) {
            stamps.add(new ResultCache.FileStamp(storedNames.get(Path.of(s.path())), s.size(),
                    s.modified(), s.sha256()));
        }
        this.stamps = stamps;
    }

    ResultCache cache() {
        return cache;
    }

    /** The entry, if every stamp still matches and every path in it is one of the part's. */
    ResultCache.@Nullable Entry read(List<Check> rules) {
        Map<String, RuleDescriptor> descriptors = new HashMap<>();
        rules.forEach(c -> descriptors.put(c.descriptor().id(), c.descriptor()));
        ResultCache.Entry stored = cache.read(key, stamps, descriptors);
        if (stored == null) {
            return null;
        }
        return relocated(stored, name -> byStoredName.get(name.toString()));
    }

    /** Stores the part's results; false (nothing written) when they name a file not in it. */
    boolean write(List<Finding> findings, List<ProjectLoader.Problem> problems)
            throws IOException {
        ResultCache.Entry stored = relocated(new ResultCache.Entry(findings, problems), path -> {
            String name = storedNames.get(path);
            return name == null ? null : Path.of(name);
        });
        if (stored == null) {
            return false;
        }
        cache.write(key, stamps, stored);
        return true;
    }

    /** The entry with each path mapped, or null if one maps to nothing. */
    private static ResultCache.@Nullable Entry relocated(ResultCache.Entry entry,
            Function<Path, @Nullable Path> map) {
        Relocation to = new Relocation(map);
        List<Finding> findings = new ArrayList<>();
        for (Finding f : entry.findings()) {
            List<Finding.Related> related = f.related().stream().map(to::related).toList();
            List<Finding.Related> flow = f.flow().stream().map(to::related).toList();
            Finding.Fix fix = f.fix() == null ? null : new Finding.Fix(f.fix().description(),
                    f.fix().applicability(), f.fix().edits().stream()
                            .map(e -> new Finding.Edit(to.location(e.location()), e.text()))
                            .toList());
            findings.add(new Finding(f.rule(), f.message(), to.location(f.location()), related,
                    flow, fix, f.suppression()));
        }
        List<ProjectLoader.Problem> problems = new ArrayList<>();
        for (ProjectLoader.Problem p : entry.problems()) {
            problems.add(new ProjectLoader.Problem(to.path(p.path()), p.line(), p.column(),
                    p.message(), p.kind()));
        }
        return to.complete ? new ResultCache.Entry(findings, problems) : null;
    }

    /** Maps paths, noting whether one had no image. */
    private static final class Relocation {
        private final Function<Path, @Nullable Path> map;
        boolean complete = true;

        Relocation(Function<Path, @Nullable Path> map) {
            this.map = map;
        }

        Path path(Path path) {
            Path mapped = map.apply(path);
            if (mapped == null) {
                complete = false;
                return path;
            }
            return mapped;
        }

        Location location(Location at) {
            return new Location(path(at.path()), at.span());
        }

        Finding.Related related(Finding.Related r) {
            return new Finding.Related(location(r.location()), r.message());
        }
    }

    /**
     * What decides a part's results besides its files' bytes: gilscan (version and build), the
     * target version, the rules, the settings the analysis reads, and the part's files.
     */
    private static String key(ProjectScope.Part part, Path root, Settings settings,
            List<Check> rules, String version) {
        List<String> items = new ArrayList<>();
        items.add(version);
        // The scan, the analyzer and the settings reader: one jar in a release, three folders
        // in a build tree.
        for (Class<?> code : List.of(CachedPart.class, Engine.class, Settings.class)) {
            items.add(build(code));
        }
        items.add(settings.target().toString());
        items.add(String.valueOf(settings.maxFileSize()));
        Set<String> builds = new TreeSet<>();
        for (Check c : rules) {
            items.add(c.descriptor().id() + "=" + c.getClass().getName());
            builds.add(build(c.getClass()));
        }
        // A rule pack upgraded in place keeps its class names: its jar's stamp tells.
        items.addAll(builds);
        items.add("entry-points");
        items.addAll(settings.threadEntryPoints());
        items.add("src");
        settings.src().forEach(p -> items.add(p.toString()));
        items.add("root=" + root);
        items.add("reported");
        part.reported().forEach(p -> items.add(root.relativize(p.toAbsolutePath().normalize())
                .toString()));
        items.add("others");
        part.others().forEach(p -> items.add(root.relativize(p.toAbsolutePath().normalize())
                .toString()));
        // Module names follow the packages: which folders have an __init__.py (an excluded
        // one counts too, and is in neither list).
        items.add("packages");
        Set<Path> folders = new TreeSet<>();
        for (List<Path> list : List.of(part.reported(), part.others())) {
            for (Path file : list) {
                Path dir = file.toAbsolutePath().normalize().getParent();
                while (dir != null && dir.startsWith(root) && folders.add(dir)) {
                    dir = dir.getParent();
                }
            }
        }
        for (Path folder : folders) {
            if (Files.exists(folder.resolve("__init__.py"))) {
                items.add(folder.toString());
            }
        }
        return ResultCache.key(items);
    }

    /**
     * The path, size and time of the jar (or classes folder) a class comes from: a rebuild of
     * gilscan or of a rule pack misses.
     */
    private static String build(Class<?> type) {
        try {
            Path code = Path.of(type.getProtectionDomain().getCodeSource()
                    .getLocation().toURI());
            return code + ":" + Files.size(code) + ":" + Files.getLastModifiedTime(code).toMillis();
        } catch (Exception e) {
            return "unknown build";
        }
    }
}
