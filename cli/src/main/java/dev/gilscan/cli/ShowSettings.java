package dev.gilscan.cli;

import dev.gilscan.analyzer.ast.AstJson;
import dev.gilscan.analyzer.cache.ResultCache;
import dev.gilscan.settings.ProjectSettings;
import dev.gilscan.settings.Settings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code gilscan check --show-settings}: the settings a check would run with, after the
 * configuration file and the command line are combined, one {@code key = value} per line as
 * TOML would write them, like Ruff's {@code --show-settings}.
 */
final class ShowSettings {
    private ShowSettings() {}

    /** Prints the settings, and {@code cache} (null when the cache is off) as {@code cache-dir}. */
    static void print(Settings settings, @Nullable ResultCache cache, PrintWriter out) {
        ProjectSettings config = settings.project();
        out.println("Settings path: " + (config.file() == null ? "(none: the defaults)"
                : config.file().toAbsolutePath().normalize()));
        out.println("Patterns relative to: " + settings.base());
        out.println();
        out.println("rules = " + list(settings.rules().stream().map(c -> c.descriptor().id() + " "
                + c.descriptor().name()).toList()));
        out.println("select = " + list(config.select()));
        out.println("extend-select = " + list(config.extendSelect()));
        out.println("ignore = " + list(config.ignore()));
        out.println("target-version = " + quoted(settings.target().toString()));
        out.println("exclude = " + list(config.exclude()));
        out.println("extend-exclude = " + list(config.extendExclude()));
        out.println("force-exclude = " + settings.forceExclude());
        StringBuilder perFile = new StringBuilder("{");
        for (Map.Entry<String, List<String>> e : config.perFileIgnores().entrySet()) {
            perFile.append(perFile.length() == 1 ? " " : ", ").append(quoted(e.getKey()))
                    .append(" = ").append(list(e.getValue()));
        }
        out.println("per-file-ignores = " + perFile.append(perFile.length() == 1 ? "}" : " }"));
        out.println("thread-entry-points = " + list(config.threadEntryPoints()));
        out.println("max-file-size = " + settings.maxFileSize());
        out.println("src = " + list(config.src().stream().map(Path::toString).toList()));
        out.println("cache-dir = " + (cache == null
                ? quoted("") + "  # off: --no-cache or GILSCAN_NO_CACHE"
                : quoted(cache.root().toAbsolutePath().normalize().toString())));
        out.println("fix = " + settings.fix());
        // As Ruff shows it: "hint" when unset (not applied, counted in the summary).
        out.println("unsafe-fixes = " + (settings.unsafeFixes() == null ? quoted("hint")
                : settings.unsafeFixes()));
        out.flush();
    }

    private static String list(List<String> items) {
        return "[" + String.join(", ", items.stream().map(ShowSettings::quoted).toList()) + "]";
    }

    private static String quoted(String s) {
        StringBuilder b = new StringBuilder();
        AstJson.writeString(s, b);
        return b.toString();
    }
}
