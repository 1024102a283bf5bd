package dev.gilscan.analyzer.model;

import dev.gilscan.analyzer.ast.ConstantValue;
import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.Node;
import dev.gilscan.analyzer.ast.Stmt;
import dev.gilscan.analyzer.ast.WithItem;
import dev.gilscan.analyzer.model.scope.Binding;
import dev.gilscan.analyzer.model.scope.Resolution;
import dev.gilscan.analyzer.model.scope.Symbol;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Light, local value tracking: what a name or a {@code self} attribute was assigned from, without a
 * type checker. Enough for "is {@code pool} a ThreadPoolExecutor" and "which start method does
 * {@code ctx} use".
 *
 * <pre>
 * pool = ThreadPoolExecutor()              # pool: CallResult(concurrent.futures.ThreadPoolExecutor)
 * with ProcessPoolExecutor() as ex: ...    # ex: CallResult(concurrent.futures.ProcessPoolExecutor)
 * self._lock = threading.Lock()            # self._lock: CallResult(threading.Lock)
 * ctx = multiprocessing.get_context("fork")  # ctx: Context("fork")
 * </pre>
 */
public final class Values {
    /** What an expression evaluates to, as far as gilscan tracks it. */
    public sealed interface Value {
        /** The result of calling {@code callee} (for a class: a new instance of it). */
        record CallResult(String callee, Expr.Call call) implements Value {}

        /** A multiprocessing context; {@code method} is the start method, null if not literal. */
        record Context(@Nullable String method, Expr.Call call) implements Value {}
    }

    private static final int MAX_DEPTH = 8;
    private final SemanticModel model;
    private final Map<Stmt.ClassDef, Map<String, List<@Nullable Expr>>> selfStores =
            new IdentityHashMap<>();

    /** Markers for {@link #bindingFunction}: bindings at module level, or in several scopes. */
    private static final Object MODULE = new Object();
    private static final Object SCATTERED = new Object();
    /** By symbol: the one function (or {@link #MODULE}) all its bindings are in. */
    private final Map<Symbol, Object> bindingFunction =
            java.util.Collections.synchronizedMap(new IdentityHashMap<>());

    Values(SemanticModel model) {
        this.model = model;
    }

    /** The value of {@code e}, or null when it is not tracked. */
    public @Nullable Value valueOf(Expr e) {
        return valueOf(e, 0);
    }

    @Nullable Value valueOf(Expr e, int depth) {
        if (depth > MAX_DEPTH) {
            return null;
        }
        if (e instanceof Expr.Call call) {
            Value returned = selfMethodResult(call, depth);
            if (returned != null) {
                return returned;
            }
            String callee = model.qualifiedName(call.func(), depth + 1);
            if (SemanticModel.isGetContext(callee)) {
                return new Value.Context(startMethod(call), call);
            }
            return callee == null ? null : new Value.CallResult(callee, call);
        }
        if (e instanceof Expr.NamedExpr n) {
            return valueOf(n.value(), depth + 1);
        }
        if (e instanceof Expr.BoolOp b && b.op() == dev.gilscan.analyzer.ast.BoolOperator.Or) {
            // `given or ThreadPoolExecutor(4)`: what the fallback makes is what the code uses
            // when nothing is given, and what it expects to be given otherwise.
            return valueOf(b.values().get(b.values().size() - 1), depth + 1);
        }
        if (e instanceof Expr.Name n) {
            return nameValue(n, depth);
        }
        if (e instanceof Expr.Attribute a && a.value() instanceof Expr.Name self) {
            return selfAttributeValue(self, a.attr(), e, depth);
        }
        return null;
    }

    private static @Nullable String startMethod(Expr.Call call) {
        if (!call.args().isEmpty() && call.args().get(0) instanceof Expr.Constant c
                && c.value() instanceof ConstantValue.Str s) {
            return s.value();
        }
        for (var k : call.keywords()) {
            if ("method".equals(k.arg()) && k.value() instanceof Expr.Constant c
                    && c.value() instanceof ConstantValue.Str s) {
                return s.value();
            }
        }
        return null;
    }

    private @Nullable Value nameValue(Expr.Name name, int depth) {
        Resolution r = model.symbols().resolve(name);
        Symbol symbol = r.symbol();
        if (symbol == null) {
            return null;
        }
        Binding reaching = lastBindingBefore(symbol, name);
        if (reaching != null) {
            Expr source = assignedFrom(reaching.node());
            return source == null ? null : valueOf(source, depth + 1);
        }
        List<Value> found = new ArrayList<>();
        for (Binding b : symbol.bindings()) {
            Expr source = assignedFrom(b.node());
            if (source == null) {
                if (b.kind() != dev.gilscan.analyzer.model.scope.BindingKind.ANNOTATION_ONLY) {
                    return null;
                }
                continue;
            }
            Value v = valueOf(source, depth + 1);
            if (v == null) {
                return null;
            }
            found.add(v);
        }
        return agree(found);
    }

    /**
     * For a use in the same function (or module code) as the name's bindings: the last binding
     * written before the use, the one straight-line code sees. Null when the use is elsewhere (a
     * function reading a global sees any of them) or no binding comes before it.
     */
    private @Nullable Binding lastBindingBefore(Symbol symbol, Expr.Name use) {
        Object bindingsIn = bindingFunction.computeIfAbsent(symbol, s -> {
            Object where = null;
            for (Binding b : s.bindings()) {
                Node f = model.enclosingFunction(b.node());
                Object here = f == null ? MODULE : f;
                if (where != null && where != here) {
                    return SCATTERED;
                }
                where = here;
            }
            return where == null ? SCATTERED : where;
        });
        Node useFunction = model.enclosingFunction(use);
        if (bindingsIn != (useFunction == null ? MODULE : useFunction)) {
            return null;
        }
        Binding last = null;
        for (Binding b : symbol.bindings()) {
            if (before(b.span(), use.span()) && (last == null || before(last.span(), b.span()))) {
                last = b;
            }
        }
        return last;
    }

    private static boolean before(dev.gilscan.analyzer.ast.Span a,
            dev.gilscan.analyzer.ast.Span b) {
        return a.line() < b.line() || (a.line() == b.line() && a.column() < b.column());
    }

    /** The expression a target node was assigned from, if it is a plain single assignment. */
    private @Nullable Expr assignedFrom(Node target) {
        Node parent = model.parent(target);
        if (parent instanceof Stmt.Assign a && identityContains(a.targets(), target)) {
            return a.value();
        }
        if (parent instanceof Stmt.AnnAssign a && a.target() == target) {
            return a.value();
        }
        if (parent instanceof WithItem w && w.optionalVars() == target) {
            return w.contextExpr();
        }
        if (parent instanceof Expr.NamedExpr n && n.target() == target) {
            return n.value();
        }
        return null;
    }

    private static boolean identityContains(List<Expr> list, Node node) {
        for (Expr e : list) {
            if (e == node) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code self.x}: what the methods of the enclosing class assign to {@code self.x}, or,
     * when none does, what its body binds to {@code x} ({@code _lock = threading.Lock()} in the
     * class: one object shared by every instance).
     */
    private @Nullable Value selfAttributeValue(Expr.Name self, String attr, Expr use, int depth) {
        Node function = model.enclosingFunction(use);
        if (function == null || !self.id().equals(model.firstParameter(function))) {
            return null;
        }
        Stmt.ClassDef cls = model.classOfMethod(function);
        if (cls == null) {
            return null;
        }
        List<@Nullable Expr> sources = selfStores(cls).get(attr);
        if (sources == null) {
            return classBodyValue(cls, attr, depth);
        }
        List<Value> found = new ArrayList<>();
        for (Expr source : sources) {
            if (isNone(source)) {
                continue;
            }
            Value v = source == null ? null : valueOf(source, depth + 1);
            if (v == null) {
                return null;
            }
            found.add(v);
        }
        return agree(found);
    }

    /** What the class body binds to {@code attr}, when it binds it once by assignment. */
    private @Nullable Value classBodyValue(Stmt.ClassDef cls, String attr, int depth) {
        Expr value = null;
        int bindings = 0;
        for (Stmt member : cls.body()) {
            if (member instanceof Stmt.Assign a && a.targets().size() == 1
                    && a.targets().get(0) instanceof Expr.Name n && n.id().equals(attr)) {
                value = a.value();
                bindings++;
            } else if (member instanceof Stmt.AnnAssign a && a.value() != null
                    && a.target() instanceof Expr.Name n && n.id().equals(attr)) {
                value = a.value();
                bindings++;
            }
        }
        return bindings == 1 && value != null ? valueOf(value, depth + 1) : null;
    }

    private static boolean isNone(@Nullable Expr e) {
        return e instanceof Expr.Constant c && c.value() instanceof ConstantValue.None;
    }

    /**
     * {@code self.make_pool()}: what the method of the enclosing class returns, when every
     * {@code return} of it agrees ({@code return ThreadPoolExecutor(...)}); null otherwise.
     */
    private @Nullable Value selfMethodResult(Expr.Call call, int depth) {
        if (!(call.func() instanceof Expr.Attribute a) || !(a.value() instanceof Expr.Name self)) {
            return null;
        }
        Node function = model.enclosingFunction(call);
        Stmt.ClassDef cls = function == null || !self.id().equals(model.firstParameter(function))
                ? null : model.classOfMethod(function);
        if (cls == null) {
            return null;
        }
        for (Stmt member : cls.body()) {
            if (member instanceof Stmt.FunctionDef f && f.name().equals(a.attr())) {
                List<Value> found = new ArrayList<>();
                for (Stmt.Return r : model.findAll(f, Stmt.Return.class)) {
                    if (model.enclosingFunction(r) != f || r.value() == null) {
                        continue;
                    }
                    Value v = valueOf(r.value(), depth + 1);
                    if (v == null) {
                        return null;
                    }
                    found.add(v);
                }
                return agree(found);
            }
        }
        return null;
    }

    /**
     * For each attribute the methods of a class store on {@code self}, what they assign (null
     * for a store that is not a plain assignment); computed once per class.
     */
    private Map<String, List<@Nullable Expr>> selfStores(Stmt.ClassDef cls) {
        synchronized (selfStores) {
            Map<String, List<@Nullable Expr>> known = selfStores.get(cls);
            if (known != null) {
                return known;
            }
        }
        Map<String, List<@Nullable Expr>> stores = new HashMap<>();
        for (Stmt member : cls.body()) {
            String selfName = model.firstParameter(member);
            if (selfName == null) {
                continue;
            }
            for (Expr.Attribute target : model.findAll(member, Expr.Attribute.class)) {
                if (target.ctx() == dev.gilscan.analyzer.ast.ExprContext.Store
                        && target.value() instanceof Expr.Name n && n.id().equals(selfName)) {
                    stores.computeIfAbsent(target.attr(), k -> new ArrayList<>())
                            .add(assignedFrom(target));
                }
            }
        }
        synchronized (selfStores) {
            selfStores.put(cls, stores);
        }
        return stores;
    }

    private static @Nullable Value agree(List<Value> values) {
        if (values.isEmpty()) {
            return null;
        }
        Value first = values.get(0);
        for (Value v : values) {
            if (!sameKind(first, v)) {
                return null;
            }
        }
        return first;
    }

    private static boolean sameKind(Value a, Value b) {
        if (a instanceof Value.CallResult x && b instanceof Value.CallResult y) {
            return x.callee().equals(y.callee());
        }
        if (a instanceof Value.Context x && b instanceof Value.Context y) {
            return Objects.equals(x.method(), y.method());
        }
        return false;
    }
}
