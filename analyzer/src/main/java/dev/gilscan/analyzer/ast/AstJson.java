package dev.gilscan.analyzer.ast;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes a tree in the canonical AST JSON form of {@code docs/dev/ast-json.md}, the form that
 * {@code scripts/cpython_ast_json.py} prints for CPython's own tree, so that the two compare byte
 * for byte.
 *
 * <p>A node is an object: {@code "_type"} with the CPython class name, then the fields in CPython
 * order under their CPython names, then {@code lineno}, {@code col_offset}, {@code end_lineno},
 * {@code end_col_offset} (from {@link Span#line()}, {@link Span#column()}, {@link Span#endLine()},
 * {@link Span#endColumn()}) for located nodes. The writer uses an explicit stack, so the depth of a
 * tree is bounded by memory only.
 */
public final class AstJson {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private AstJson() {
    }

    /** The canonical JSON of a module: one line, no trailing newline. */
    public static String toJson(Mod.Module module) {
        StringBuilder out = new StringBuilder(4096);
        write(module, out);
        return out.toString();
    }

    /** Appends the canonical JSON of the tree under {@code node} to {@code out}. */
    public static void write(Node node, StringBuilder out) {
        // Items are finished text (String) or nodes still to expand; a node expands into its text
        // with its child nodes in between, pushed in reverse so that they pop in order.
        ArrayDeque<Object> stack = new ArrayDeque<>();
        stack.push(node);
        List<Object> pieces = new ArrayList<>();
        while (!stack.isEmpty()) {
            Object item = stack.pop();
            if (item instanceof String text) {
                out.append(text);
                continue;
            }
            pieces.clear();
            expand((Node) item, pieces);
            for (int i = pieces.size() - 1; i >= 0; i--) {
                stack.push(pieces.get(i));
            }
        }
    }

    /** Appends {@code text} as a JSON string: {@code "} + escaped UTF-16 units + {@code "}. */
    public static void writeString(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c >= 0x20 && c <= 0x7e) {
                out.append(c);
            } else {
                out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xf])
                        .append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
            }
        }
        out.append('"');
    }

    /** Splits the object of {@code node} into text pieces and the child nodes between them. */
    private static void expand(Node node, List<Object> pieces) {
        NodeFields.Shape shape = NodeFields.of(node);
        StringBuilder text = new StringBuilder("{\"_type\":");
        writeString(shape.pythonName(), text);
        for (NodeFields.Field field : shape.fields()) {
            text.append(",\"").append(field.name()).append("\":");
            Object value = field.get(node);
            if (value instanceof Node child) {
                text = flush(text, child, pieces);
            } else if (value instanceof List<?> list) {
                text.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        text.append(',');
                    }
                    Object element = list.get(i);
                    if (element instanceof Node child) {
                        text = flush(text, child, pieces);
                    } else {
                        writeScalar(element, text);
                    }
                }
                text.append(']');
            } else {
                writeScalar(value, text);
            }
        }
        if (node instanceof Located located) {
            Span span = located.span();
            text.append(",\"lineno\":").append(span.line())
                    .append(",\"col_offset\":").append(span.column())
                    .append(",\"end_lineno\":").append(span.endLine())
                    .append(",\"end_col_offset\":").append(span.endColumn());
        }
        pieces.add(text.append('}').toString());
    }

    private static StringBuilder flush(StringBuilder text, Node child, List<Object> pieces) {
        pieces.add(text.toString());
        pieces.add(child);
        return new StringBuilder();
    }

    private static void writeScalar(@Nullable Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            writeString(text, out);
        } else if (value instanceof Integer number) {
            out.append(number.intValue());
        } else if (value instanceof Enum<?> constant) {
            out.append('"').append(constant.name()).append('"');
        } else if (value instanceof ConstantValue constant) {
            writeConstant(constant, out);
        } else {
            throw new IllegalStateException("unexpected field value " + value.getClass());
        }
    }

    private static void writeConstant(ConstantValue value, StringBuilder out) {
        if (value instanceof ConstantValue.None) {
            out.append("null");
        } else if (value instanceof ConstantValue.Bool bool) {
            out.append(bool.value());
        } else if (value instanceof ConstantValue.Str str) {
            writeString(str.value(), out);
        } else if (value instanceof ConstantValue.Bytes bytes) {
            out.append("{\"bytes\":");
            writeString(new String(bytes.value(), StandardCharsets.ISO_8859_1), out);
            out.append('}');
        } else if (value instanceof ConstantValue.Int integer) {
            out.append("{\"int\":\"").append(integer.value()).append("\"}");
        } else if (value instanceof ConstantValue.Float number) {
            out.append("{\"float\":");
            writeBits(number.value(), out);
            out.append('}');
        } else if (value instanceof ConstantValue.Complex complex) {
            out.append("{\"complex\":[");
            writeBits(complex.real(), out);
            out.append(',');
            writeBits(complex.imag(), out);
            out.append("]}");
        } else if (value instanceof ConstantValue.Ellipsis) {
            out.append("{\"ellipsis\":true}");
        } else {
            throw new IllegalStateException("unexpected constant " + value.getClass());
        }
    }

    /** {@code "<16 lowercase hex digits of the IEEE 754 bits>"}. */
    private static void writeBits(double value, StringBuilder out) {
        long bits = Double.doubleToRawLongBits(value);
        out.append('"');
        for (int shift = 60; shift >= 0; shift -= 4) {
            out.append(HEX[(int) (bits >>> shift) & 0xf]);
        }
        out.append('"');
    }
}
