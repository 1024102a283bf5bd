package dev.gilscan.analyzer.concurrency;

import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.ExprContext;
import dev.gilscan.analyzer.ast.Node;
import dev.gilscan.analyzer.ast.Stmt;
import dev.gilscan.analyzer.link.Project;
import dev.gilscan.analyzer.model.Definition;
import dev.gilscan.analyzer.model.SemanticModel;
import dev.gilscan.analyzer.model.Values;
import dev.gilscan.analyzer.model.scope.Binding;
import dev.gilscan.analyzer.model.scope.BindingKind;
import dev.gilscan.analyzer.model.scope.Resolution;
import dev.gilscan.analyzer.model.scope.ResolutionKind;
import dev.gilscan.analyzer.model.scope.Symbol;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * State that lives once per process: module globals and class attributes of the project, named
 * by a key that is the same in every file ({@code pkg.mod.RESULTS}, {@code pkg.mod.Config.loaded}),
 * and the writes of it a function makes.
 *
 * <pre>
 * RESULTS = []                # key pkg.mod.RESULTS
 * def work(x):
 *     RESULTS.append(x)       # a write of pkg.mod.RESULTS (a mutating method)
 *     Config.loaded = True    # a write of pkg.mod.Config.loaded
 * </pre>
 */
public final class ModuleState {
    /** A write of per-process state: the statement, the expression written, its key, in words. */
    public record Write(Stmt statement, Expr target, String key, String what) {}

    /** Methods of the builtin containers (and deque, Counter) that change the object. */
    public static final Set<String> MUTATORS = Set.of("append", "extend", "insert", "remove",
            "pop", "clear", "add", "update", "discard", "setdefault", "popitem", "appendleft",
            "extendleft", "popleft", "sort", "reverse", "difference_update",
            "intersection_update", "symmetric_difference_update");

    private ModuleState() {}

    /**
     * The key of the per-process state {@code e} denotes: a module global of the project
     * ({@code RESULTS}, {@code mod.RESULTS}, a name imported from a project module) or an
     * attribute of a project class ({@code Config.loaded}); null otherwise.
     */
    public static @Nullable String key(Project project, SemanticModel file, Expr e) {
        if (e instanceof Expr.Name n) {
            Resolution r = file.symbols().resolve(n);
            if (r.kind() != ResolutionKind.GLOBAL || r.symbol() == null) {
                return null;
            }
            Symbol symbol = r.symbol();
            boolean assigned = false;
            for (Binding b : symbol.bindings()) {
                if (b.kind() == BindingKind.IMPORT) {
                    String imported = file.qualifiedName(n);
                    return imported == null ? null : moduleGlobal(project, imported);
                }
                assigned |= b.kind() == BindingKind.ASSIGNMENT
                        || b.kind() == BindingKind.AUGMENTED_ASSIGNMENT
                        || b.kind() == BindingKind.ANNOTATION_ONLY;
            }
            return assigned ? file.module().name() + "." + n.id() : null;
        }
        if (e instanceof Expr.Attribute a) {
            String name = file.qualifiedName(a);
            if (name == null) {
                return null;
            }
            String owner = file.qualifiedName(a.value());
            Definition cls = project.definition(owner);
            if (cls != null && cls.kind() == Definition.Kind.CLASS) {
                return project.canonical(owner) + "." + a.attr();
            }
            return moduleGlobal(project, name);
        }
        return null;
    }

    /** {@code qualified} if it names a global assigned in a project module's top level. */
    private static @Nullable String moduleGlobal(Project project, String qualified) {
        String canonical = project.canonical(qualified);
        int dot = canonical.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        SemanticModel module = project.module(canonical.substring(0, dot));
        if (module == null) {
            return null;
        }
        Symbol symbol = module.symbols().module().symbol(canonical.substring(dot + 1));
        if (symbol == null) {
            return null;
        }
        for (Binding b : symbol.bindings()) {
            if (b.kind() == BindingKind.ASSIGNMENT || b.kind() == BindingKind.ANNOTATION_ONLY) {
                return canonical;
            }
        }
        return null;
    }

    /**
     * The writes of per-process state in {@code function}'s own body (not in functions nested
     * in it): {@code X += 1} and {@code X = v} under {@code global X}, {@code X[k] = v},
     * {@code X.append(v)} and the other mutating methods, {@code del X[k]}, {@code C.attr = v}.
     */
    public static List<Write> writes(Project project, SemanticModel file, Node function) {
        List<Write> out = new ArrayList<>();
        for (Stmt s : file.findAll(function, Stmt.class)) {
            if (file.enclosingFunction(s) != function) {
                continue;
            }
            for (Expr target : writtenTargets(s)) {
                Write w = write(project, file, s, target);
                if (w != null) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /**
     * What {@code s} writes: the targets of an assignment ({@code del} of a plain name
     * excepted, which only unbinds), or the receiver of a mutating method ({@code xs} in
     * {@code xs.append(v)}).
     */
    public static List<Expr> writtenTargets(Stmt s) {
        List<Expr> targets = new ArrayList<>();
        if (s instanceof Stmt.AugAssign a) {
            targets.add(a.target());
        } else if (s instanceof Stmt.Assign a) {
            targets.addAll(a.targets());
        } else if (s instanceof Stmt.AnnAssign a && a.value() != null) {
            targets.add(a.target());
        } else if (s instanceof Stmt.Delete d) {
            for (Expr t : d.targets()) {
                if (!(t instanceof Expr.Name)) {
                    targets.add(t);
                }
            }
        } else if (s instanceof Stmt.Expr e && e.value() instanceof Expr.Call c
                && c.func() instanceof Expr.Attribute m && MUTATORS.contains(m.attr())) {
            targets.add(m.value());
        }
        return targets;
    }

    private static @Nullable Write write(Project project, SemanticModel file, Stmt s, Expr target) {
        Expr root = target;
        while (root instanceof Expr.Subscript || root instanceof Expr.Attribute) {
            if (root instanceof Expr.Attribute a && key(project, file, a) != null) {
                break;
            }
            root = root instanceof Expr.Subscript sub ? sub.value() : ((Expr.Attribute) root).value();
        }
        String key = key(project, file, root);
        if (key == null) {
            return null;
        }
        if (classAttribute(project, file, root)) {
            return new Write(s, root, key, "class attribute `" + file.text(root) + "`");
        }
        return new Write(s, root, key, "module global `" + key.substring(key.lastIndexOf('.') + 1)
                + "`");
    }

    private static boolean classAttribute(Project project, SemanticModel file, Expr e) {
        if (!(e instanceof Expr.Attribute a)) {
            return false;
        }
        Definition cls = project.definition(file.qualifiedName(a.value()));
        return cls != null && cls.kind() == Definition.Kind.CLASS;
    }

    /**
     * True if the state under {@code key} holds an object that processes share, whatever is
     * done to it: every value assigned to it at module level is made by {@code multiprocessing}
     * ({@code Value}, {@code Array}, {@code Queue}, a {@code Manager()}'s {@code list()} or
     * {@code dict()}, shared memory).
     */
    public static boolean sharedBetweenProcesses(Project project, String key) {
        int dot = key.lastIndexOf('.');
        SemanticModel module = dot < 0 ? null : project.module(key.substring(0, dot));
        Symbol symbol = module == null ? null
                : module.symbols().module().symbol(key.substring(dot + 1));
        if (symbol == null) {
            return false;
        }
        boolean any = false;
        for (Binding b : symbol.bindings()) {
            Node parent = module.parent(b.node());
            Expr value = parent instanceof Stmt.Assign a ? a.value()
                    : parent instanceof Stmt.AnnAssign a ? a.value() : null;
            if (value == null) {
                continue;
            }
            if (!madeByMultiprocessing(module, value)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** True if {@code value} is made by multiprocessing, or by a manager it starts. */
    public static boolean madeByMultiprocessing(SemanticModel file, Expr value) {
        if (!(value instanceof Expr.Call call)) {
            return false;
        }
        String name = file.qualifiedName(call.func());
        if (name != null && name.startsWith("multiprocessing.")) {
            return true;
        }
        if (call.func() instanceof Expr.Attribute a) {
            if (a.value() instanceof Expr.Call inner && madeByMultiprocessing(file, inner)) {
                return true;
            }
            return file.values().valueOf(a.value()) instanceof Values.Value.CallResult r
                    && r.callee().startsWith("multiprocessing.");
        }
        return false;
    }

    /** True if {@code e} is read where it appears: loaded, and not only cleared or reset. */
    public static boolean isRead(SemanticModel file, Expr e) {
        ExprContext ctx = e instanceof Expr.Name n ? n.ctx()
                : e instanceof Expr.Attribute a ? a.ctx() : null;
        if (ctx != ExprContext.Load) {
            return false;
        }
        return !(file.parent(e) instanceof Expr.Attribute m && m.value() == e
                && file.parent(m) instanceof Expr.Call c && c.func() == m
                && MUTATORS.contains(m.attr()) && !m.attr().startsWith("pop"));
    }

    /** The attribute of {@code self} that {@code s} writes, or null. */
    public static @Nullable String selfAttributeWritten(Stmt s, String self) {
        for (Expr t : writtenTargets(s)) {
            while (t instanceof Expr.Subscript sub) {
                t = sub.value();
            }
            if (t instanceof Expr.Attribute a && a.value() instanceof Expr.Name n
                    && n.id().equals(self)) {
                return a.attr();
            }
        }
        return null;
    }

    /** True if some method of {@code cls} stores a multiprocessing object in {@code self.attr}. */
    public static boolean sharedInClass(SemanticModel file, Stmt.ClassDef cls, String attr) {
        for (Stmt.Assign a : file.findAll(cls, Stmt.Assign.class)) {
            for (Expr t : a.targets()) {
                if (t instanceof Expr.Attribute at && at.attr().equals(attr)
                        && madeByMultiprocessing(file, a.value())) {
                    return true;
                }
            }
        }
        return false;
    }
}
