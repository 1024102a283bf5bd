package dev.gilscan.analyzer.parser;

import dev.gilscan.analyzer.ast.Mod;
import java.util.List;

/** A parsed file: its module, its text (for positions and excerpts), and its comments. */
public record ParseResult(Mod.Module module, SourceText source, List<Comment> comments) {
    public ParseResult {
        comments = List.copyOf(comments);
    }
}
