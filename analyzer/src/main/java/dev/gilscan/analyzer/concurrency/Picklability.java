package dev.gilscan.analyzer.concurrency;

import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.Located;
import dev.gilscan.analyzer.ast.Node;
import dev.gilscan.analyzer.ast.Stmt;
import dev.gilscan.analyzer.model.SemanticModel;
import dev.gilscan.analyzer.model.Values;
import org.jspecify.annotations.Nullable;

/**
 * Whether pickle can send a callable to another process. Pickle stores functions and classes by
 * their module-level qualified name, so lambdas, functions and classes defined inside a function,
 * instances of such classes and their bound methods cannot be pickled.
 *
 * <pre>
 * pool.submit(lambda: 1)          # a lambda
 * def f():
 *     def g(): ...
 *     pool.submit(g)              # nested function g
 *     pool.submit(partial(g, 1))  # partial of a nested function
 * </pre>
 */
public final class Picklability {
    /** Why a callable cannot be pickled, and where it is defined. */
    public record Reason(String description, Located definition, String note) {}

    private static final int MAX_DEPTH = 8;

    private Picklability() {}

    /** Why {@code task} cannot be pickled, or null if it can or gilscan cannot tell. */
    public static @Nullable Reason whyUnpicklable(SemanticModel file, Expr task) {
        return why(file, task, 0);
    }

    private static @Nullable Reason why(SemanticModel file, Expr task, int depth) {
        if (depth > MAX_DEPTH) {
            return null;
        }
        if (task instanceof Expr.Lambda lambda) {
            return new Reason("a lambda", lambda, "the lambda");
        }
        if (task instanceof Expr.Call call && !call.args().isEmpty()
                && "functools.partial".equals(file.qualifiedName(call.func()))) {
            Reason inner = why(file, call.args().get(0), depth + 1);
            return inner == null ? null : new Reason("`functools.partial` of " + inner.description(),
                    inner.definition(), inner.note());
        }
        if (task instanceof Expr.Name name) {
            Expr assigned = file.singleAssignedValue(name);
            if (assigned instanceof Expr.Lambda lambda) {
                return new Reason("a lambda (`" + name.id() + "`)", lambda, "the lambda");
            }
            String qualified = file.qualifiedName(name);
            Node definition = file.definitionOf(name);
            if (qualified != null && qualified.contains(".<locals>.") && definition != null) {
                String kind = definition instanceof Stmt.ClassDef ? "local class" : "nested function";
                return new Reason(kind + " `" + name.id() + "`", (Located) definition,
                        "`" + name.id() + "` is defined inside a function");
            }
        }
        if (task instanceof Expr.Attribute attribute) {
            Stmt.ClassDef cls = localClassOf(file, attribute.value());
            if (cls != null) {
                return new Reason("bound method `" + file.text(attribute) + "` of local class `"
                        + cls.name() + "`", cls, "`" + cls.name() + "` is defined inside a function");
            }
        }
        Stmt.ClassDef instanceClass = localClassOf(file, task);
        if (instanceClass != null) {
            return new Reason("an instance of local class `" + instanceClass.name() + "`",
                    instanceClass, "`" + instanceClass.name() + "` is defined inside a function");
        }
        return null;
    }

    /** The local (nested) class that {@code receiver} is an instance or method receiver of. */
    private static Stmt.@Nullable ClassDef localClassOf(SemanticModel file, Expr receiver) {
        if (receiver instanceof Expr.Name self) {
            Node function = file.enclosingFunction(receiver);
            if (function != null && self.id().equals(file.firstParameter(function))) {
                Stmt.ClassDef cls = file.classOfMethod(function);
                if (cls != null && file.enclosingFunction(cls) != null) {
                    return cls;
                }
            }
        }
        if (file.values().valueOf(receiver) instanceof Values.Value.CallResult r
                && r.call().func() instanceof Expr.Name className
                && file.definitionOf(className) instanceof Stmt.ClassDef cls
                && file.enclosingFunction(cls) != null) {
            return cls;
        }
        return null;
    }
}
