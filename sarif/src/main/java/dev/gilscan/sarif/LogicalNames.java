package dev.gilscan.sarif;

import com.contrastsecurity.sarif.LogicalLocation;
import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.Located;
import dev.gilscan.analyzer.ast.Location;
import dev.gilscan.analyzer.ast.Node;
import dev.gilscan.analyzer.ast.Span;
import dev.gilscan.analyzer.ast.Stmt;
import dev.gilscan.analyzer.ast.TreeWalker;
import dev.gilscan.analyzer.files.PackageLayout;
import dev.gilscan.analyzer.model.SemanticModel;
import dev.gilscan.analyzer.parser.PythonSyntaxError;
import dev.gilscan.analyzer.parser.SourceParser;
import dev.gilscan.analyzer.parser.SourceText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The function, method, class or module a location is in, as a SARIF logical location
 * (2.1.0 §3.33) named as Python's {@code __module__ + "." + __qualname__}:
 * {@code pkg.mod.Pool.submit} of kind {@code member}, {@code pkg.mod.f.<locals>.g} of kind
 * {@code function}, {@code pkg.mod.Pool} of kind {@code type}, or {@code pkg.mod} of kind
 * {@code module} for code outside any definition. Each file with findings is parsed again, once;
 * a file that no longer parses gets no logical locations.
 */
final class LogicalNames {
    private final PackageLayout layout;
    private final int minor;
    private final Function<Path, SourceText> sources;
    private final Map<Path, @Nullable List<Definition>> definitions = new HashMap<>();

    /** A def, class or lambda: where it is, and its logical location. */
    private record Definition(Span span, LogicalLocation location) {}

    LogicalNames(PackageLayout layout, int minor, Function<Path, SourceText> sources) {
        this.layout = layout;
        this.minor = minor;
        this.sources = sources;
    }

    /**
     * The innermost definition around the start of {@code location}, else the module; null when
     * the file does not parse or has no module name.
     */
    @Nullable LogicalLocation of(Location location) {
        List<Definition> defs = definitions.computeIfAbsent(location.path(), this::definitions);
        if (defs == null) {
            return null;
        }
        Definition innermost = null;
        for (Definition d : defs) {
            if (contains(d.span(), location.span())) {
                innermost = d;
            }
        }
        if (innermost != null) {
            return innermost.location();
        }
        return defs.get(0).location().getFullyQualifiedName().isEmpty() ? null
                : defs.get(0).location();
    }

    /**
     * The file's module, then its definitions in walk order (an outer one before those inside
     * it); null when the file does not parse.
     */
    private @Nullable List<Definition> definitions(Path path) {
        SemanticModel model;
        try {
            model = SemanticModel.build(path, layout.moduleName(path),
                    SourceParser.parseText(path.toString(), sources.apply(path).text(), minor));
        } catch (PythonSyntaxError | RuntimeException e) {
            return null;
        }
        String module = model.module().name();
        List<Definition> defs = new ArrayList<>();
        defs.add(new Definition(new Span(0, 0, 0, 0, 0, 0), logical(module.substring(module.lastIndexOf('.') + 1),
                module, "module")));
        new TreeWalker() {
            @Override
            protected void enter(Node node, List<Node> ancestors) {
                String kind = kind(node, model);
                if (kind != null && node instanceof Located located) {
                    String name = model.definitionName(node);
                    defs.add(new Definition(located.span(),
                            logical(name.substring(name.lastIndexOf('.') + 1), name, kind)));
                }
            }
        }.walk(model.tree());
        return defs;
    }

    private static @Nullable String kind(Node node, SemanticModel model) {
        if (node instanceof Stmt.ClassDef) {
            return "type";
        }
        if (node instanceof Stmt.FunctionDef || node instanceof Stmt.AsyncFunctionDef) {
            return model.classOfMethod(node) != null ? "member" : "function";
        }
        return node instanceof Expr.Lambda ? "function" : null;
    }

    private static LogicalLocation logical(String name, String qualifiedName, String kind) {
        return new LogicalLocation().withName(name).withFullyQualifiedName(qualifiedName)
                .withKind(kind);
    }

    /**
     * Whether the start of {@code inner} lies in {@code outer} after its first character (UTF-16
     * columns): a location that is a whole definition, such as a flagged lambda, is in the
     * definition around it.
     */
    private static boolean contains(Span outer, Span inner) {
        if (outer.line() < 1) {
            return false;
        }
        boolean afterStart = inner.line() > outer.line()
                || inner.line() == outer.line() && inner.utf16Column() > outer.utf16Column();
        boolean beforeEnd = inner.line() < outer.endLine()
                || inner.line() == outer.endLine() && inner.utf16Column() < outer.utf16EndColumn();
        return afterStart && beforeEnd;
    }
}
