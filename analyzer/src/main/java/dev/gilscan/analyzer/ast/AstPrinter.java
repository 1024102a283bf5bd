package dev.gilscan.analyzer.ast;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A readable dump of a tree, in the style of Python's {@code ast.dump(tree, indent=2)} but terser:
 * null fields and empty lists are left out, a node whose fields hold no nodes fits on one line
 * ({@code Name(id='x', ctx=Load)}), and a located node ends with {@code @line:col-endLine:endCol}
 * (columns in UTF-8 bytes, as CPython counts them). For example {@code x = 1.5} prints as
 *
 * <pre>
 * Module(
 *   body=[
 *     Assign(
 *       targets=[
 *         Name(id='x', ctx=Store) @1:0-1:1],
 *       value=Constant(value=1.5) @1:4-1:7) @1:0-1:7])
 * </pre>
 *
 * <p>For tests and debugging; the output is not a stable format (the JSON of {@link AstJson} is).
 */
public final class AstPrinter {
    private static final String INDENT = "  ";

    private AstPrinter() {
    }

    /** The dump of the tree under {@code node}. */
    public static String print(Node node) {
        StringBuilder out = new StringBuilder();
        // Items are finished text (String) or a node or list still to expand at some indentation.
        ArrayDeque<Object> stack = new ArrayDeque<>();
        stack.push(new Pending(node, 0));
        List<Object> pieces = new ArrayList<>();
        while (!stack.isEmpty()) {
            Object item = stack.pop();
            if (item instanceof String text) {
                out.append(text);
                continue;
            }
            Pending pending = (Pending) item;
            pieces.clear();
            if (pending.value instanceof Node child) {
                expandNode(child, pending.level, pieces);
            } else {
                expandList((List<?>) pending.value, pending.level, pieces);
            }
            for (int i = pieces.size() - 1; i >= 0; i--) {
                stack.push(pieces.get(i));
            }
        }
        return out.toString();
    }

    /** A node or a list of nodes to print at indentation {@code level}. */
    private record Pending(Object value, int level) {
    }

    private static void expandNode(Node node, int level, List<Object> pieces) {
        NodeFields.Shape shape = NodeFields.of(node);
        List<String> names = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        boolean oneLine = true;
        for (NodeFields.Field field : shape.fields()) {
            Object value = field.get(node);
            if (value == null || value instanceof List<?> list && list.isEmpty()) {
                continue;
            }
            names.add(field.name());
            values.add(value);
            oneLine &= !holdsNodes(value);
        }
        StringBuilder text = new StringBuilder(shape.pythonName()).append('(');
        String separator = oneLine ? ", " : ",";
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                text.append(separator);
            }
            if (!oneLine) {
                text.append('\n').append(INDENT.repeat(level + 1));
            }
            text.append(names.get(i)).append('=');
            Object value = values.get(i);
            if (holdsNodes(value)) {
                pieces.add(text.toString());
                pieces.add(new Pending(value, level + 1));
                text = new StringBuilder();
            } else {
                appendScalar(value, text);
            }
        }
        text.append(')');
        if (node instanceof Located located) {
            Span span = located.span();
            text.append(" @").append(span.line()).append(':').append(span.column())
                    .append('-').append(span.endLine()).append(':').append(span.endColumn());
        }
        pieces.add(text.toString());
    }

    private static void expandList(List<?> list, int level, List<Object> pieces) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append('\n').append(INDENT.repeat(level + 1));
            Object element = list.get(i);
            if (element instanceof Node) {
                pieces.add(text.toString());
                pieces.add(new Pending(element, level + 1));
                text = new StringBuilder();
            } else {
                appendScalar(element, text);
            }
        }
        pieces.add(text.append(']').toString());
    }

    /** Whether {@code value} is printed over several lines: a node, or a list with a node in it. */
    private static boolean holdsNodes(Object value) {
        if (value instanceof Node) {
            return true;
        }
        if (value instanceof List<?> list) {
            for (Object element : list) {
                if (element instanceof Node) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void appendScalar(@Nullable Object value, StringBuilder out) {
        if (value == null) {
            out.append("None");
        } else if (value instanceof String text) {
            out.append(Repr.ofStr(text));
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                appendScalar(list.get(i), out);
            }
            out.append(']');
        } else if (value instanceof Enum<?> constant) {
            out.append(constant.name());
        } else {
            out.append(value);
        }
    }
}
