package dev.gilscan.analyzer.parser;

/**
 * Physical lines that only the last of can end with a comment: a string that spans lines
 * ({@code """...\n..."""}, an f-string or t-string included), or lines joined by a backslash at
 * their end. Comments that speak for a line, such as {@code # noqa}, go on {@code last}.
 *
 * <pre>
 * x = run("""        # lines 1-3: the string spans them
 * text
 * """)
 * y = a + \          # lines 4-5: joined by the backslash
 *     b
 * </pre>
 *
 * @param first the 1-based first line
 * @param last the 1-based last line, greater than {@code first}
 */
public record JoinedLines(int first, int last) {}
