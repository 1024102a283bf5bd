package dev.gilscan.analyzer.model.scope;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.ExprContext;
import dev.gilscan.analyzer.ast.Mod;
import dev.gilscan.analyzer.ast.Nodes;
import dev.gilscan.analyzer.parser.PythonSyntaxError;
import dev.gilscan.analyzer.parser.SourceParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SymbolTable#resolve}: where a name's variable lives. */
class ResolveTest {

    /** A parsed snippet, its table, and its names by identifier and line. */
    static final class Snippet {
        final Mod.Module module;
        final SymbolTable table;

        Snippet(String source) {
            try {
                module = SourceParser.parseText("snippet.py", source, 13).module();
            } catch (PythonSyntaxError e) {
                throw new AssertionError(e.format(), e);
            }
            table = SymbolTable.build(module);
        }

        /** The only name {@code id} on {@code line}. */
        Expr.Name name(String id, int line) {
            List<Expr.Name> found = Nodes.findAll(module, Expr.Name.class).stream()
                    .filter(n -> n.id().equals(id) && n.span().line() == line)
                    .toList();
            assertThat(found).as("names %s on line %d", id, line).hasSize(1);
            return found.get(0);
        }

        Resolution resolve(String id, int line) {
            return table.resolve(name(id, line));
        }

        /** The scope named {@code name} (first in pre-order). */
        Scope scope(String name) {
            return table.scopes().stream().filter(s -> s.name().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no scope " + name));
        }
    }

    @Test
    void localNameResolvesToItsOwnScope() {
        Snippet s = new Snippet("""
                def f():
                    x = 1
                    return x
                """);

        Resolution r = s.resolve("x", 3);

        assertThat(r.kind()).isEqualTo(ResolutionKind.LOCAL);
        assertThat(r.symbol()).isSameAs(s.scope("f").symbol("x"));
        assertThat(r.symbol().kind()).isEqualTo(SymbolKind.LOCAL);
        assertThat(s.resolve("x", 2).symbol()).isSameAs(r.symbol());
    }

    @Test
    void freeNameResolvesToTheCellOfTheEnclosingFunction() {
        Snippet s = new Snippet("""
                def f():
                    x = 1
                    def g():
                        def h():
                            return x
                        return h
                    return g
                """);

        Resolution r = s.resolve("x", 5);

        assertThat(r.kind()).isEqualTo(ResolutionKind.ENCLOSING);
        assertThat(r.symbol()).isSameAs(s.scope("f").symbol("x"));
        assertThat(r.symbol().kind()).isEqualTo(SymbolKind.CELL);
        assertThat(s.scope("h").symbol("x").kind()).isEqualTo(SymbolKind.FREE);
        assertThat(s.scope("g").symbol("x").kind()).isEqualTo(SymbolKind.FREE);
    }

    @Test
    void globalBuiltinAndUnresolvedNames() {
        Snippet s = new Snippet("""
                x = 1
                open = None
                def f():
                    return x, len, open, missing, __name__
                """);

        assertThat(s.resolve("x", 4)).isEqualTo(new Resolution(ResolutionKind.GLOBAL,
                s.table.module().symbol("x")));
        assertThat(s.resolve("len", 4)).isEqualTo(new Resolution(ResolutionKind.BUILTIN, null));
        assertThat(s.resolve("open", 4).kind()).as("a builtin the module rebinds")
                .isEqualTo(ResolutionKind.GLOBAL);
        assertThat(s.resolve("missing", 4)).isEqualTo(
                new Resolution(ResolutionKind.UNRESOLVED, null));
        assertThat(s.resolve("__name__", 4).kind()).isEqualTo(ResolutionKind.GLOBAL);
        assertThat(s.resolve("x", 1).kind()).as("a module-level name is local to the module")
                .isEqualTo(ResolutionKind.LOCAL);
    }

    @Test
    void starImportMakesUnknownGlobalsPossible() {
        Snippet s = new Snippet("""
                from os import *
                def f():
                    return path
                """);

        assertThat(s.resolve("path", 3)).isEqualTo(new Resolution(ResolutionKind.GLOBAL, null));
    }

    @Test
    void functionsSkipClassScopes() {
        Snippet s = new Snippet("""
                def f():
                    x = 1
                    class C:
                        x = 2
                        y = x
                        def m(self):
                            return x
                    return C
                """);

        assertThat(s.resolve("x", 7).symbol()).isSameAs(s.scope("f").symbol("x"));
        assertThat(s.resolve("x", 7).kind()).isEqualTo(ResolutionKind.ENCLOSING);
        assertThat(s.resolve("x", 5)).isEqualTo(new Resolution(ResolutionKind.LOCAL,
                s.scope("C").symbol("x")));
    }

    @Test
    void comprehensionInAClassBodyDoesNotSeeTheClassNames() {
        Snippet s = new Snippet("""
                y = 0
                class C:
                    y = 1
                    z = [y + i
                         for i in range(3)]
                """);
        Scope c = s.scope("C");

        assertThat(s.resolve("y", 4)).isEqualTo(new Resolution(ResolutionKind.GLOBAL,
                s.table.module().symbol("y")));
        assertThat(s.resolve("i", 4)).isEqualTo(new Resolution(ResolutionKind.LOCAL,
                c.symbol("i")));
        assertThat(c.symbol("y").uses()).as("the class symbol y is not read in the class")
                .isEmpty();
        assertThat(c.symbol("i").bindings()).extracting(Binding::kind)
                .containsExactly(BindingKind.COMPREHENSION_TARGET);
    }

    @Test
    void walrusInAComprehensionBindsInTheEnclosingFunction() {
        Snippet s = new Snippet("""
                def f(xs):
                    [(last := x) for x in xs]
                    g = ((first := x) for x in xs)
                    return last, first
                """);
        Scope f = s.scope("f");

        assertThat(s.resolve("last", 2)).isEqualTo(new Resolution(ResolutionKind.LOCAL,
                f.symbol("last")));
        assertThat(s.resolve("last", 4)).isEqualTo(new Resolution(ResolutionKind.LOCAL,
                f.symbol("last")));
        assertThat(s.resolve("first", 3)).isEqualTo(new Resolution(ResolutionKind.ENCLOSING,
                f.symbol("first")));
        assertThat(f.symbol("first").kind()).isEqualTo(SymbolKind.CELL);
        assertThat(f.symbol("last").bindings()).extracting(Binding::kind)
                .containsExactly(BindingKind.NAMED_EXPRESSION);
        assertThat(s.scope("genexpr").symbol("first").isNonlocal()).isTrue();
    }

    @Test
    void walrusInAModuleComprehensionBindsAGlobal() {
        Snippet s = new Snippet("""
                [(n := x) for x in range(3)]
                def f():
                    return n
                """);

        assertThat(s.resolve("n", 3)).isEqualTo(new Resolution(ResolutionKind.GLOBAL,
                s.table.module().symbol("n")));
        assertThat(s.table.module().symbol("n").kind()).isEqualTo(SymbolKind.GLOBAL_EXPLICIT);
    }

    @Test
    void nonlocalAndGlobalDeclarations() {
        Snippet s = new Snippet("""
                def f():
                    x = 1
                    def g():
                        nonlocal x
                        x = 2
                    def h():
                        global y
                        y = 3
                    return g, h
                """);
        Symbol inG = s.scope("g").symbol("x");

        assertThat(inG.isNonlocal()).isTrue();
        assertThat(inG.kind()).isEqualTo(SymbolKind.FREE);
        assertThat(s.resolve("x", 5)).isEqualTo(new Resolution(ResolutionKind.ENCLOSING,
                s.scope("f").symbol("x")));
        assertThat(s.resolve("y", 8)).isEqualTo(new Resolution(ResolutionKind.GLOBAL,
                s.table.module().symbol("y")));
        assertThat(s.scope("h").symbol("y").isDeclaredGlobal()).isTrue();
        assertThat(s.table.module().symbol("y").isDeclaredGlobal()).isTrue();
    }

    @Test
    void typeParametersLiveInTheirOwnScope() {
        Snippet s = new Snippet("""
                class Box[T]:
                    def get(self) -> T:
                        item: T = self.item
                        return item
                def first[U](items: list[U]):
                    return items[0]
                """);
        Scope boxParams = s.table.scopes().stream()
                .filter(x -> x.kind() == ScopeKind.TYPE_PARAMETERS && x.name().equals("Box"))
                .findFirst().orElseThrow();
        Scope firstParams = s.scope("first");

        assertThat(firstParams.kind()).isEqualTo(ScopeKind.TYPE_PARAMETERS);
        assertThat(s.resolve("T", 2)).isEqualTo(new Resolution(ResolutionKind.ENCLOSING,
                boxParams.symbol("T")));
        assertThat(s.resolve("U", 5)).isEqualTo(new Resolution(ResolutionKind.LOCAL,
                firstParams.symbol("U")));
        assertThat(firstParams.symbol("U").bindings()).extracting(Binding::kind)
                .containsExactly(BindingKind.TYPE_PARAMETER);
        assertThat(boxParams.symbol(".type_params")).isNotNull();
        assertThat(firstParams.symbol(".defaults").isParameter()).isTrue();
    }

    @Test
    void annotationScopesInAClassReadTheClassNamespace() {
        Snippet s = new Snippet("""
                def outer():
                    A = 1
                    class C:
                        A = int
                        type Alias = list[A]
                        def m[T: A](self): pass
                """);
        Scope c = s.scope("C");

        assertThat(s.resolve("A", 5)).isEqualTo(new Resolution(ResolutionKind.ENCLOSING,
                c.symbol("A")));
        assertThat(s.resolve("A", 6)).isEqualTo(new Resolution(ResolutionKind.ENCLOSING,
                c.symbol("A")));
        assertThat(c.needsClassDict()).isTrue();
        assertThat(s.scope("Alias").symbol("__classdict__").kind()).isEqualTo(SymbolKind.FREE);
    }

    @Test
    void superAndDunderClassUseTheImplicitClassCell() {
        Snippet s = new Snippet("""
                class C:
                    def m(self):
                        return super().m(), __class__
                """);
        Scope c = s.scope("C");
        Scope m = s.scope("m");

        assertThat(c.needsClassCell()).isTrue();
        assertThat(c.symbol("__class__")).isNull();
        assertThat(m.symbol("__class__").kind()).isEqualTo(SymbolKind.FREE);
        assertThat(s.resolve("__class__", 3)).isEqualTo(
                new Resolution(ResolutionKind.ENCLOSING, null));
        assertThat(s.resolve("super", 3).kind()).isEqualTo(ResolutionKind.BUILTIN);
    }

    @Test
    void privateNamesAreMangledInClasses() {
        Snippet s = new Snippet("""
                class C:
                    __x = 1
                    def m(self, __y):
                        return __y
                """);

        assertThat(s.scope("C").symbols()).containsKey("_C__x");
        assertThat(s.resolve("__y", 4).symbol().name()).isEqualTo("_C__y");
        assertThat(s.resolve("__y", 4).kind()).isEqualTo(ResolutionKind.LOCAL);
    }

    @Test
    void storeAndDeleteNamesResolveToo() {
        Snippet s = new Snippet("""
                def f():
                    global g
                    g = 1
                    loc = 2
                    del loc
                """);

        assertThat(s.name("g", 3).ctx()).isEqualTo(ExprContext.Store);
        assertThat(s.resolve("g", 3).kind()).isEqualTo(ResolutionKind.GLOBAL);
        assertThat(s.resolve("loc", 5).kind()).isEqualTo(ResolutionKind.LOCAL);
    }
}
