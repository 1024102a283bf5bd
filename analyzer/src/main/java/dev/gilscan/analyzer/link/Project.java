package dev.gilscan.analyzer.link;

import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.Node;
import dev.gilscan.analyzer.ast.Stmt;
import dev.gilscan.analyzer.ast.TreeWalker;
import dev.gilscan.analyzer.model.Definition;
import dev.gilscan.analyzer.model.Imports;
import dev.gilscan.analyzer.model.SemanticModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The scanned files together: modules by name, the functions and classes they define by qualified
 * name, re-exports followed across files, and the call graph.
 *
 * <pre>
 * # pkg/__init__.py:  from .work import crunch
 * # app.py:           from pkg import crunch   -> canonical("pkg.crunch") == "pkg.work.crunch"
 * </pre>
 */
public final class Project {
    private static final int MAX_HOPS = 16;
    private final List<SemanticModel> files;
    private final Map<String, SemanticModel> modules = new HashMap<>();
    private final Map<String, Definition> definitions = new HashMap<>();
    /** Module names by their shorter dotted suffixes, where the suffix is unique. */
    private final Map<String, String> bySuffix = new HashMap<>();
    private @Nullable CallGraph callGraph;
    private List<String> threadEntryPoints = List.of();
    private final Map<Object, Object> memos = new java.util.concurrent.ConcurrentHashMap<>();

    private Project(List<SemanticModel> files) {
        this.files = List.copyOf(files);
        Map<String, String> suffixes = new HashMap<>();
        for (SemanticModel file : files) {
            String name = file.module().name();
            modules.putIfAbsent(name, file);
            index(file);
            for (int dot = name.indexOf('.'); dot > 0; dot = name.indexOf('.', dot + 1)) {
                String suffix = name.substring(dot + 1);
                suffixes.merge(suffix, name, (a, b) -> a.equals(b) ? a : "");
            }
        }
        suffixes.forEach((suffix, full) -> {
            if (!full.isEmpty()) {
                bySuffix.put(suffix, full);
            }
        });
    }

    /** The project made of these files. */
    public static Project of(List<SemanticModel> files) {
        return new Project(files);
    }

    private void index(SemanticModel file) {
        for (Definition d : file.definitions()) {
            definitions.putIfAbsent(d.qualifiedName(), d);
        }
    }

    public List<SemanticModel> files() {
        return files;
    }

    /**
     * Declares the functions and methods that run on several threads at once though the
     * project shows no thread starting them ({@code thread-entry-points} in
     * {@code [tool.gilscan]}: {@code "myapp.worker:Worker.process"}). Set before the first
     * analysis asks who runs at once.
     */
    public void declareThreadEntryPoints(List<String> entries) {
        this.threadEntryPoints = List.copyOf(entries);
    }

    /** The declared thread entry points, as written in the setting. */
    public List<String> threadEntryPoints() {
        return threadEntryPoints;
    }

    /** The file of a module of the project, by dotted name. */
    public @Nullable SemanticModel module(String name) {
        return modules.get(name);
    }

    /** All definitions, by qualified name. */
    public Map<String, Definition> definitions() {
        return Collections.unmodifiableMap(definitions);
    }

    /**
     * Follows re-exports inside the project: if {@code pkg.X} names something that module
     * {@code pkg} imported from elsewhere, the name of that original. Names outside the project
     * come back unchanged.
     */
    public String canonical(String qualifiedName) {
        String name = anchored(qualifiedName);
        for (int hop = 0; hop < MAX_HOPS && !definitions.containsKey(name); hop++) {
            String next = followImport(name);
            if (next == null || next.equals(name)) {
                break;
            }
            name = anchored(next);
        }
        return name;
    }

    /**
     * Rewrites a name whose module the project knows under a longer name: a script's sibling
     * module {@code helpers} imported as {@code import helpers} is {@code tools.helpers} when the
     * scan started above the script's folder.
     */
    private String anchored(String name) {
        for (int dot = name.length(); dot > 0; dot = name.lastIndexOf('.', dot - 1)) {
            String prefix = name.substring(0, dot);
            if (modules.containsKey(prefix)) {
                return name;
            }
            String full = bySuffix.get(prefix);
            if (full != null) {
                return full + name.substring(dot);
            }
        }
        return name;
    }

    private @Nullable String followImport(String name) {
        int dot = name.lastIndexOf('.');
        while (dot > 0) {
            String moduleName = name.substring(0, dot);
            SemanticModel module = modules.get(moduleName);
            if (module != null) {
                String rest = name.substring(dot + 1);
                int restDot = rest.indexOf('.');
                String first = restDot < 0 ? rest : rest.substring(0, restDot);
                String tail = restDot < 0 ? "" : rest.substring(restDot);
                for (Imports.ImportedName imported : module.imports().names()) {
                    if (imported.localName().equals(first)
                            && module.execution().runsAtImport(imported.statement())) {
                        return imported.qualifiedName() + tail;
                    }
                }
                for (String star : module.imports().starImports()) {
                    String candidate = star + "." + rest;
                    if (definitions.containsKey(candidate)) {
                        return candidate;
                    }
                }
                return null;
            }
            dot = name.lastIndexOf('.', dot - 1);
        }
        return null;
    }

    /** The project definition {@code qualifiedName} denotes, after following re-exports. */
    public @Nullable Definition definition(@Nullable String qualifiedName) {
        return qualifiedName == null ? null : definitions.get(canonical(qualifiedName));
    }

    /**
     * The method {@code name} of a project class, looked up in the class and then in its project
     * base classes (depth first, like a simple MRO).
     */
    public @Nullable Definition method(Definition cls, String name) {
        return method(cls, name, 0);
    }

    private @Nullable Definition method(Definition cls, String name, int depth) {
        if (depth > MAX_HOPS || !(cls.node() instanceof Stmt.ClassDef c)) {
            return null;
        }
        for (Stmt member : c.body()) {
            if ((member instanceof Stmt.FunctionDef f && f.name().equals(name))
                    || (member instanceof Stmt.AsyncFunctionDef a && a.name().equals(name))) {
                return definitions.get(cls.file().definitionName(member));
            }
        }
        for (Expr base : c.bases()) {
            Definition baseClass = definition(cls.file().qualifiedName(base));
            if (baseClass != null && baseClass.kind() == Definition.Kind.CLASS) {
                Definition found = method(baseClass, name, depth + 1);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * True if the project class {@code cls} derives from one of {@code bases} (qualified names of
     * library classes), directly or through the project's own classes.
     */
    public boolean derivesFrom(Definition cls, java.util.Set<String> bases) {
        return derivesFrom(cls, bases, 0);
    }

    private boolean derivesFrom(Definition cls, java.util.Set<String> bases, int depth) {
        if (depth > MAX_HOPS || !(cls.node() instanceof Stmt.ClassDef c)) {
            return false;
        }
        for (Expr base : c.bases()) {
            String name = cls.file().qualifiedName(base);
            if (name != null && bases.contains(name)) {
                return true;
            }
            Definition parent = definition(name);
            if (parent != null && derivesFrom(parent, bases, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A value derived from the whole project, computed once per key on first use and shared
     * (rules use it for per-project summaries, such as which functions start processes).
     */
    @SuppressWarnings("unchecked")
    public <T> T memo(Object key, java.util.function.Supplier<T> compute) {
        return (T) memos.computeIfAbsent(key, k -> compute.get());
    }

    /** The project's call graph, built on first use. */
    public synchronized CallGraph callGraph() {
        if (callGraph == null) {
            callGraph = CallGraph.build(this);
        }
        return callGraph;
    }

    /** All definitions of a kind, in a stable order (by qualified name). */
    public List<Definition> definitions(Definition.Kind kind) {
        List<Definition> out = new ArrayList<>();
        for (Definition d : definitions.values()) {
            if (d.kind() == kind) {
                out.add(d);
            }
        }
        out.sort((a, b) -> a.qualifiedName().compareTo(b.qualifiedName()));
        return out;
    }
}
