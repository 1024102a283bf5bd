package dev.gilscan.analyzer.ast;

import java.nio.file.Path;

/** A place in a file: the file and the span of the node there. */
public record Location(Path path, Span span) {}
