package dev.gilscan.analyzer.model;

import dev.gilscan.analyzer.ast.Alias;
import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.Mod;
import dev.gilscan.analyzer.ast.Node;
import dev.gilscan.analyzer.ast.Stmt;
import dev.gilscan.analyzer.ast.TreeWalker;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Every import of one file, wherever it stands (module level, in functions, under
 * {@code if TYPE_CHECKING:}, in {@code try: ... except ImportError:}), with the qualified name each
 * binds.
 *
 * <pre>
 * import a.b            # binds a   -> a        (and makes a.b importable as a.b)
 * import a.b as c       # binds c   -> a.b
 * from a import b as c  # binds c   -> a.b
 * from . import x       # in package p: binds x -> p.x
 * from a import *       # star import of a
 * </pre>
 */
public final class Imports {
    /**
     * One name an import binds.
     *
     * @param localName the name bound in the importing scope ({@code c} in {@code import a.b as c})
     * @param qualifiedName what it denotes ({@code a.b})
     * @param alias the {@code alias} node of the import
     * @param statement the Import or ImportFrom statement
     * @param typeCheckingOnly true under {@code if TYPE_CHECKING:}, which never runs
     */
    public record ImportedName(String localName, String qualifiedName, Alias alias,
            Stmt statement, boolean typeCheckingOnly) {}

    private final List<ImportedName> names = new ArrayList<>();
    private final Map<Alias, ImportedName> byAlias = new IdentityHashMap<>();
    private final List<String> starImports = new ArrayList<>();

    private Imports() {}

    /** Collects the imports of a module whose name is {@code module}. */
    public static Imports of(Mod.Module tree, ModuleName module) {
        return of(tree, module, dev.gilscan.analyzer.ast.NodeIndex.of(tree));
    }

    /** {@link #of(Mod.Module, ModuleName)}, walking the tree through its numbering. */
    static Imports of(Mod.Module tree, ModuleName module, dev.gilscan.analyzer.ast.NodeIndex index) {
        Imports imports = new Imports();
        new TreeWalker() {
            private int typeChecking;

            @Override
            protected void enter(Node node, List<Node> ancestors) {
                if (node instanceof Stmt.If i && isTypeCheckingTest(i.test())) {
                    typeChecking++;
                } else if (node instanceof Stmt.Import i) {
                    for (Alias a : i.names()) {
                        String local = a.asname() != null ? a.asname() : firstPart(a.name());
                        String qualified = a.asname() != null ? a.name() : firstPart(a.name());
                        imports.add(new ImportedName(local, qualified, a, i, typeChecking > 0));
                    }
                } else if (node instanceof Stmt.ImportFrom f) {
                    String from = f.level() == 0 ? f.module()
                            : module.resolveRelative(f.level(), f.module());
                    for (Alias a : f.names()) {
                        if (a.name().equals("*")) {
                            if (from != null) {
                                imports.starImports.add(from);
                            }
                            continue;
                        }
                        String local = a.asname() != null ? a.asname() : a.name();
                        String qualified = from == null ? a.name() : from + "." + a.name();
                        imports.add(new ImportedName(local, qualified, a, f, typeChecking > 0));
                    }
                }
            }

            @Override
            protected void leave(Node node, List<Node> ancestors) {
                if (node instanceof Stmt.If i && isTypeCheckingTest(i.test())) {
                    typeChecking--;
                }
            }
        }.walk(tree, index);
        return imports;
    }

    private void add(ImportedName name) {
        names.add(name);
        byAlias.put(name.alias(), name);
    }

    private static String firstPart(String dotted) {
        int dot = dotted.indexOf('.');
        return dot < 0 ? dotted : dotted.substring(0, dot);
    }

    /** {@code TYPE_CHECKING} or {@code typing.TYPE_CHECKING} (any module prefix). */
    static boolean isTypeCheckingTest(Expr test) {
        return (test instanceof Expr.Name n && n.id().equals("TYPE_CHECKING"))
                || (test instanceof Expr.Attribute a && a.attr().equals("TYPE_CHECKING"));
    }

    /** All the names imports bind, in source order. */
    public List<ImportedName> names() {
        return Collections.unmodifiableList(names);
    }

    /** What the import of {@code alias} binds, or null if the alias is not from this file. */
    public @Nullable ImportedName forAlias(Alias alias) {
        return byAlias.get(alias);
    }

    /** The absolute names of the modules star-imported ({@code from m import *}). */
    public List<String> starImports() {
        return Collections.unmodifiableList(starImports);
    }
}
