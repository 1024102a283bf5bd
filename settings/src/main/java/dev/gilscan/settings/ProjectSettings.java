package dev.gilscan.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.gilscan.analyzer.files.GitIgnore;
import dev.gilscan.analyzer.rule.Check;
import dev.gilscan.analyzer.rule.TargetVersion;
import dev.gilscan.rules.PerFileIgnores;
import dev.gilscan.rules.RuleSelection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The {@code [tool.gilscan]} table of the nearest {@code pyproject.toml} above the scanned path:
 *
 * <pre>
 * [tool.gilscan]
 * select = ["GIL2"]            # rule ids or prefixes to run (default: all)
 * extend-select = ["GIL301"]   # more rules to run, on top of select
 * ignore = ["GIL202"]          # rule ids or prefixes to skip
 * exclude = ["tests/data/"]    # gitignore-style patterns, relative to this file's folder
 * extend-exclude = ["gen/"]    # more of them
 * force-exclude = true         # exclude files named on the command line too
 * target-version = "py312"     # py310 ... py314, py313t, py314t
 * thread-entry-points = ["myapp.worker:Worker.process"]  # run on several threads at once
 * max-file-size = "10MiB"      # larger files are reported and not read (default 10 MiB)
 * src = ["lib/python"]         # more folders where module names start, relative to this file
 * cache-dir = ".gilscan_cache" # where results are cached, relative to this file
 * fix = true                   # check applies the safe fixes, as with --fix (default false)
 * unsafe-fixes = true          # and the unsafe ones too, as with --unsafe-fixes
 *
 * [tool.gilscan.per-file-ignores]
 * "tests/" = ["GIL3"]          # gitignore-style pattern = rule ids or prefixes
 * </pre>
 *
 * <p>Every key is checked when the file is read: an unknown key, a value of the wrong type, or a
 * rule id or prefix that matches none of the rules the scan has is a {@link SettingsException}
 * naming the file and the key.
 *
 * @param file the {@code pyproject.toml} the table comes from, null when there is none
 * @param fix {@code fix}, null when not set
 * @param unsafeFixes {@code unsafe-fixes}, null when not set (Ruff's three states: unset shows
 *     how many unsafe fixes there are, false hides that hint too)
 * @param src the {@code src} folders, resolved against the folder of {@code file}
 * @param cacheDir {@code cache-dir}, resolved against the folder of {@code file}
 */
public record ProjectSettings(@Nullable Path file, List<String> select,
        List<String> extendSelect, List<String> ignore, List<String> exclude,
        List<String> extendExclude, boolean forceExclude, Map<String, List<String>> perFileIgnores,
        @Nullable TargetVersion target, List<String> threadEntryPoints,
        @Nullable Long maxFileSize, List<Path> src, @Nullable Path cacheDir,
        @Nullable Boolean fix, @Nullable Boolean unsafeFixes) {
    private static final Set<String> KEYS = Set.of("select", "extend-select", "ignore",
            "exclude", "extend-exclude", "force-exclude", "per-file-ignores", "target-version",
            "thread-entry-points", "max-file-size", "src", "cache-dir", "fix", "unsafe-fixes");

    public ProjectSettings {
        select = List.copyOf(select);
        extendSelect = List.copyOf(extendSelect);
        ignore = List.copyOf(ignore);
        exclude = List.copyOf(exclude);
        extendExclude = List.copyOf(extendExclude);
        perFileIgnores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(perFileIgnores));
        threadEntryPoints = List.copyOf(threadEntryPoints);
        src = List.copyOf(src);
    }

    /** No configuration file: the defaults, patterns relative to the current folder. */
    public static ProjectSettings none() {
        return new ProjectSettings(null, List.of(), List.of(), List.of(), List.of(), List.of(),
                false, Map.of(), null, List.of(), null, List.of(), null, null, null);
    }

    /** The folder the patterns are relative to: the file's, or the current one without a file. */
    public Path base() {
        return file == null ? Path.of("").toAbsolutePath() : file.toAbsolutePath().getParent();
    }

    /** The rule selection of this file, the first layer under the command line's. */
    public RuleSelection selection() {
        return new RuleSelection(select.isEmpty() ? null : select, extendSelect, ignore);
    }

    /** {@code exclude} and {@code extend-exclude}, both, anchored at {@link #base}. */
    public GitIgnore excludes() {
        List<String> all = new ArrayList<>(exclude);
        all.addAll(extendExclude);
        return GitIgnore.of(base(), all);
    }

    /** {@code per-file-ignores}, anchored at {@link #base}. */
    public PerFileIgnores perFile() {
        return PerFileIgnores.of(base(), perFileIgnores);
    }

    /**
     * The nearest {@code pyproject.toml} with a {@code [tool.gilscan]} table at or above
     * {@code start}, its rule ids and prefixes checked against {@code rules}; the defaults when
     * there is none.
     */
    public static ProjectSettings discover(Path start, List<Check> rules)
            throws SettingsException {
        Path dir = start.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            dir = dir.getParent();
        }
        for (; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("pyproject.toml");
            if (Files.isRegularFile(candidate)) {
                ProjectSettings config = read(candidate, rules);
                if (config != null) {
                    return config;
                }
            }
        }
        return none();
    }

    /**
     * The {@code [tool.gilscan]} table of a file, or null if it has none; its rule ids and
     * prefixes must match some of {@code rules}.
     */
    public static @Nullable ProjectSettings read(Path file, List<Check> rules)
            throws SettingsException {
        JsonNode root;
        try {
            root = new TomlMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":"
                    + e.getLocation().getColumnNr();
            throw new SettingsException(file + at + ": not valid TOML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new SettingsException(file + ": cannot read: " + e.getMessage());
        }
        JsonNode table = root.path("tool").path("gilscan");
        if (table.isMissingNode()) {
            return null;
        }
        if (!table.isObject()) {
            throw new SettingsException(file + ": [tool.gilscan] must be a table");
        }
        for (Iterator<String> names = table.fieldNames(); names.hasNext();) {
            String key = names.next();
            if (!KEYS.contains(key)) {
                throw new SettingsException(file + ": unknown key `" + key + "` in [tool.gilscan]"
                        + " (known keys: " + String.join(", ", KEYS.stream().sorted().toList())
                        + ")");
            }
        }
        TargetVersion target = null;
        JsonNode version = table.get("target-version");
        if (version != null) {
            if (!version.isTextual()) {
                throw new SettingsException(file + ": `target-version` in [tool.gilscan] must be a"
                        + " string such as \"py312\"");
            }
            try {
                target = TargetVersion.parse(version.asText());
            } catch (IllegalArgumentException e) {
                throw new SettingsException(file + ": `target-version` in [tool.gilscan]: "
                        + e.getMessage());
            }
        }
        Path folder = file.toAbsolutePath().normalize().getParent();
        List<Path> src = strings(file, table, "src").stream()
                .map(p -> folder.resolve(p).normalize()).toList();
        Boolean force = bool(file, table, "force-exclude");
        return new ProjectSettings(file, rules(file, table, "select", rules),
                rules(file, table, "extend-select", rules), rules(file, table, "ignore", rules),
                strings(file, table, "exclude"), strings(file, table, "extend-exclude"),
                force != null && force, perFileIgnores(file, table, rules), target,
                entryPoints(file, table), maxFileSize(file, table), src,
                cacheDir(file, table, folder), bool(file, table, "fix"),
                bool(file, table, "unsafe-fixes"));
    }

    /** A key that is true or false, null when absent. */
    private static @Nullable Boolean bool(Path file, JsonNode table, String key)
            throws SettingsException {
        JsonNode value = table.get(key);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            throw new SettingsException(file + ": `" + key + "` in [tool.gilscan] must be true or"
                    + " false");
        }
        return value.asBoolean();
    }

    /** {@code cache-dir}: a folder, relative to the configuration's folder. */
    private static @Nullable Path cacheDir(Path file, JsonNode table, Path folder)
            throws SettingsException {
        JsonNode value = table.get("cache-dir");
        if (value == null) {
            return null;
        }
        if (!value.isTextual() || value.asText().isEmpty()) {
            throw new SettingsException(file + ": `cache-dir` in [tool.gilscan] must be a path"
                    + " such as \".gilscan_cache\"");
        }
        return folder.resolve(value.asText()).normalize();
    }

    /** {@code [tool.gilscan.per-file-ignores]}: each pattern to a list of rule ids or prefixes. */
    private static Map<String, List<String>> perFileIgnores(Path file, JsonNode table,
            List<Check> rules) throws SettingsException {
        JsonNode value = table.get("per-file-ignores");
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (value == null) {
            return out;
        }
        if (!value.isObject()) {
            throw new SettingsException(file + ": `per-file-ignores` in [tool.gilscan] must be a"
                    + " table of patterns, such as \"tests/\" = [\"GIL3\"]");
        }
        for (Iterator<String> names = value.fieldNames(); names.hasNext();) {
            String pattern = names.next();
            if (pattern.startsWith("!")) {
                throw new SettingsException(file + ": `per-file-ignores` in [tool.gilscan]: `"
                        + pattern + "`: negated patterns are not supported");
            }
            out.put(pattern, rules(file, value, pattern, "per-file-ignores.\"" + pattern + "\"",
                    rules));
        }
        return out;
    }

    /** {@code max-file-size}: a number of bytes, or a string such as {@code "10MiB"}. */
    private static @Nullable Long maxFileSize(Path file, JsonNode table) throws SettingsException {
        JsonNode value = table.get("max-file-size");
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() && !value.isTextual()) {
            throw new SettingsException(file + ": `max-file-size` in [tool.gilscan] must be a"
                    + " number of bytes or a string such as \"10MiB\"");
        }
        try {
            return FileSize.parse(value.asText());
        } catch (IllegalArgumentException e) {
            throw new SettingsException(file + ": `max-file-size` in [tool.gilscan]: "
                    + e.getMessage());
        }
    }

    /** {@code thread-entry-points}: each {@code module:Qualified.name}. */
    private static List<String> entryPoints(Path file, JsonNode table) throws SettingsException {
        List<String> entries = strings(file, table, "thread-entry-points");
        for (String entry : entries) {
            if (!entry.matches("[A-Za-z_][\\w.]*:[A-Za-z_][\\w.]*")) {
                throw new SettingsException(file + ": `thread-entry-points` in [tool.gilscan]: `"
                        + entry + "` is not of the form \"package.module:Class.method\"");
            }
        }
        return entries;
    }

    /**
     * A list of rule ids or prefixes, each of which must match one of {@code rules}, as on the
     * command line.
     */
    private static List<String> rules(Path file, JsonNode table, String key, List<Check> rules)
            throws SettingsException {
        return rules(file, table, key, key, rules);
    }

    /** As above, the key named {@code name} in messages. */
    private static List<String> rules(Path file, JsonNode table, String key, String name,
            List<Check> rules) throws SettingsException {
        List<String> prefixes = strings(file, table, key, name);
        for (String prefix : prefixes) {
            try {
                RuleSelection.apply(rules, new RuleSelection(List.of(prefix), List.of(),
                        List.of()));
            } catch (IllegalArgumentException e) {
                throw new SettingsException(file + ": `" + name + "` in [tool.gilscan]: no rule"
                        + " matches `" + prefix + "`");
            }
        }
        return prefixes;
    }

    private static List<String> strings(Path file, JsonNode table, String key)
            throws SettingsException {
        return strings(file, table, key, key);
    }

    private static List<String> strings(Path file, JsonNode table, String key, String name)
            throws SettingsException {
        JsonNode value = table.get(key);
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (!value.isArray()) {
            throw new SettingsException(file + ": `" + name + "` in [tool.gilscan] must be a"
                    + " list of strings");
        }
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw new SettingsException(file + ": `" + name + "` in [tool.gilscan] must be"
                        + " a list of strings, not " + item);
            }
            out.add(item.asText());
        }
        return out;
    }
}
