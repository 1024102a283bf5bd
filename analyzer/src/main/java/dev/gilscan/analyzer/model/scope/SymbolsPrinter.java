package dev.gilscan.analyzer.model.scope;

import java.util.ArrayDeque;
import java.util.Locale;

/**
 * A readable dump of a symbol table: each scope with its kind, name and line, then its symbols
 * with their kind and flags, children indented.
 *
 * <pre>
 * module top (line 0)
 *   f: local, assigned
 *   function f (line 1)
 *     x: local, assigned, referenced
 * </pre>
 */
public final class SymbolsPrinter {
    private static final String INDENT = "  ";

    private SymbolsPrinter() {}

    /** The dump of {@code table}, one line per scope and symbol, with a final newline. */
    public static String print(SymbolTable table) {
        StringBuilder out = new StringBuilder();
        ArrayDeque<Object[]> stack = new ArrayDeque<>();
        stack.push(new Object[] {table.module(), 0});
        while (!stack.isEmpty()) {
            Object[] top = stack.pop();
            Scope scope = (Scope) top[0];
            int depth = (Integer) top[1];
            String indent = INDENT.repeat(depth);
            out.append(indent).append(kindName(scope.kind())).append(' ').append(scope.name())
                    .append(" (line ").append(scope.line()).append(')');
            if (scope.kind() == ScopeKind.ANNOTATION) {
                out.append(" [not evaluated: from __future__ import annotations]");
            }
            if (scope.needsClassCell()) {
                out.append(" [__class__ cell]");
            }
            if (scope.needsClassDict()) {
                out.append(" [__classdict__ cell]");
            }
            out.append('\n');
            for (Symbol symbol : scope.symbols().values()) {
                out.append(indent).append(INDENT).append(symbol.name()).append(": ")
                        .append(SymbolsJson.flags(symbol).replace(",", ", ")).append('\n');
            }
            for (int i = scope.children().size() - 1; i >= 0; i--) {
                stack.push(new Object[] {scope.children().get(i), depth + 1});
            }
        }
        return out.toString();
    }

    private static String kindName(ScopeKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
