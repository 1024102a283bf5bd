package dev.gilscan.analyzer.model.scope;

import static dev.gilscan.analyzer.model.scope.Flags.DEF_ANNOT;
import static dev.gilscan.analyzer.model.scope.Flags.DEF_COMP_ITER;
import static dev.gilscan.analyzer.model.scope.Flags.DEF_GLOBAL;
import static dev.gilscan.analyzer.model.scope.Flags.DEF_IMPORT;
import static dev.gilscan.analyzer.model.scope.Flags.DEF_LOCAL;
import static dev.gilscan.analyzer.model.scope.Flags.DEF_NONLOCAL;
import static dev.gilscan.analyzer.model.scope.Flags.DEF_PARAM;
import static dev.gilscan.analyzer.model.scope.Flags.DEF_TYPE_PARAM;
import static dev.gilscan.analyzer.model.scope.Flags.USE;

import dev.gilscan.analyzer.ast.Alias;
import dev.gilscan.analyzer.ast.Arg;
import dev.gilscan.analyzer.ast.Arguments;
import dev.gilscan.analyzer.ast.AstVisitor;
import dev.gilscan.analyzer.ast.Comprehension;
import dev.gilscan.analyzer.ast.ConstantValue;
import dev.gilscan.analyzer.ast.ExceptHandler;
import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.ExprContext;
import dev.gilscan.analyzer.ast.Keyword;
import dev.gilscan.analyzer.ast.MatchCase;
import dev.gilscan.analyzer.ast.Mod;
import dev.gilscan.analyzer.ast.Node;
import dev.gilscan.analyzer.ast.NodeIndex;
import dev.gilscan.analyzer.ast.NodeMap;
import dev.gilscan.analyzer.ast.Pattern;
import dev.gilscan.analyzer.ast.Span;
import dev.gilscan.analyzer.ast.Stmt;
import dev.gilscan.analyzer.ast.TypeIgnore;
import dev.gilscan.analyzer.ast.TypeParam;
import dev.gilscan.analyzer.ast.WithItem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The first pass of CPython 3.13's Python/symtable.c: walks the tree in CPython's order, creates
 * the scopes and records what each does with each name (the DEF_* and USE flags), the bindings,
 * the uses and the scope of every node.
 *
 * <p>The walk is iterative: {@link #tasks} holds nodes still to visit and actions to run between
 * them (enter or leave a scope, set a flag), so the depth of a tree is bounded by memory only. A
 * visit method does what CPython does before the first child and pushes the rest in order.
 */
final class Collector implements AstVisitor<@Nullable Void> {
    private static final Set<String> FUTURE_FEATURES = Set.of("nested_scopes", "generators",
            "division", "absolute_import", "with_statement", "print_function", "unicode_literals",
            "barry_as_FLUFL", "generator_stop", "annotations");

    /** Nodes to visit and {@link Runnable} actions; the last element is next. */
    private final ArrayList<Object> tasks = new ArrayList<>();
    /** CPython's st_stack: the scopes entered and not yet left. */
    private final ArrayList<Scope> blocks = new ArrayList<>();
    /**
     * How the Store names being visited bind; null when they bind elsewhere (the target of a
     * walrus in a comprehension).
     */
    private @Nullable BindingKind targetKind = BindingKind.ASSIGNMENT;
    private final ArrayList<@Nullable BindingKind> targetKinds = new ArrayList<>();
    private Scope cur;
    private final Scope top;
    /** CPython's st_private: the class whose body (or generic scope) is being visited. */
    private @Nullable String privateName;
    private boolean futureAnnotations;

    final List<ScopeError> errors = new ArrayList<>(0);
    /**
     * The scope (before inlining) in which each node is visited; names are found through
     * {@link #names} instead, except those that add no symbol.
     */
    final NodeMap<Scope> enclosing;
    /** The symbol (before inlining) each name adds to. */
    final NodeMap<Symbol> names;
    /** The scopes each node creates, in order. */
    final IdentityHashMap<Node, List<Scope>> created = new IdentityHashMap<>();

    Collector(Mod.Module module, NodeIndex index) {
        enclosing = new NodeMap<>(index);
        names = new NodeMap<>(index);
        top = new Scope(ScopeKind.MODULE, "top", module, 0, null, true);
        cur = top;
        blocks.add(top);
        remember(module, top);
    }

    Scope top() {
        return top;
    }

    /** Runs the pass over the module. */
    void run() {
        Mod.Module module = (Mod.Module) top.node();
        readFutureFeatures(module.body());
        enclosing.put(module, top);
        int mark = tasks.size();
        tasks.addAll(module.body());
        reverseFrom(mark);
        while (!tasks.isEmpty()) {
            Object task = tasks.remove(tasks.size() - 1);
            if (task instanceof Runnable action) {
                action.run();
            } else {
                Node node = (Node) task;
                if (!(node instanceof Expr.Name)) {
                    enclosing.put(node, cur);
                }
                node.accept(this);
            }
        }
        for (TypeIgnore ignore : module.typeIgnores()) {
            enclosing.put(ignore, top);
        }
    }

    /** Python/future.c: the leading {@code from __future__} imports, after a docstring. */
    private void readFutureFeatures(List<Stmt> body) {
        int i = hasDocstring(body) ? 1 : 0;
        for (; i < body.size(); i++) {
            if (!(body.get(i) instanceof Stmt.ImportFrom from) || from.level() != 0
                    || !"__future__".equals(from.module())) {
                return;
            }
            for (Alias alias : from.names()) {
                String feature = alias.name();
                if (feature.equals("annotations")) {
                    futureAnnotations = true;
                } else if (feature.equals("braces")) {
                    error("not a chance", alias.span());
                } else if (!FUTURE_FEATURES.contains(feature)) {
                    error("future feature " + feature + " is not defined", alias.span());
                }
            }
        }
    }

    private static boolean hasDocstring(List<Stmt> body) {
        return !body.isEmpty() && body.get(0) instanceof Stmt.Expr statement
                && statement.value() instanceof Expr.Constant constant
                && constant.value() instanceof ConstantValue.Str;
    }

    // --- task stack --------------------------------------------------------------------------

    /** Reverses the tasks pushed since {@code mark}, so that the first pushed runs first. */
    private void reverseFrom(int mark) {
        for (int i = mark, j = tasks.size() - 1; i < j; i++, j--) {
            Object t = tasks.get(i);
            tasks.set(i, tasks.get(j));
            tasks.set(j, t);
        }
    }

    private void push(@Nullable Node node) {
        if (node != null) {
            tasks.add(node);
        }
    }

    private void pushAll(List<? extends @Nullable Node> nodes) {
        for (int i = 0, n = nodes.size(); i < n; i++) {
            push(nodes.get(i));
        }
    }

    private void then(Runnable action) {
        tasks.add(action);
    }

    /** Pushes a target whose Store names bind with {@code kind}. */
    private void pushTarget(Expr target, @Nullable BindingKind kind) {
        if (target instanceof Expr.Name name) {
            then(() -> name(name, kind));
            return;
        }
        then(() -> {
            targetKinds.add(targetKind);
            targetKind = kind;
        });
        tasks.add(target);
        then(() -> targetKind = targetKinds.remove(targetKinds.size() - 1));
    }

    // --- scopes and symbols ------------------------------------------------------------------

    private void error(String message, Span span) {
        errors.add(new ScopeError(message, span));
    }

    private void remember(Node node, Scope scope) {
        created.computeIfAbsent(node, n -> new ArrayList<>(1)).add(scope);
    }

    /** symtable_enter_block. */
    private void enterBlock(String name, ScopeKind kind, Node node, int line) {
        Scope prev = cur;
        boolean linked = kind != ScopeKind.ANNOTATION;
        Scope ste = new Scope(kind, name, node, line, prev, linked);
        blocks.add(ste);
        ste.compIterExpr = prev.compIterExpr;
        if (prev.mangledNames != null && kind != ScopeKind.CLASS) {
            ste.mangledNames = prev.mangledNames;
        }
        cur = ste;
        prev.children.add(ste);
        remember(node, ste);
    }

    /** symtable_exit_block. */
    private void exitBlock() {
        blocks.remove(blocks.size() - 1);
        cur = blocks.get(blocks.size() - 1);
    }

    static boolean isFunctionLike(ScopeKind kind) {
        return switch (kind) {
            case FUNCTION, LAMBDA, COMPREHENSION, TYPE_VARIABLE, TYPE_ALIAS, TYPE_PARAMETERS ->
                    true;
            default -> false;
        };
    }

    private static boolean isFunctionBlock(ScopeKind kind) {
        return kind == ScopeKind.FUNCTION || kind == ScopeKind.LAMBDA
                || kind == ScopeKind.COMPREHENSION;
    }

    /** _Py_Mangle: {@code __x} in class {@code C} is {@code _C__x}. */
    static String mangle(@Nullable String privateName, String name) {
        if (privateName == null || !name.startsWith("__")) {
            return name;
        }
        if (name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') {
            i++;
        }
        if (i == privateName.length()) {
            return name;
        }
        return "_" + privateName.substring(i) + name;
    }

    /** _Py_MaybeMangle: in the generic scope of a class only type parameters are mangled. */
    private String maybeMangle(String name) {
        Set<String> only = cur.mangledNames;
        if (only != null && !only.contains(name)) {
            return name;
        }
        return mangle(privateName, name);
    }

    private int lookup(String name) {
        Symbol symbol = cur.symbols.get(maybeMangle(name));
        return symbol == null ? 0 : symbol.flags;
    }

    /** symtable_add_def. */
    private Symbol addDef(String name, int flag, Span span) {
        if ((flag & DEF_TYPE_PARAM) != 0 && cur.mangledNames != null) {
            cur.mangledNames.add(name);
        }
        return addDef(name, flag, cur, span);
    }

    /** symtable_add_def_helper: adds {@code flag} to {@code name} in {@code ste}. */
    private Symbol addDef(String name, int flag, Scope ste, Span span) {
        String mangled = maybeMangle(name);
        Symbol symbol = ste.symbols.get(mangled);
        int value;
        if (symbol != null) {
            value = symbol.flags;
            if ((flag & DEF_PARAM) != 0 && (value & DEF_PARAM) != 0) {
                error("duplicate argument '" + name + "' in function definition", span);
            }
            if ((flag & DEF_TYPE_PARAM) != 0 && (value & DEF_TYPE_PARAM) != 0) {
                error("duplicate type parameter '" + name + "'", span);
            }
            value |= flag;
        } else {
            symbol = new Symbol(mangled, ste);
            ste.symbols.put(mangled, symbol);
            value = flag;
        }
        if (ste.compIterTarget) {
            if ((value & (DEF_GLOBAL | DEF_NONLOCAL)) != 0) {
                error("comprehension inner loop cannot rebind assignment expression target '"
                        + name + "'", span);
            }
            value |= DEF_COMP_ITER;
        }
        symbol.flags = value;
        if ((flag & DEF_PARAM) == 0 && (flag & DEF_GLOBAL) != 0) {
            Symbol global = top.symbols.get(mangled);
            if (global == null) {
                global = new Symbol(mangled, top);
                top.symbols.put(mangled, global);
            }
            global.flags |= flag;
        }
        return symbol;
    }

    private void bind(Symbol symbol, BindingKind kind, Node node, Span span) {
        symbol.bindings.add(new Binding(kind, node, span));
    }

    /** A name: a use, or a binding of {@code kind} (null: none here). */
    private void name(Expr.Name e, @Nullable BindingKind kind) {
        boolean load = e.ctx() == ExprContext.Load;
        Symbol symbol = addDef(e.id(), load ? USE : DEF_LOCAL, e.span());
        names.put(e, symbol);
        if (load) {
            symbol.uses.add(e);
            if (isFunctionLike(cur.kind()) && e.id().equals("super")) {
                addDef("__class__", USE, e.span());
            }
        } else if (e.ctx() == ExprContext.Del) {
            bind(symbol, BindingKind.DELETE, e, e.span());
        } else if (kind != null) {
            bind(symbol, kind, e, e.span());
        }
    }

    /** symtable_enter_type_param_block. */
    private void enterTypeParamBlock(String name, Node node, boolean hasDefaults,
            boolean hasKwDefaults, boolean isClass, Span span) {
        ScopeKind current = cur.kind();
        enterBlock(name, ScopeKind.TYPE_PARAMETERS, node, span.line());
        if (current == ScopeKind.CLASS) {
            cur.canSeeClassScope = true;
            addDef("__classdict__", USE, span);
        }
        if (isClass) {
            addDef(".type_params", DEF_LOCAL, span);
            addDef(".type_params", USE, span);
            addDef(".generic_base", DEF_LOCAL, span);
            addDef(".generic_base", USE, span);
        }
        if (hasDefaults) {
            addDef(".defaults", DEF_PARAM, span);
        }
        if (hasKwDefaults) {
            addDef(".kwdefaults", DEF_PARAM, span);
        }
    }

    /** symtable_raise_if_annotation_block. */
    private void raiseIfAnnotationBlock(String what, Span span) {
        String where = switch (cur.kind()) {
            case ANNOTATION -> "an annotation";
            case TYPE_VARIABLE -> cur.scopeInfo;
            case TYPE_ALIAS -> "a type alias";
            case TYPE_PARAMETERS -> "the definition of a generic";
            default -> null;
        };
        if (where != null) {
            error(what + " cannot be used within " + where, span);
        }
    }

    // --- statements --------------------------------------------------------------------------

    @Override
    public @Nullable Void defaultResult(Node node) {
        return null;
    }

    @Override
    public @Nullable Void visitFunctionDef(Stmt.FunctionDef s) {
        function(s, s.name(), s.args(), s.body(), s.decoratorList(), s.returns(), s.typeParams(),
                false);
        return null;
    }

    @Override
    public @Nullable Void visitAsyncFunctionDef(Stmt.AsyncFunctionDef s) {
        function(s, s.name(), s.args(), s.body(), s.decoratorList(), s.returns(), s.typeParams(),
                true);
        return null;
    }

    private void function(Stmt s, String name, Arguments args, List<Stmt> body,
            List<Expr> decorators, @Nullable Expr returns, List<TypeParam> typeParams,
            boolean async) {
        bind(addDef(name, DEF_LOCAL, s.span()), BindingKind.FUNCTION, s, s.span());
        int mark = tasks.size();
        pushAll(args.defaults());
        pushAll(args.kwDefaults());
        pushAll(decorators);
        boolean generic = !typeParams.isEmpty();
        if (generic) {
            boolean kwDefaults = args.kwDefaults().stream().anyMatch(d -> d != null);
            then(() -> enterTypeParamBlock(name, s, true, kwDefaults, false, s.span()));
            pushAll(typeParams);
        }
        annotations(s, args, returns);
        then(() -> {
            enterBlock(name, ScopeKind.FUNCTION, s, s.span().line());
            arguments(args);
        });
        pushAll(body);
        then(this::exitBlock);
        if (generic) {
            then(this::exitBlock);
        }
        reverseFrom(mark);
    }

    /** symtable_visit_annotations: pushes the parameter and return annotations. */
    private void annotations(Stmt s, Arguments a, @Nullable Expr returns) {
        if (futureAnnotations) {
            then(() -> enterAnnotationBlock(a, s.span().line()));
        }
        for (Arg arg : a.posonlyargs()) {
            push(arg.annotation());
        }
        for (Arg arg : a.args()) {
            push(arg.annotation());
        }
        if (a.vararg() != null) {
            push(a.vararg().annotation());
        }
        if (a.kwarg() != null) {
            push(a.kwarg().annotation());
        }
        for (Arg arg : a.kwonlyargs()) {
            push(arg.annotation());
        }
        if (futureAnnotations) {
            then(this::exitBlock);
        }
        if (returns != null) {
            annotation(returns);
        }
    }

    /** symtable_visit_annotation: pushes one annotation. */
    private void annotation(Expr annotation) {
        if (futureAnnotations) {
            then(() -> enterAnnotationBlock(annotation, annotation.span().line()));
            tasks.add(annotation);
            then(this::exitBlock);
        } else {
            tasks.add(annotation);
        }
    }

    private void enterAnnotationBlock(Node node, int line) {
        boolean inClass = cur.kind() == ScopeKind.CLASS || cur.canSeeClassScope;
        enterBlock("_annotation", ScopeKind.ANNOTATION, node, line);
        cur.canSeeClassScope = inClass;
    }

    /** symtable_visit_arguments: the parameters, in the function's scope. */
    private void arguments(Arguments a) {
        enclosing.put(a, cur);
        params(a.posonlyargs());
        params(a.args());
        params(a.kwonlyargs());
        if (a.vararg() != null) {
            param(a.vararg());
        }
        if (a.kwarg() != null) {
            param(a.kwarg());
        }
    }

    private void params(List<Arg> args) {
        for (Arg arg : args) {
            param(arg);
        }
    }

    private void param(Arg arg) {
        enclosing.put(arg, cur);
        bind(addDef(arg.arg(), DEF_PARAM, arg.span()), BindingKind.PARAMETER, arg, arg.span());
    }

    @Override
    public @Nullable Void visitClassDef(Stmt.ClassDef s) {
        bind(addDef(s.name(), DEF_LOCAL, s.span()), BindingKind.CLASS, s, s.span());
        int mark = tasks.size();
        pushAll(s.decoratorList());
        String saved = privateName;
        boolean generic = !s.typeParams().isEmpty();
        if (generic) {
            then(() -> {
                enterTypeParamBlock(s.name(), s, false, false, true, s.span());
                privateName = s.name();
                cur.mangledNames = new HashSet<>();
            });
            pushAll(s.typeParams());
        }
        pushAll(s.bases());
        pushAll(s.keywords());
        then(() -> {
            enterBlock(s.name(), ScopeKind.CLASS, s, s.span().line());
            privateName = s.name();
            if (generic) {
                addDef("__type_params__", DEF_LOCAL, s.span());
                addDef(".type_params", USE, s.span());
            }
        });
        pushAll(s.body());
        then(this::exitBlock);
        if (generic) {
            then(this::exitBlock);
        }
        then(() -> privateName = saved);
        reverseFrom(mark);
        return null;
    }

    @Override
    public @Nullable Void visitTypeAlias(Stmt.TypeAlias s) {
        if (!(s.name() instanceof Expr.Name aliasName)) {
            return null;
        }
        name(aliasName, BindingKind.TYPE_ALIAS);
        String name = aliasName.id();
        boolean inClass = cur.kind() == ScopeKind.CLASS;
        boolean generic = !s.typeParams().isEmpty();
        int mark = tasks.size();
        if (generic) {
            then(() -> enterTypeParamBlock(name, s, false, false, false, s.span()));
            pushAll(s.typeParams());
        }
        then(() -> {
            enterBlock(name, ScopeKind.TYPE_ALIAS, s, s.span().line());
            cur.canSeeClassScope = inClass;
            if (inClass) {
                addDef("__classdict__", USE, s.value().span());
            }
        });
        tasks.add(s.value());
        then(this::exitBlock);
        if (generic) {
            then(this::exitBlock);
        }
        reverseFrom(mark);
        return null;
    }

    @Override
    public @Nullable Void visitReturn(Stmt.Return s) {
        push(s.value());
        return null;
    }

    @Override
    public @Nullable Void visitDelete(Stmt.Delete s) {
        int mark = tasks.size();
        for (Expr target : s.targets()) {
            pushTarget(target, BindingKind.DELETE);
        }
        reverseFrom(mark);
        return null;
    }

    @Override
    public @Nullable Void visitAssign(Stmt.Assign s) {
        int mark = tasks.size();
        for (Expr target : s.targets()) {
            pushTarget(target, BindingKind.ASSIGNMENT);
        }
        tasks.add(s.value());
        reverseFrom(mark);
        return null;
    }

    @Override
    public @Nullable Void visitAnnAssign(Stmt.AnnAssign s) {
        int mark = tasks.size();
        if (s.target() instanceof Expr.Name target) {
            int flags = lookup(target.id());
            if ((flags & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && cur != top && s.simple() != 0) {
                error("annotated name '" + target.id() + "' can't be "
                        + ((flags & DEF_GLOBAL) != 0 ? "global" : "nonlocal"), s.span());
            }
            Symbol symbol = null;
            if (s.simple() != 0) {
                symbol = addDef(target.id(), DEF_ANNOT | DEF_LOCAL, target.span());
            } else if (s.value() != null) {
                symbol = addDef(target.id(), DEF_LOCAL, target.span());
            }
            if (symbol == null) {
                // `(x): int` declares nothing; the name still belongs to the scope
                symbol = cur.symbols.get(maybeMangle(target.id()));
            }
            if (symbol == null) {
                enclosing.put(target, cur);
            } else {
                names.put(target, symbol);
                if (s.simple() != 0 || s.value() != null) {
                    bind(symbol, s.value() != null ? BindingKind.ASSIGNMENT
                            : BindingKind.ANNOTATION_ONLY, target, target.span());
                }
            }
        } else {
            pushTarget(s.target(), BindingKind.ASSIGNMENT);
        }
        annotation(s.annotation());
        push(s.value());
        reverseFrom(mark);
        return null;
    }

    @Override
    public @Nullable Void visitAugAssign(Stmt.AugAssign s) {
        int mark = tasks.size();
        pushTarget(s.target(), BindingKind.AUGMENTED_ASSIGNMENT);
        tasks.add(s.value());
        reverseFrom(mark);
        return null;
    }

    @Override
    public @Nullable Void visitFor(Stmt.For s) {
        loop(s.target(), s.iter(), s.body(), s.orelse());
        return null;
    }

    @Override
    public @Nullable Void visitAsyncFor(Stmt.AsyncFor s) {
        loop(s.target(), s.iter(), s.body(), s.orelse());
        return null;
    }

    private void loop(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) {
        int mark = tasks.size();
        pushTarget(target, BindingKind.FOR_TARGET);
        tasks.add(iter);
        pushAll(body);
        pushAll(orelse);
        reverseFrom(mark);
    }

    @Override
    public @Nullable Void visitWhile(Stmt.While s) {
        int mark = tasks.size();
        tasks.add(s.test());
        pushAll(s.body());
        pushAll(s.orelse());
        reverseFrom(mark);
        return null;
    }

    @Override
    public @Nullable Void visitIf(Stmt.If s) {
        int mark = tasks.size();
        tasks.add(s.test());
        pushAll(s.body());
        pushAll(s.orelse());
        reverseFrom(mark);
        return null;
    }

    @Override
    public @Nullable Void visitWith(Stmt.With s) {
        int mark = tasks.size();
        pushAll(s.items());
        pushAll(s.body());
        reverseFrom(mark);
        return null;
    }

    @Override
    public @Nullable Void visitAsyncWith(Stmt.AsyncWith s) {
        int mark = tasks.size();
        pushAll(s.items());
        pushAll(s.body());
        reverseFrom(mark);
        return null;
    }

    @Override
    public @Nullable Void visitWithItem(WithItem item) {
        int mark = tasks.size();
        tasks.add(item.contextExpr());
        if (item.optionalVars() != null) {
            pushTarget(item.optionalVars(), BindingKind.WITH_TARGET);
        }
        reverseFrom(mark);
        return null;
    }

    @Override
    public @Nullable Void visitMatch(Stmt.Match s) {
        int mark = tasks.size();
        tasks.add(s.subject());
        pushAll(s.cases());
        reverseFrom(mark);
        return null;
    }

    @Override
    public @Nullable Void visitMatchCase(MatchCase m) {
        int mark = tasks.size();
        tasks.add(m.pattern());
        push(m.guard());
        pushAll(m.body());
        reverseFrom(mark);
        return null;
    }

    @Override
    public @Nullable Void visitRaise(Stmt.Raise s) {
        if (s.exc() != null) {
            int mark = tasks.size();
            tasks.add(s.exc());
            push(s.cause());
            reverseFrom(mark);
        }
        return null;
    }

    @Override
    public @Nullable Void visitTry(Stmt.Try s) {
        tryStatement(s.body(), s.handlers(), s.orelse(), s.finalbody());
        return null;
    }

    @Override
    public @Nullable Void visitTryStar(Stmt.TryStar s) {
        tryStatement(s.body(), s.handlers(), s.orelse(), s.finalbody());
        return null;
    }

    private void tryStatement(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
            List<Stmt> finalbody) {
        int mark = tasks.size();
        pushAll(body);
        pushAll(handlers);
        pushAll(orelse);
        pushAll(finalbody);
        reverseFrom(mark);
    }

    @Override
    public @Nullable Void visitExceptHandler(ExceptHandler h) {
        int mark = tasks.size();
        push(h.type());
        if (h.name() != null) {
            String name = h.name();
            then(() -> bind(addDef(name, DEF_LOCAL, h.span()), BindingKind.EXCEPT_HANDLER, h,
                    h.span()));
        }
        pushAll(h.body());
        reverseFrom(mark);
        return null;
    }

    @Override
    public @Nullable Void visitAssert(Stmt.Assert s) {
        int mark = tasks.size();
        tasks.add(s.test());
        push(s.msg());
        reverseFrom(mark);
        return null;
    }

    @Override
    public @Nullable Void visitImport(Stmt.Import s) {
        for (Alias alias : s.names()) {
            alias(alias);
        }
        return null;
    }

    @Override
    public @Nullable Void visitImportFrom(Stmt.ImportFrom s) {
        for (Alias alias : s.names()) {
            alias(alias);
        }
        return null;
    }

    /** symtable_visit_alias: {@code import a.b} binds {@code a}. */
    private void alias(Alias a) {
        enclosing.put(a, cur);
        String name = a.asname() != null ? a.asname() : a.name();
        if (name.equals("*")) {
            if (cur.kind() != ScopeKind.MODULE) {
                error("import * only allowed at module level", a.span());
            }
            cur.hasStarImport = true;
            return;
        }
        int dot = name.indexOf('.');
        String stored = dot >= 0 ? name.substring(0, dot) : name;
        bind(addDef(stored, DEF_IMPORT, a.span()), BindingKind.IMPORT, a, a.span());
    }

    @Override
    public @Nullable Void visitGlobal(Stmt.Global s) {
        declare(s.names(), DEF_GLOBAL, "global", s.span());
        return null;
    }

    @Override
    public @Nullable Void visitNonlocal(Stmt.Nonlocal s) {
        declare(s.names(), DEF_NONLOCAL, "nonlocal", s.span());
        return null;
    }

    private void declare(List<String> names, int flag, String what, Span span) {
        for (String name : names) {
            int flags = lookup(name);
            if ((flags & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                String message;
                if ((flags & DEF_PARAM) != 0) {
                    message = "name '%s' is parameter and " + what;
                } else if ((flags & USE) != 0) {
                    message = "name '%s' is used prior to " + what + " declaration";
                } else if ((flags & DEF_ANNOT) != 0) {
                    message = "annotated name '%s' can't be " + what;
                } else {
                    message = "name '%s' is assigned to before " + what + " declaration";
                }
                error(String.format(message, name), span);
            }
            addDef(name, flag, span);
            directive(name, span);
        }
    }

    /** symtable_record_directive. */
    private void directive(String name, Span span) {
        if (cur.directives == null) {
            cur.directives = new java.util.HashMap<>();
        }
        cur.directives.putIfAbsent(maybeMangle(name), span);
    }

    @Override
    public @Nullable Void visitExprStmt(Stmt.Expr s) {
        tasks.add(s.value());
        return null;
    }

    // --- expressions -------------------------------------------------------------------------

    @Override
    public @Nullable Void visitNamedExpr(Expr.NamedExpr e) {
        raiseIfAnnotationBlock("named expression", e.span());
        if (cur.compIterExpr > 0) {
            error("assignment expression cannot be used in a comprehension iterable expression",
                    e.span());
        }
        BindingKind kind = BindingKind.NAMED_EXPRESSION;
        if (cur.comprehension && e.target() instanceof Expr.Name target
                && extendNamedExprScope(target)) {
            kind = null;
        }
        int mark = tasks.size();
        tasks.add(e.value());
        pushTarget(e.target(), kind);
        reverseFrom(mark);
        return null;
    }

    /**
     * symtable_extend_namedexpr_scope: a walrus in a comprehension binds in the nearest enclosing
     * function or the module. Returns whether the binding was recorded there.
     */
    private boolean extendNamedExprScope(Expr.Name e) {
        String name = e.id();
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Scope ste = blocks.get(i);
            if (ste.comprehension) {
                Symbol symbol = ste.symbols.get(maybeMangle(name));
                int flags = symbol == null ? 0 : symbol.flags;
                if ((flags & DEF_COMP_ITER) != 0 && (flags & DEF_LOCAL) != 0) {
                    error("assignment expression cannot rebind comprehension iteration variable '"
                            + name + "'", e.span());
                    return false;
                }
                continue;
            }
            if (isFunctionBlock(ste.kind())) {
                Symbol symbol = ste.symbols.get(maybeMangle(name));
                int flags = symbol == null ? 0 : symbol.flags;
                addDef(name, (flags & DEF_GLOBAL) != 0 ? DEF_GLOBAL : DEF_NONLOCAL, e.span());
                directive(name, e.span());
                bind(addDef(name, DEF_LOCAL, ste, e.span()), BindingKind.NAMED_EXPRESSION, e,
                        e.span());
                return true;
            }
            if (ste.kind() == ScopeKind.MODULE) {
                addDef(name, DEF_GLOBAL, e.span());
                directive(name, e.span());
                bind(addDef(name, DEF_GLOBAL, ste, e.span()), BindingKind.NAMED_EXPRESSION, e,
                        e.span());
                return true;
            }
            String where = switch (ste.kind()) {
                case CLASS -> "in a class body";
                case TYPE_PARAMETERS -> "within the definition of a generic";
                case TYPE_ALIAS -> "in a type alias";
                case TYPE_VARIABLE -> "in a TypeVar bound";
                default -> null;
            };
            if (where != null) {
                error("assignment expression within a comprehension cannot be used " + where,
                        e.span());
                return false;
            }
        }
        return false;
    }

    @Override
    public @Nullable Void visitBoolOp(Expr.BoolOp e) {
        int mark = tasks.size();
        pushAll(e.values());
        reverseFrom(mark);
        return null;
    }

    @Override
    public @Nullable Void visitBinOp(Expr.BinOp e) {
        tasks.add(e.right());
        tasks.add(e.left());
        return null;
    }

    @Override
    public @Nullable Void visitUnaryOp(Expr.UnaryOp e) {
        tasks.add(e.operand());
        return null;
    }

    @Override
    public @Nullable Void visitLambda(Expr.Lambda e) {
        int mark = tasks.size();
        pushAll(e.args().defaults());
        pushAll(e.args().kwDefaults());
        then(() -> {
            enterBlock("lambda", ScopeKind.LAMBDA, e, e.span().line());
            arguments(e.args());
        });
        tasks.add(e.body());
        then(this::exitBlock);
        reverseFrom(mark);
        return null;
    }

    @Override
    public @Nullable Void visitIfExp(Expr.IfExp e) {
        tasks.add(e.orelse());
        tasks.add(e.body());
        tasks.add(e.test());
        return null;
    }

    @Override
    public @Nullable Void visitDict(Expr.Dict e) {
        int mark = tasks.size();
        pushAll(e.keys());
        pushAll(e.values());
        reverseFrom(mark);
        return null;
    }

    @Override
    public @Nullable Void visitSet(Expr.Set e) {
        int mark = tasks.size();
        pushAll(e.elts());
        reverseFrom(mark);
        return null;
    }

    @Override
    public @Nullable Void visitGeneratorExp(Expr.GeneratorExp e) {
        comprehension(e, "genexpr", e.generators(), e.elt(), null);
        return null;
    }

    @Override
    public @Nullable Void visitListComp(Expr.ListComp e) {
        comprehension(e, "listcomp", e.generators(), e.elt(), null);
        return null;
    }

    @Override
    public @Nullable Void visitSetComp(Expr.SetComp e) {
        comprehension(e, "setcomp", e.generators(), e.elt(), null);
        return null;
    }

    @Override
    public @Nullable Void visitDictComp(Expr.DictComp e) {
        comprehension(e, "dictcomp", e.generators(), e.key(), e.value());
        return null;
    }

    /** symtable_handle_comprehension. */
    private void comprehension(Expr e, String name, List<Comprehension> generators, Expr elt,
            @Nullable Expr value) {
        if (generators.isEmpty()) {
            return;
        }
        Comprehension outermost = generators.get(0);
        int mark = tasks.size();
        then(() -> cur.compIterExpr++);
        tasks.add(outermost.iter());
        then(() -> {
            cur.compIterExpr--;
            enterBlock(name, ScopeKind.COMPREHENSION, e, e.span().line());
            enclosing.put(outermost, cur);
            cur.comprehension = true;
            addDef(".0", DEF_PARAM, e.span());
            cur.compIterTarget = true;
        });
        pushTarget(outermost.target(), BindingKind.COMPREHENSION_TARGET);
        then(() -> cur.compIterTarget = false);
        pushAll(outermost.ifs());
        for (int i = 1; i < generators.size(); i++) {
            tasks.add(generators.get(i));
        }
        push(value);
        tasks.add(elt);
        boolean generator = e instanceof Expr.GeneratorExp;
        then(() -> {
            cur.generator = generator;
            exitBlock();
        });
        reverseFrom(mark);
    }

    /** symtable_visit_comprehension: a {@code for} clause after the first. */
    @Override
    public @Nullable Void visitComprehension(Comprehension c) {
        cur.compIterTarget = true;
        int mark = tasks.size();
        pushTarget(c.target(), BindingKind.COMPREHENSION_TARGET);
        then(() -> {
            cur.compIterTarget = false;
            cur.compIterExpr++;
        });
        tasks.add(c.iter());
        then(() -> cur.compIterExpr--);
        pushAll(c.ifs());
        reverseFrom(mark);
        return null;
    }

    @Override
    public @Nullable Void visitAwait(Expr.Await e) {
        raiseIfAnnotationBlock("await expression", e.span());
        tasks.add(e.value());
        return null;
    }

    @Override
    public @Nullable Void visitYield(Expr.Yield e) {
        yieldExpression(e.span());
        push(e.value());
        return null;
    }

    @Override
    public @Nullable Void visitYieldFrom(Expr.YieldFrom e) {
        yieldExpression(e.span());
        tasks.add(e.value());
        return null;
    }

    private void yieldExpression(Span span) {
        raiseIfAnnotationBlock("yield expression", span);
        if (cur.comprehension) {
            Node node = cur.node();
            String what = node instanceof Expr.ListComp ? "list comprehension"
                    : node instanceof Expr.SetComp ? "set comprehension"
                    : node instanceof Expr.DictComp ? "dict comprehension" : "generator expression";
            error("'yield' inside " + what, span);
        }
    }

    @Override
    public @Nullable Void visitCompare(Expr.Compare e) {
        int mark = tasks.size();
        tasks.add(e.left());
        pushAll(e.comparators());
        reverseFrom(mark);
        return null;
    }

    @Override
    public @Nullable Void visitCall(Expr.Call e) {
        int mark = tasks.size();
        tasks.add(e.func());
        pushAll(e.args());
        pushAll(e.keywords());
        reverseFrom(mark);
        return null;
    }

    @Override
    public @Nullable Void visitKeyword(Keyword k) {
        tasks.add(k.value());
        return null;
    }

    @Override
    public @Nullable Void visitFormattedValue(Expr.FormattedValue e) {
        push(e.formatSpec());
        tasks.add(e.value());
        return null;
    }

    @Override
    public @Nullable Void visitInterpolation(Expr.Interpolation e) {
        push(e.formatSpec());
        tasks.add(e.value());
        return null;
    }

    @Override
    public @Nullable Void visitJoinedStr(Expr.JoinedStr e) {
        int mark = tasks.size();
        pushAll(e.values());
        reverseFrom(mark);
        return null;
    }

    @Override
    public @Nullable Void visitTemplateStr(Expr.TemplateStr e) {
        int mark = tasks.size();
        pushAll(e.values());
        reverseFrom(mark);
        return null;
    }

    @Override
    public @Nullable Void visitAttribute(Expr.Attribute e) {
        tasks.add(e.value());
        return null;
    }

    @Override
    public @Nullable Void visitSubscript(Expr.Subscript e) {
        tasks.add(e.slice());
        tasks.add(e.value());
        return null;
    }

    @Override
    public @Nullable Void visitStarred(Expr.Starred e) {
        tasks.add(e.value());
        return null;
    }

    @Override
    public @Nullable Void visitSlice(Expr.Slice e) {
        push(e.step());
        push(e.upper());
        push(e.lower());
        return null;
    }

    @Override
    public @Nullable Void visitName(Expr.Name e) {
        name(e, targetKind);
        return null;
    }

    @Override
    public @Nullable Void visitList(Expr.List e) {
        int mark = tasks.size();
        pushAll(e.elts());
        reverseFrom(mark);
        return null;
    }

    @Override
    public @Nullable Void visitTuple(Expr.Tuple e) {
        int mark = tasks.size();
        pushAll(e.elts());
        reverseFrom(mark);
        return null;
    }

    // --- type parameters ---------------------------------------------------------------------

    @Override
    public @Nullable Void visitTypeVar(TypeParam.TypeVar tp) {
        typeParam(tp, tp.name(), tp.bound(), tp.defaultValue());
        return null;
    }

    @Override
    public @Nullable Void visitParamSpec(TypeParam.ParamSpec tp) {
        typeParam(tp, tp.name(), null, tp.defaultValue());
        return null;
    }

    @Override
    public @Nullable Void visitTypeVarTuple(TypeParam.TypeVarTuple tp) {
        typeParam(tp, tp.name(), null, tp.defaultValue());
        return null;
    }

    /** symtable_visit_type_param and symtable_visit_type_param_bound_or_default. */
    private void typeParam(TypeParam tp, String name, @Nullable Expr bound,
            @Nullable Expr defaultValue) {
        bind(addDef(name, DEF_TYPE_PARAM | DEF_LOCAL, tp.span()), BindingKind.TYPE_PARAMETER, tp,
                tp.span());
        int mark = tasks.size();
        String kind = tp instanceof TypeParam.TypeVar ? "TypeVar"
                : tp instanceof TypeParam.ParamSpec ? "ParamSpec" : "TypeVarTuple";
        Expr[] values = {bound, defaultValue};
        for (int i = 0; i < 2; i++) {
            Expr e = values[i];
            if (e == null) {
                continue;
            }
            String info = i == 1 ? "a " + kind + " default"
                    : e instanceof Expr.Tuple ? "a TypeVar constraint" : "a TypeVar bound";
            then(() -> {
                boolean inClass = cur.canSeeClassScope;
                enterBlock(name, ScopeKind.TYPE_VARIABLE, tp, e.span().line());
                cur.canSeeClassScope = inClass;
                cur.scopeInfo = info;
                if (inClass) {
                    addDef("__classdict__", USE, e.span());
                }
            });
            tasks.add(e);
            then(this::exitBlock);
        }
        reverseFrom(mark);
    }

    // --- patterns ----------------------------------------------------------------------------

    @Override
    public @Nullable Void visitMatchValue(Pattern.MatchValue p) {
        tasks.add(p.value());
        return null;
    }

    @Override
    public @Nullable Void visitMatchSequence(Pattern.MatchSequence p) {
        int mark = tasks.size();
        pushAll(p.patterns());
        reverseFrom(mark);
        return null;
    }

    @Override
    public @Nullable Void visitMatchStar(Pattern.MatchStar p) {
        if (p.name() != null) {
            capture(p.name(), p);
        }
        return null;
    }

    @Override
    public @Nullable Void visitMatchMapping(Pattern.MatchMapping p) {
        int mark = tasks.size();
        pushAll(p.keys());
        pushAll(p.patterns());
        if (p.rest() != null) {
            String rest = p.rest();
            then(() -> capture(rest, p));
        }
        reverseFrom(mark);
        return null;
    }

    @Override
    public @Nullable Void visitMatchClass(Pattern.MatchClass p) {
        int mark = tasks.size();
        tasks.add(p.cls());
        pushAll(p.patterns());
        pushAll(p.kwdPatterns());
        reverseFrom(mark);
        return null;
    }

    @Override
    public @Nullable Void visitMatchAs(Pattern.MatchAs p) {
        int mark = tasks.size();
        push(p.pattern());
        if (p.name() != null) {
            String name = p.name();
            then(() -> capture(name, p));
        }
        reverseFrom(mark);
        return null;
    }

    @Override
    public @Nullable Void visitMatchOr(Pattern.MatchOr p) {
        int mark = tasks.size();
        pushAll(p.patterns());
        reverseFrom(mark);
        return null;
    }

    private void capture(String name, Pattern p) {
        bind(addDef(name, DEF_LOCAL, p.span()), BindingKind.MATCH_CAPTURE, p, p.span());
    }
}
