package dev.gilscan.analyzer.model.scope;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The canonical form of a symbol table, the one scripts/cpython_symtable_json.py writes for
 * CPython's: a JSON array of strings, sorted by code point, one per symbol of every table that
 * CPython's {@code symtable} shows.
 *
 * <pre>
 * ["module:top@0 f local,assigned",
 *  "module:top@0/function:f@1 x local,assigned,referenced"]
 * </pre>
 *
 * <p>An entry is {@code TABLEPATH NAME FLAGS}. TABLEPATH is {@code type:name@line} of each table
 * from the module down, joined by {@code /}, where type is symtable's {@code get_type()} with
 * {@code _} for spaces; a table whose {@code type:name@line} repeats an earlier sibling's gets
 * {@code #k}, k counting those siblings. NAME is the symbol's name. FLAGS is the scope
 * ({@code local}, {@code global_explicit}, {@code global_implicit}, {@code free}, {@code cell})
 * followed by those of {@code annotated}, {@code assigned}, {@code imported}, {@code nonlocal},
 * {@code parameter}, {@code referenced} that hold, joined by {@code ,}. Annotation scopes
 * ({@link ScopeKind#ANNOTATION}) are left out, as CPython 3.13 leaves them out of its tree.
 *
 * <p>A table with {@link SymbolTable#errors} is written as CPython's error object,
 * {@code {"error":{"type":"SyntaxError","lineno":N,"msg":"..."}}}.
 */
public final class SymbolsJson {
    private SymbolsJson() {}

    /** The canonical JSON of {@code table}: the sorted entries, or the error object. */
    public static String toJson(SymbolTable table) {
        if (!table.errors().isEmpty()) {
            ScopeError error = table.errors().get(0);
            return errorJson("SyntaxError", error.span().line(), error.message());
        }
        List<String> entries = entries(table);
        StringBuilder out = new StringBuilder(entries.size() * 48 + 2);
        out.append('[');
        for (int i = 0; i < entries.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            string(out, entries.get(i));
        }
        return out.append(']').toString();
    }

    /** CPython's error object: {@code {"error":{"type":..,"lineno":..,"msg":..}}}. */
    public static String errorJson(String type, int line, String message) {
        StringBuilder out = new StringBuilder("{\"error\":{\"type\":");
        string(out, type);
        out.append(",\"lineno\":").append(line).append(",\"msg\":");
        string(out, message);
        return out.append("}}").toString();
    }

    /** The entries of {@code table}, sorted by code point. */
    public static List<String> entries(SymbolTable table) {
        List<String> entries = new ArrayList<>();
        ArrayDeque<Object[]> stack = new ArrayDeque<>();
        Scope module = table.module();
        stack.push(new Object[] {module, key(module)});
        while (!stack.isEmpty()) {
            Object[] top = stack.pop();
            Scope scope = (Scope) top[0];
            String path = (String) top[1];
            for (Symbol symbol : scope.symbols().values()) {
                entries.add(path + " " + symbol.name() + " " + flags(symbol));
            }
            Map<String, Integer> seen = new HashMap<>();
            List<Object[]> children = new ArrayList<>();
            for (Scope child : scope.children()) {
                if (child.kind() == ScopeKind.ANNOTATION) {
                    continue;
                }
                String key = key(child);
                int k = seen.merge(key, 1, Integer::sum) - 1;
                children.add(new Object[] {child, path + "/" + key + (k > 0 ? "#" + k : "")});
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
        entries.sort(SymbolsJson::compareCodePoints);
        return entries;
    }

    /** symtable's {@code get_type()}, with {@code _} for spaces. */
    public static String typeName(ScopeKind kind) {
        return switch (kind) {
            case MODULE -> "module";
            case CLASS -> "class";
            case FUNCTION, LAMBDA, COMPREHENSION -> "function";
            case ANNOTATION -> "annotation";
            case TYPE_PARAMETERS -> "type_parameters";
            case TYPE_ALIAS -> "type_alias";
            case TYPE_VARIABLE -> "type_variable";
        };
    }

    private static String key(Scope scope) {
        return typeName(scope.kind()) + ":" + scope.name() + "@" + scope.line();
    }

    /** The FLAGS of an entry: the scope, then the symtable flags that hold, alphabetically. */
    public static String flags(Symbol symbol) {
        StringBuilder out = new StringBuilder(symbol.kind().name().toLowerCase(Locale.ROOT));
        if (symbol.isAnnotated()) {
            out.append(",annotated");
        }
        if (symbol.isAssigned()) {
            out.append(",assigned");
        }
        if (symbol.isImported()) {
            out.append(",imported");
        }
        if (symbol.isNonlocal()) {
            out.append(",nonlocal");
        }
        if (symbol.isParameter()) {
            out.append(",parameter");
        }
        if (symbol.isReferenced()) {
            out.append(",referenced");
        }
        return out.toString();
    }

    /** Orders strings by code point, as Python's {@code sorted} does. */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** A JSON string as Python's {@code json.dumps(ensure_ascii=True)} writes it. */
    static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c >= ' ' && c <= '~') {
                        out.append(c);
                    } else {
                        out.append(String.format("\\u%04x", (int) c));
                    }
                }
            }
        }
        out.append('"');
    }
}
