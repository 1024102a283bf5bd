package dev.gilscan.rules.fix;

import dev.gilscan.analyzer.ast.Location;
import dev.gilscan.analyzer.ast.Span;
import dev.gilscan.analyzer.engine.Noqa;
import dev.gilscan.analyzer.parser.Comment;
import dev.gilscan.analyzer.parser.ParseResult;
import dev.gilscan.analyzer.parser.SourceText;
import dev.gilscan.analyzer.rule.Finding;
import java.nio.file.Path;
import java.util.List;

/**
 * The edit that suppresses findings with {@code # noqa}, for the editor's quick fix and
 * {@code gilscan check --add-noqa}: on the line whose comment the engine reads for them
 * ({@link Noqa#commentLine}: the line itself, or the last line of a string spanning lines or of
 * lines continued with a backslash), the codes are added to the {@code # noqa: ...} list of that
 * line's comment ({@code # noqa: GIL101 (kept)} becomes {@code # noqa: GIL101, GIL201 (kept)}),
 * or {@code  # noqa: GIL201} is appended to the line, after any comment it has. Only real
 * comments count, as for the engine, not a {@code # noqa} inside a string.
 */
public final class NoqaEdit {
    private NoqaEdit() {}

    /** The line (1-based) whose comment suppresses the findings reported on {@code line}. */
    public static int commentLine(ParseResult parse, int line) {
        return Noqa.of(parse).commentLine(line);
    }

    /**
     * The edit that adds {@code codes} (in the order given) for findings reported on
     * {@code line} (1-based) of the file at {@code path}.
     */
    public static Finding.Edit of(ParseResult parse, Path path, int line, List<String> codes) {
        SourceText source = parse.source();
        int target = commentLine(parse, line);
        String list = String.join(", ", codes);
        for (Comment comment : parse.comments()) {
            int codesEnd = comment.line() == target ? Noqa.codesEnd(comment.text()) : -1;
            if (codesEnd >= 0) {
                return insert(source, path, target, comment.column() + codesEnd, ", " + list);
            }
        }
        String text = source.lineText(target);
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
            end--;
        }
        Span span = new Span(target, source.utf8Column(target, end), target,
                source.utf8Column(target, text.length()), end, text.length());
        return new Finding.Edit(new Location(path, span), "  # noqa: " + list);
    }

    private static Finding.Edit insert(SourceText source, Path path, int line, int column,
            String text) {
        int utf8 = source.utf8Column(line, column);
        return new Finding.Edit(new Location(path, new Span(line, utf8, line, utf8, column,
                column)), text);
    }
}
