package dev.gilscan.rules.workload;

import dev.gilscan.analyzer.rule.DataTable;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What library calls do to the GIL, read from {@code gil-calls.tsv} (see
 * docs/knowledge-base.md), and which classes library factories return, from
 * {@code factories.tsv} ({@code hashlib.sha256} makes a {@code hashlib.HASH}).
 *
 * <pre>
 * time.sleep         waits      The thread sleeps without holding the GIL.
 * builtins.sorted    holds      The sort runs in C while holding the GIL.
 * requests.*         waits      HTTP requests wait on the network.
 * </pre>
 */
public final class KnowledgeBase {
    /** What a call does to the GIL. */
    public enum Effect {
        /** Blocks on I/O, a timer, a lock or a queue; the GIL is released while waiting. */
        WAITS,
        /** Native CPU work that releases the GIL. */
        RELEASES,
        /** Native work that holds the GIL: fast, but threads take turns running it. */
        HOLDS,
        /** Implemented in Python: bytecode, like the caller's own code. */
        PYTHON,
        /** Too cheap to matter. */
        NEUTRAL
    }

    /** One entry: the effect and why. */
    public record Entry(String pattern, Effect effect, String reason) {}

    private static final KnowledgeBase BUILTIN = load();

    private final Map<String, Entry> entries;
    private final Map<String, String> factories;

    private KnowledgeBase(Map<String, Entry> entries, Map<String, String> factories) {
        this.entries = entries;
        this.factories = factories;
    }

    /** The knowledge base shipped with gilscan. */
    public static KnowledgeBase builtin() {
        return BUILTIN;
    }

    private static KnowledgeBase load() {
        Map<String, Entry> entries = new HashMap<>();
        for (String[] row : rows("gil-calls.tsv")) {
            Effect effect = Effect.valueOf(row[1].toUpperCase(Locale.ROOT));
            entries.put(row[0], new Entry(row[0], effect, row[2]));
        }
        Map<String, String> factories = new HashMap<>();
        for (String[] row : rows("factories.tsv")) {
            factories.put(row[0], row[1]);
        }
        return new KnowledgeBase(Map.copyOf(entries), Map.copyOf(factories));
    }

    private static java.util.List<String[]> rows(String resource) {
        return DataTable.rows(KnowledgeBase.class, resource, 3);
    }

    /**
     * The entry for a qualified name: the exact entry, else the nearest {@code module.*}
     * wildcard above it; null if none applies.
     */
    public @Nullable Entry lookup(String qualifiedName) {
        Entry exact = entries.get(qualifiedName);
        if (exact != null) {
            return exact;
        }
        for (int dot = qualifiedName.lastIndexOf('.'); dot > 0;
                dot = qualifiedName.lastIndexOf('.', dot - 1)) {
            Entry wildcard = entries.get(qualifiedName.substring(0, dot) + ".*");
            if (wildcard != null) {
                return wildcard;
            }
        }
        return null;
    }

    /** The class whose methods an object made by {@code factory} has ({@code factory} if unknown). */
    public String classMadeBy(String factory) {
        return factories.getOrDefault(factory, factory);
    }
}
