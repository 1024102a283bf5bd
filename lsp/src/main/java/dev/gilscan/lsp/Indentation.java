package dev.gilscan.lsp;

import dev.gilscan.analyzer.ast.Nodes;
import dev.gilscan.analyzer.ast.Stmt;
import dev.gilscan.analyzer.parser.SourceText;
import dev.gilscan.analyzer.semantic.SemanticModel;

/**
 * How a quick fix indents the lines it puts under a new block ({@code if __name__ ==
 * "__main__":}, {@code with lock:}): one level more in the file's own indent unit, each line after
 * the buffer's own line break, so that a fix mixes neither tabs with spaces nor {@code \r\n} with
 * {@code \n}.
 */
final class Indentation {
    private static final String DEFAULT_UNIT = "    ";

    private Indentation() {}

    /**
     * Lines {@code from} to {@code to} (0-based, both included) of {@code now}, each after the
     * buffer's {@linkplain Lines#lineBreak line break}, and each that is not blank after one more
     * indent unit. The unit is a tab when {@code indent}, the indentation of the line that opens
     * the new block, holds one (spaces before a tab could make Python raise {@code TabError});
     * otherwise the one the file's first indented block adds: a tab if it adds one, else its
     * spaces; four spaces in a file that indents nothing.
     */
    static String deeper(SemanticModel model, Lines now, int from, int to, String indent) {
        String unit = indent.indexOf('\t') >= 0 ? "\t" : unit(model);
        StringBuilder text = new StringBuilder();
        for (int l = from; l <= to; l++) {
            String source = now.line(l);
            text.append(now.lineBreak()).append(source.isBlank() ? source : unit + source);
        }
        return text.toString();
    }

    /** What the file's first indented block adds to the indentation of the line opening it. */
    private static String unit(SemanticModel model) {
        SourceText source = model.parse().source();
        for (Stmt statement : Nodes.findAll(model.tree(), Stmt.class)) {
            if (model.parent(statement) instanceof Stmt block
                    && statement.span().line() > block.span().line()) {
                String outer = leading(source.lineText(block.span().line()));
                String inner = leading(source.lineText(statement.span().line()));
                if (inner.length() > outer.length() && inner.startsWith(outer)) {
                    String added = inner.substring(outer.length());
                    return added.indexOf('\t') >= 0 ? "\t" : added;
                }
            }
        }
        return DEFAULT_UNIT;
    }

    private static String leading(String line) {
        int end = 0;
        while (end < line.length() && (line.charAt(end) == ' ' || line.charAt(end) == '\t')) {
            end++;
        }
        return line.substring(0, end);
    }
}
