package dev.gilscan.analyzer.concurrency;

import dev.gilscan.analyzer.ast.ConstantValue;
import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.Nodes;
import dev.gilscan.analyzer.link.Project;
import dev.gilscan.analyzer.model.SemanticModel;
import dev.gilscan.analyzer.model.Values;
import dev.gilscan.analyzer.rule.DataTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Library calls that leave a background thread running, read from {@code library-threads.tsv}
 * (see docs/knowledge-base.md): threads that no {@code Thread(...).start()} of the project shows.
 *
 * <pre>
 * bar = tqdm(total=n)                      # tqdm's monitor thread, until the process exits
 * ddf.to_parquet(out)                      # dask's threaded scheduler pool, ddf from dask
 * Laminar.initialize()                     # a batch span exporter, until Laminar.shutdown()
 * </pre>
 */
public final class LibraryThreads {
    /**
     * One line of the file: the call, the thread it starts (a noun phrase), what ends it, the
     * literal keyword values with which it starts none, and where the fact comes from.
     */
    public record Entry(String call, String thread, List<String> until,
            Map<String, Set<String>> unless, String source) {
        /** True if nothing but the process's exit ends the thread. */
        public boolean untilExit() {
            return until.contains("exit");
        }
    }

    /** The word of the {@code until} column for the end of the {@code with} block. */
    public static final String WITH = "with";

    private static final String RESOURCE = "library-threads.tsv";
    private static final List<Entry> ENTRIES = load();
    private static final Map<String, Entry> EXACT = new HashMap<>();
    private static final Map<String, Entry> METHODS = new HashMap<>();

    static {
        for (Entry e : ENTRIES) {
            (e.call().contains(".*.") ? METHODS : EXACT).put(e.call(), e);
        }
    }

    private LibraryThreads() {}

    /** Every entry, in file order. */
    public static List<Entry> entries() {
        return ENTRIES;
    }

    /**
     * The entry for {@code call} when it calls a library (not the project) in a way that starts
     * the entry's thread; null otherwise.
     */
    public static @Nullable Entry startedBy(Project project, SemanticModel file, Expr.Call call) {
        Entry e = null;
        String name = file.qualifiedName(call.func());
        if (name != null) {
            if (project.definition(name) != null) {
                return null;
            }
            e = EXACT.get(name);
        }
        if (e == null && call.func() instanceof Expr.Attribute a) {
            if (file.values().valueOf(a.value()) instanceof Values.Value.CallResult r
                    && project.definition(r.callee()) == null) {
                e = EXACT.get(r.callee() + "." + a.attr());
            }
            String origin = e == null ? madeBy(file, a.value(), 0) : null;
            if (origin != null && project.definition(origin) == null) {
                e = METHODS.get(origin.substring(0, origin.indexOf('.') < 0 ? origin.length()
                        : origin.indexOf('.')) + ".*." + a.attr());
            }
        }
        return e == null || excluded(file, call, e) ? null : e;
    }

    /** True if {@code call} passes one of the literal keyword values that start no thread. */
    private static boolean excluded(SemanticModel file, Expr.Call call, Entry e) {
        for (Map.Entry<String, Set<String>> k : e.unless().entrySet()) {
            Expr value = Nodes.keyword(call, k.getKey());
            if (value instanceof Expr.Constant c) {
                String literal = c.value() instanceof ConstantValue.Str s ? s.value()
                        : file.text(value);
                if (k.getValue().contains(literal)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The qualified name of the library call that made the object {@code e} denotes, following
     * method calls on it and the assignments of a name ({@code ddf = dgpd.from_geopandas(df);
     * ddf = ddf.spatial_shuffle()}: {@code dask_geopandas.from_geopandas}); null if unknown.
     */
    private static @Nullable String madeBy(SemanticModel file, Expr e, int depth) {
        if (depth > 6) {
            return null;
        }
        if (e instanceof Expr.Call c) {
            String name = file.qualifiedName(c.func());
            if (name != null) {
                return name;
            }
            Expr inner = c.func() instanceof Expr.Attribute a ? a.value() : c.func();
            return madeBy(file, inner, depth + 1);
        }
        if (e instanceof Expr.Attribute a) {
            return madeBy(file, a.value(), depth + 1);
        }
        if (e instanceof Expr.Name n) {
            List<Expr> values = file.assignedValues(n);
            for (Expr value : values) {
                String found = madeBy(file, value, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return values.isEmpty() ? file.qualifiedName(n) : null;
        }
        return null;
    }

    private static List<Entry> load() {
        List<Entry> rows = new ArrayList<>();
        for (String[] f : DataTable.rows(LibraryThreads.class, RESOURCE, 5)) {
            Map<String, Set<String>> unless = new LinkedHashMap<>();
            if (!f[3].equals("-")) {
                for (String condition : f[3].split(",")) {
                    String[] kv = condition.split("=", 2);
                    if (kv.length != 2) {
                        throw new IllegalStateException(RESOURCE + ": `keyword=value` expected"
                                + " in the unless column of " + f[0]);
                    }
                    unless.put(kv[0], Set.of(kv[1].split("\\|")));
                }
            }
            rows.add(new Entry(f[0], f[1], List.of(f[2].split(",")), Map.copyOf(unless), f[4]));
        }
        return List.copyOf(rows);
    }
}
