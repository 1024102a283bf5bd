package dev.gilscan.analyzer.model.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gilscan.analyzer.ast.Arg;
import dev.gilscan.analyzer.ast.Arguments;
import dev.gilscan.analyzer.ast.ConstantValue;
import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.ExprContext;
import dev.gilscan.analyzer.ast.Mod;
import dev.gilscan.analyzer.ast.Node;
import dev.gilscan.analyzer.ast.Nodes;
import dev.gilscan.analyzer.ast.Operator;
import dev.gilscan.analyzer.ast.Span;
import dev.gilscan.analyzer.ast.Stmt;
import dev.gilscan.analyzer.ast.TypeParam;
import dev.gilscan.analyzer.ast.UnaryOperator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@link SymbolTable}: scopes of nodes, bindings, uses, errors, deep trees. */
class SymbolTableTest {

    private static <T extends Node> T only(Mod.Module module, Class<T> type) {
        List<T> all = Nodes.findAll(module, type);
        assertThat(all).as("nodes of %s", type.getSimpleName()).hasSize(1);
        return all.get(0);
    }

    @Test
    void defaultsDecoratorsAndAnnotationsBelongToTheEnclosingScope() {
        ResolveTest.Snippet s = new ResolveTest.Snippet("""
                @decorator
                def f(a: Ann = default) -> Ret:
                    return a
                """);
        Scope module = s.table.module();
        Scope f = s.scope("f");

        assertThat(s.table.enclosingScope(s.name("decorator", 1))).isSameAs(module);
        assertThat(s.table.enclosingScope(s.name("default", 2))).isSameAs(module);
        assertThat(s.table.enclosingScope(s.name("Ann", 2))).isSameAs(module);
        assertThat(s.table.enclosingScope(s.name("Ret", 2))).isSameAs(module);
        assertThat(s.table.enclosingScope(only(s.module, Arg.class))).isSameAs(f);
        assertThat(s.table.enclosingScope(s.name("a", 3))).isSameAs(f);
        assertThat(s.table.enclosingScope(only(s.module, Stmt.FunctionDef.class)))
                .isSameAs(module);
        assertThat(s.table.enclosingScope(only(s.module, Stmt.Return.class))).isSameAs(f);
    }

    @Test
    void theFirstIteratorOfAComprehensionBelongsToTheEnclosingScope() {
        ResolveTest.Snippet s = new ResolveTest.Snippet("""
                def f(xs):
                    g = (x + y for x in xs for y in x)
                    return [z for z in xs]
                """);
        Scope f = s.scope("f");
        Scope genexpr = s.scope("genexpr");
        Expr.GeneratorExp gen = only(s.module, Expr.GeneratorExp.class);

        assertThat(s.table.enclosingScope(s.name("xs", 2))).isSameAs(f);
        assertThat(s.table.enclosingScope(gen)).isSameAs(f);
        assertThat(s.table.enclosingScope(gen.generators().get(1).iter())).isSameAs(genexpr);
        assertThat(s.table.scopeOf(gen)).isSameAs(genexpr);
        assertThat(genexpr.kind()).isEqualTo(ScopeKind.COMPREHENSION);
        assertThat(genexpr.symbol(".0").isParameter()).isTrue();
        // the list comprehension is inlined: no scope of its own
        Expr.ListComp list = only(s.module, Expr.ListComp.class);
        assertThat(s.table.scopeOf(list)).isNull();
        assertThat(s.table.enclosingScope(list.elt())).isSameAs(f);
        assertThat(f.symbol("z").kind()).isEqualTo(SymbolKind.LOCAL);
    }

    @Test
    void scopesOfGenericDefinitions() {
        ResolveTest.Snippet s = new ResolveTest.Snippet("""
                def f[T: int = str](x: T) -> T:
                    return x
                type A[U] = list[U]
                """);
        Stmt.FunctionDef def = only(s.module, Stmt.FunctionDef.class);
        Stmt.TypeAlias alias = only(s.module, Stmt.TypeAlias.class);
        TypeParam t = def.typeParams().get(0);

        assertThat(s.table.scopesOf(def)).extracting(Scope::kind)
                .containsExactly(ScopeKind.TYPE_PARAMETERS, ScopeKind.FUNCTION);
        assertThat(s.table.scopeOf(def).kind()).isEqualTo(ScopeKind.FUNCTION);
        assertThat(s.table.scopeOf(def).parent().kind()).isEqualTo(ScopeKind.TYPE_PARAMETERS);
        assertThat(s.table.scopesOf(t)).extracting(Scope::kind)
                .containsExactly(ScopeKind.TYPE_VARIABLE, ScopeKind.TYPE_VARIABLE);
        assertThat(s.table.scopeOf(t).line()).isEqualTo(1);
        assertThat(s.table.enclosingScope(s.name("int", 1)))
                .isSameAs(s.table.scopesOf(t).get(0));
        assertThat(s.table.enclosingScope(s.name("str", 1)))
                .isSameAs(s.table.scopesOf(t).get(1));
        assertThat(s.table.enclosingScope(t).kind()).isEqualTo(ScopeKind.TYPE_PARAMETERS);
        assertThat(s.table.scopeOf(alias).kind()).isEqualTo(ScopeKind.TYPE_ALIAS);
        assertThat(s.table.scopeOf(alias).node()).isSameAs(alias);
        assertThat(s.table.scopeOf(s.module)).isSameAs(s.table.module());
        assertThat(s.table.scopes()).extracting(Scope::kind).containsExactly(
                ScopeKind.MODULE, ScopeKind.TYPE_PARAMETERS, ScopeKind.TYPE_VARIABLE,
                ScopeKind.TYPE_VARIABLE, ScopeKind.FUNCTION, ScopeKind.TYPE_PARAMETERS,
                ScopeKind.TYPE_ALIAS);
    }

    @Test
    void futureAnnotationsGetScopesCpythonLeavesOutOfItsTree() {
        ResolveTest.Snippet s = new ResolveTest.Snippet("""
                from __future__ import annotations
                import typing
                def f(a: typing.Any) -> Ret:
                    x: Local = a
                """);
        Scope f = s.scope("f");
        Scope annotation = s.table.enclosingScope(s.name("typing", 3));

        assertThat(annotation.kind()).isEqualTo(ScopeKind.ANNOTATION);
        assertThat(annotation.name()).isEqualTo("_annotation");
        assertThat(annotation.parent()).isSameAs(s.table.module());
        assertThat(s.table.resolve(s.name("typing", 3))).isEqualTo(
                new Resolution(ResolutionKind.GLOBAL, s.table.module().symbol("typing")));
        assertThat(s.table.module().symbol("typing").uses()).as("not evaluated at run time")
                .isEmpty();
        assertThat(f.symbol("Local")).isNull();
        assertThat(SymbolsJson.entries(s.table)).noneMatch(e -> e.contains("annotation:"));
    }

    @Test
    void everyKindOfBinding() {
        ResolveTest.Snippet s = new ResolveTest.Snippet("""
                import a.b
                from c import d as e
                def f(p, *args, **kw):
                    x = 1
                    x += 1
                    y: int
                    for i, (j, *k) in p: pass
                    with p as w: pass
                    try: pass
                    except E as err: pass
                    match p:
                        case [m, *rest] | {"k": m, **rest} as whole: pass
                    del x
                    class K: pass
                    type T[Q] = Q
                    return [(z := c) for c in p]
                """);
        Map<String, List<BindingKind>> f = s.scope("f").symbols().values().stream()
                .filter(sym -> !sym.bindings().isEmpty())
                .collect(Collectors.toMap(Symbol::name,
                        sym -> sym.bindings().stream().map(Binding::kind).toList()));

        assertThat(s.table.module().symbol("a").bindings()).extracting(Binding::kind)
                .containsExactly(BindingKind.IMPORT);
        assertThat(s.table.module().symbol("e").bindings()).extracting(Binding::kind)
                .containsExactly(BindingKind.IMPORT);
        assertThat(s.table.module().symbol("f").bindings()).extracting(Binding::kind)
                .containsExactly(BindingKind.FUNCTION);
        assertThat(f).containsEntry("p", List.of(BindingKind.PARAMETER))
                .containsEntry("args", List.of(BindingKind.PARAMETER))
                .containsEntry("x", List.of(BindingKind.ASSIGNMENT,
                        BindingKind.AUGMENTED_ASSIGNMENT, BindingKind.DELETE))
                .containsEntry("y", List.of(BindingKind.ANNOTATION_ONLY))
                .containsEntry("i", List.of(BindingKind.FOR_TARGET))
                .containsEntry("k", List.of(BindingKind.FOR_TARGET))
                .containsEntry("w", List.of(BindingKind.WITH_TARGET))
                .containsEntry("err", List.of(BindingKind.EXCEPT_HANDLER))
                .containsEntry("m", List.of(BindingKind.MATCH_CAPTURE, BindingKind.MATCH_CAPTURE))
                .containsEntry("rest", List.of(BindingKind.MATCH_CAPTURE,
                        BindingKind.MATCH_CAPTURE))
                .containsEntry("whole", List.of(BindingKind.MATCH_CAPTURE))
                .containsEntry("K", List.of(BindingKind.CLASS))
                .containsEntry("T", List.of(BindingKind.TYPE_ALIAS))
                .containsEntry("z", List.of(BindingKind.NAMED_EXPRESSION))
                .containsEntry("c", List.of(BindingKind.COMPREHENSION_TARGET));
        assertThat(s.scope("T").symbol("Q").bindings()).extracting(Binding::kind)
                .containsExactly(BindingKind.TYPE_PARAMETER);
        Symbol x = s.scope("f").symbol("x");
        assertThat(x.bindings().get(0).node()).isInstanceOf(Expr.Name.class);
        assertThat(x.bindings().get(0).span().line()).isEqualTo(4);
        assertThat(x.uses()).isEmpty();
        assertThat(s.scope("f").symbol("p").uses()).hasSize(4);
    }

    @Test
    void errorsCpythonRaisesWhileBuildingItsTable() {
        assertThat(new ResolveTest.Snippet("def f(a, a): pass").table.errors())
                .extracting(ScopeError::message)
                .containsExactly("duplicate argument 'a' in function definition");
        assertThat(new ResolveTest.Snippet("nonlocal x").table.errors())
                .extracting(ScopeError::message)
                .containsExactly("nonlocal declaration not allowed at module level");
        assertThat(new ResolveTest.Snippet("def f():\n    from os import *").table.errors())
                .extracting(ScopeError::message)
                .containsExactly("import * only allowed at module level");
        assertThat(new ResolveTest.Snippet("from __future__ import braces").table.errors())
                .extracting(ScopeError::message).containsExactly("not a chance");
        ResolveTest.Snippet late = new ResolveTest.Snippet("def f():\n    x\n    global x");
        assertThat(late.table.errors()).singleElement().satisfies(e -> {
            assertThat(e.message()).isEqualTo("name 'x' is used prior to global declaration");
            assertThat(e.span().line()).isEqualTo(3);
        });
        assertThat(SymbolsJson.toJson(late.table)).startsWith("{\"error\":");
        assertThat(new ResolveTest.Snippet("def f[T](): pass").table.errors()).isEmpty();
    }

    @Test
    void nodesOfAnotherTreeAreRejected() {
        ResolveTest.Snippet s = new ResolveTest.Snippet("x = 1");
        Expr.Name stranger = new Expr.Name("x", ExprContext.Load, Span.ascii(1, 0, 1, 1));

        assertThatThrownBy(() -> s.table.resolve(stranger))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.table.enclosingScope(stranger))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deepExpressionsAndDeepScopesNeedNoStack() {
        Span span = Span.ascii(1, 0, 1, 1);
        Expr expr = new Expr.Name("x", ExprContext.Load, span);
        for (int i = 0; i < 200_000; i++) {
            expr = i % 2 == 0
                    ? new Expr.BinOp(expr, Operator.Add, new Expr.Constant(
                            ConstantValue.Int.of(i), null, span), span)
                    : new Expr.UnaryOp(UnaryOperator.USub, expr, span);
        }
        Arguments none = new Arguments(List.of(), List.of(), null, List.of(), List.of(), null,
                List.of());
        for (int i = 0; i < 2_000; i++) {
            expr = new Expr.Lambda(none, expr, span);
        }
        Mod.Module module = new Mod.Module(List.of(new Stmt.Expr(expr, span)), List.of());

        SymbolTable table = SymbolTable.build(module);

        assertThat(table.scopes()).hasSize(2_001);
        Scope innermost = table.scopes().get(2_000);
        assertThat(innermost.symbol("x").kind()).isEqualTo(SymbolKind.GLOBAL_IMPLICIT);
        assertThat(SymbolsJson.entries(table)).hasSize(1);
        assertThat(SymbolsPrinter.print(table)).contains("lambda lambda (line 1)");
    }

    @Test
    void printerShowsScopesAndSymbols() {
        ResolveTest.Snippet s = new ResolveTest.Snippet("""
                def f(x):
                    return lambda: x
                """);

        assertThat(SymbolsPrinter.print(s.table)).isEqualTo("""
                module top (line 0)
                  f: local, assigned
                  function f (line 1)
                    x: cell, parameter
                    lambda lambda (line 2)
                      x: free, referenced
                """);
        assertThat(SymbolsJson.toJson(s.table)).isEqualTo("[\"module:top@0 f local,assigned\","
                + "\"module:top@0/function:f@1 x cell,parameter\","
                + "\"module:top@0/function:f@1/function:lambda@2 x free,referenced\"]");
    }
}
