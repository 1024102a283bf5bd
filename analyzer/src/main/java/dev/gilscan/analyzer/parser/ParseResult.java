package dev.gilscan.analyzer.parser;

import dev.gilscan.analyzer.ast.Mod;
import java.util.List;

/**
 * A parsed file: its module, its text (for positions and excerpts), its comments, and the lines
 * that strings spanning lines or backslashes join (where only the last line can hold a comment).
 */
public record ParseResult(Mod.Module module, SourceText source, List<Comment> comments,
        List<JoinedLines> joinedLines) {
    public ParseResult {
        comments = List.copyOf(comments);
        joinedLines = List.copyOf(joinedLines);
    }
}
