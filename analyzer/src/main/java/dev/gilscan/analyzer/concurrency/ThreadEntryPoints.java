package dev.gilscan.analyzer.concurrency;

import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.Located;
import dev.gilscan.analyzer.ast.Nodes;
import dev.gilscan.analyzer.ast.Stmt;
import dev.gilscan.analyzer.link.CallGraph;
import dev.gilscan.analyzer.link.Project;
import dev.gilscan.analyzer.model.Definition;
import dev.gilscan.analyzer.model.Imports;
import dev.gilscan.analyzer.model.SemanticModel;
import dev.gilscan.analyzer.rule.DataTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Methods that run on threads nobody in the project starts: those a library calls on threads
 * of its own (a threading server's request handlers, a logging handler's {@code emit}), read
 * from {@code thread-entries.tsv}, and those the user declares in {@code [tool.gilscan]}
 * {@code thread-entry-points = ["myapp.worker:Worker.process"]}; a class named there
 * ({@code "myapp.metrics:Registry"}) is meant to be shared between threads, and each of its
 * public methods is an entry point on a shared object.
 *
 * <pre>
 * class Handler(socketserver.BaseRequestHandler):
 *     def handle(self): ...          # once per request, at once with other requests
 * class Sink(logging.Handler):
 *     def emit(self, record): ...    # on every thread that logs
 * </pre>
 */
public final class ThreadEntryPoints {
    /** A method that runs on several threads at once, and why. */
    public record Point(CallGraph.Function method, Located site, SemanticModel siteFile,
            String reason, boolean selfShared) {}

    /** What the library does with the object whose method it calls. */
    private enum Sharing { SHARED, OWN, LOCKED }

    private record Row(String base, List<String> methods, Sharing sharing, Set<String> needs,
            String how) {}

    private static final List<Row> ROWS = load();

    private ThreadEntryPoints() {}

    /** The entry points of {@code project}; {@code declared} as in the setting. */
    public static List<Point> of(Project project, List<String> declared) {
        CallGraph graph = project.callGraph();
        Set<String> used = new HashSet<>();
        for (SemanticModel file : project.files()) {
            for (Imports.ImportedName name : file.imports().names()) {
                used.add(name.qualifiedName());
            }
            for (Stmt.ClassDef c : file.classes()) {
                for (Expr b : c.bases()) {
                    used.add(String.valueOf(file.qualifiedName(b)));
                }
            }
            for (Expr.Call c : file.calls()) {
                used.add(String.valueOf(file.qualifiedName(c.func())));
            }
        }
        List<Point> out = new ArrayList<>();
        for (Definition cls : project.definitions(Definition.Kind.CLASS)) {
            Stmt.ClassDef node = (Stmt.ClassDef) cls.node();
            for (Row row : ROWS) {
                Expr base = baseNamed(project, cls, row.base(), 0);
                if (base == null || !(row.needs().isEmpty() || usesAny(used, row.needs()))) {
                    continue;
                }
                for (Stmt member : node.body()) {
                    String name = member instanceof Stmt.FunctionDef f ? f.name()
                            : member instanceof Stmt.AsyncFunctionDef f ? f.name() : null;
                    CallGraph.Function method = graph.function(member);
                    if (name != null && method != null && matches(row.methods(), name)) {
                        out.add(new Point(method, base, cls.file(), "`" + node.name() + "."
                                + name + "` " + row.how() + " (`" + node.name() + "` derives from `"
                                + row.base() + "`, " + SharedState.where(cls.file(), base) + ")",
                                row.sharing() == Sharing.SHARED));
                    }
                }
            }
        }
        for (String entry : declared) {
            String qualified = entry.replace(':', '.');
            Definition def = project.definition(qualified);
            if (def != null && def.node() instanceof Stmt.ClassDef cls) {
                out.addAll(threadSafeClass(graph, def.file(), cls, entry));
                continue;
            }
            CallGraph.Function method = def == null ? null : graph.function(def.node());
            if (method != null && def.node() instanceof Located site) {
                out.add(new Point(method, site, def.file(), "`" + entry + "` is declared in"
                        + " `thread-entry-points` to run on several threads at once",
                        def.file().classOfMethod(def.node()) != null));
            }
        }
        return out;
    }

    /**
     * The public methods of a class declared in {@code thread-entry-points}: a class meant to be
     * shared between threads (a connection pool, a metrics registry), whose methods any thread may
     * call at any time, on one object.
     */
    private static List<Point> threadSafeClass(CallGraph graph, SemanticModel file,
            Stmt.ClassDef cls, String entry) {
        List<Point> out = new ArrayList<>();
        for (Stmt member : cls.body()) {
            String name = member instanceof Stmt.FunctionDef f ? f.name()
                    : member instanceof Stmt.AsyncFunctionDef f ? f.name() : null;
            CallGraph.Function method = graph.function(member);
            if (name != null && method != null && !name.startsWith("_")) {
                out.add(new Point(method, cls, file, "`" + cls.name() + "." + name + "` is a"
                        + " method of `" + entry + "`, declared in `thread-entry-points`: any"
                        + " thread may call it on an object the threads share", true));
            }
        }
        return out;
    }

    private static boolean usesAny(Set<String> used, Set<String> needs) {
        for (String need : needs) {
            if (used.contains(need)) {
                return true;
            }
        }
        return false;
    }

    /** The base expression by which {@code cls} derives from {@code base}, or null. */
    private static @Nullable Expr baseNamed(Project project, Definition cls, String base,
            int depth) {
        if (depth > 8 || !(cls.node() instanceof Stmt.ClassDef c)) {
            return null;
        }
        for (Expr b : c.bases()) {
            String name = cls.file().qualifiedName(b);
            if (base.equals(name)) {
                return b;
            }
            Definition parent = project.definition(name);
            if (parent != null && baseNamed(project, parent, base, depth + 1) != null) {
                return b;
            }
        }
        return null;
    }

    private static boolean matches(List<String> patterns, String name) {
        for (String p : patterns) {
            if (p.endsWith("*") ? name.startsWith(p.substring(0, p.length() - 1)) : p.equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static List<Row> load() {
        List<Row> rows = new ArrayList<>();
        for (String[] f : DataTable.rows(ThreadEntryPoints.class, "thread-entries.tsv", 5)) {
            Set<String> needs = f[3].equals("-") ? Set.of() : Set.of(f[3].split(","));
            rows.add(new Row(f[0], List.of(f[1].split(",")),
                    Sharing.valueOf(f[2].toUpperCase(java.util.Locale.ROOT)), needs, f[4]));
        }
        return List.copyOf(rows);
    }
}
