package dev.gilscan.lsp;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.gilscan.analyzer.rule.TargetVersion;
import dev.gilscan.rules.RuleSelection;
import dev.gilscan.settings.Overrides;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The server's initialization options ({@code initializationOptions} of {@code initialize}, or
 * the {@code settings} of {@code workspace/didChangeConfiguration}, either directly or under a
 * {@code gilscan} key):
 *
 * <pre>
 * {"runOnChange": true, "debounceMs": 300, "select": ["GIL2"], "extendSelect": ["GIL301"],
 *  "ignore": ["GIL202"], "targetVersion": "py312", "noCache": false, "cacheDir": ".cache/gilscan"}
 * </pre>
 *
 * <p>{@code select}, {@code extendSelect} and {@code ignore} combine with the configuration as
 * {@code --select}, {@code --extend-select} and {@code --ignore} do on the command line
 * ({@link #overrides}); {@code targetVersion} overrides the configured one.
 *
 * @param runOnChange analyze on every change (after {@code debounceMs} without another change),
 *     not only on open and save
 * @param debounceMs the quiet time before an analysis on change
 * @param select rule ids or prefixes to run instead of the configured ones; null: the config's
 * @param extendSelect rule ids or prefixes to run on top of the selected ones
 * @param ignore rule ids or prefixes to skip, on top of the configured ones
 * @param target the Python version to check against; null: the configured one or the default
 * @param noCache neither read nor write the results cache of {@code gilscan check}, as
 *     {@code --no-cache}
 * @param cacheDir the cache's folder, relative to the workspace folder, as {@code --cache-dir};
 *     null: the rules of {@link dev.gilscan.scan.CacheLocation}
 */
public record ServerOptions(boolean runOnChange, long debounceMs, @Nullable List<String> select,
        List<String> extendSelect, List<String> ignore, @Nullable TargetVersion target,
        boolean noCache, @Nullable String cacheDir) {
    public static final long DEFAULT_DEBOUNCE_MS = 300;

    public ServerOptions {
        select = select == null ? null : List.copyOf(select);
        extendSelect = List.copyOf(extendSelect);
        ignore = List.copyOf(ignore);
        if (debounceMs < 0) {
            throw new IllegalArgumentException("debounceMs must not be negative");
        }
    }

    /** The options without the cache's: the cache as {@code gilscan check} finds it. */
    public ServerOptions(boolean runOnChange, long debounceMs, @Nullable List<String> select,
            List<String> extendSelect, List<String> ignore, @Nullable TargetVersion target) {
        this(runOnChange, debounceMs, select, extendSelect, ignore, target, false, null);
    }

    public static ServerOptions defaults() {
        return new ServerOptions(false, DEFAULT_DEBOUNCE_MS, null, List.of(), List.of(), null);
    }

    /**
     * What these options say over {@code [tool.gilscan]}, as the command line's options do: the
     * rule selection and the target version.
     */
    public Overrides overrides() {
        return new Overrides(new RuleSelection(select, extendSelect, ignore), target, null, null,
                null, null);
    }

    /**
     * Reads the options from JSON; absent keys keep their defaults. Throws
     * IllegalArgumentException with a message for the user when a value has the wrong type.
     */
    public static ServerOptions parse(@Nullable Object json) {
        if (!(json instanceof JsonObject object)) {
            return defaults();
        }
        if (object.has("gilscan") && object.get("gilscan").isJsonObject()) {
            object = object.getAsJsonObject("gilscan");
        }
        boolean runOnChange = false;
        long debounce = DEFAULT_DEBOUNCE_MS;
        TargetVersion target = null;
        boolean noCache = false;
        String cacheDir = null;
        try {
            if (present(object, "runOnChange")) {
                runOnChange = object.get("runOnChange").getAsBoolean();
            }
            if (present(object, "debounceMs")) {
                debounce = object.get("debounceMs").getAsLong();
            }
            if (present(object, "targetVersion")) {
                target = TargetVersion.parse(object.get("targetVersion").getAsString());
            }
            if (present(object, "noCache")) {
                noCache = object.get("noCache").getAsBoolean();
            }
            if (present(object, "cacheDir")) {
                cacheDir = object.get("cacheDir").getAsString();
            }
        } catch (UnsupportedOperationException | IllegalStateException
                | NumberFormatException e) {
            throw new IllegalArgumentException("gilscan: invalid initialization options: "
                    + object);
        }
        return new ServerOptions(runOnChange, debounce,
                present(object, "select") ? strings(object, "select") : null,
                present(object, "extendSelect") ? strings(object, "extendSelect") : List.of(),
                present(object, "ignore") ? strings(object, "ignore") : List.of(), target,
                noCache, cacheDir);
    }

    private static boolean present(JsonObject object, String key) {
        return object.has(key) && !object.get(key).isJsonNull();
    }

    private static List<String> strings(JsonObject object, String key) {
        JsonElement value = object.get(key);
        if (!value.isJsonArray()) {
            throw new IllegalArgumentException("gilscan: `" + key + "` must be a list of rule ids"
                    + " or prefixes");
        }
        List<String> out = new ArrayList<>();
        for (JsonElement item : (JsonArray) value) {
            if (!item.isJsonPrimitive() || !item.getAsJsonPrimitive().isString()) {
                throw new IllegalArgumentException("gilscan: `" + key + "` must be a list of"
                        + " strings, not " + value);
            }
            out.add(item.getAsString());
        }
        return out;
    }
}
