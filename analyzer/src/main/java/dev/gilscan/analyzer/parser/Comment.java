package dev.gilscan.analyzer.parser;

/** A {@code #} comment: its 1-based line, 0-based character column, and text from the {@code #}. */
public record Comment(int line, int column, String text) {}
