package dev.gilscan.rules.fix;

import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.Nodes;
import dev.gilscan.analyzer.ast.Stmt;
import dev.gilscan.analyzer.model.SemanticModel;
import dev.gilscan.analyzer.parser.SourceText;
import java.util.List;

/**
 * How a fix indents the lines it puts under a new block ({@code if __name__ == "__main__":},
 * {@code with lock:}): one level more in the file's own indent unit, so that a fix never mixes
 * tabs with spaces. Lines are joined with {@code \n}, which the applier turns into the file's
 * own line break.
 */
public final class Indentation {
    private static final String DEFAULT_UNIT = "    ";

    private Indentation() {}

    /**
     * Lines {@code from} to {@code to} (1-based, both included) of the file, each after a
     * {@code \n}, and each that is not blank after one more indent unit. The unit is a tab when
     * {@code indent}, the indentation of the line that opens the new block, holds one (spaces
     * before a tab could make Python raise {@code TabError}); otherwise the one the file's first
     * indented block adds: a tab if it adds one, else its spaces; four spaces in a file that
     * indents nothing.
     */
    public static String deeper(SemanticModel model, int from, int to, String indent) {
        return under(model, from, to, indent.indexOf('\t') >= 0 ? "\t" : unit(model));
    }

    /**
     * Lines {@code from} to {@code to} (1-based, both included) of the file, each after a
     * {@code \n}, and each that is not blank after {@code unit}.
     */
    public static String under(SemanticModel model, int from, int to, String unit) {
        SourceText source = model.parse().source();
        StringBuilder text = new StringBuilder();
        for (int line = from; line <= to; line++) {
            String code = source.lineText(line);
            text.append('\n').append(code.isBlank() ? code : unit + code);
        }
        return text.toString();
    }

    /**
     * True if indenting the statement's lines would change a string's value: it holds a string
     * (plain, f-string or t-string) spanning lines, whose inner lines are part of its text.
     */
    public static boolean changesAString(Stmt statement) {
        return spansLines(Nodes.findAll(statement, Expr.Constant.class))
                || spansLines(Nodes.findAll(statement, Expr.JoinedStr.class))
                || spansLines(Nodes.findAll(statement, Expr.TemplateStr.class));
    }

    private static boolean spansLines(List<? extends Expr> strings) {
        for (Expr string : strings) {
            if (string.span().endLine() > string.span().line()) {
                return true;
            }
        }
        return false;
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

    /** The spaces and tabs a line starts with. */
    public static String leading(String line) {
        int end = 0;
        while (end < line.length() && (line.charAt(end) == ' ' || line.charAt(end) == '\t')) {
            end++;
        }
        return line.substring(0, end);
    }
}
