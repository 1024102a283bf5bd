package dev.gilscan.sarif;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What a rule descriptor takes from the rule's docs page {@code docs/rules/<ID>.md}. */
final class RuleDocs {
    private static final String WHAT_IT_DOES = "## What it does";
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\(([^)\\s]*)\\)");
    private static final Pattern STRONG = Pattern.compile("\\*\\*([^*]+)\\*\\*");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+");

    private RuleDocs() {}

    /**
     * The first paragraph of the page's "What it does" section, joined into one line; {@code
     * fallback} when the page or the section is missing.
     */
    static String firstParagraph(String markdown, String fallback) {
        List<String> lines = markdown.lines().map(String::strip).toList();
        int heading = lines.indexOf(WHAT_IT_DOES);
        if (heading < 0) {
            return fallback;
        }
        List<String> paragraph = new ArrayList<>();
        for (String line : lines.subList(heading + 1, lines.size())) {
            boolean end = line.isEmpty() && !paragraph.isEmpty();
            if (end || line.startsWith("#") || line.startsWith("```")) {
                break;
            }
            if (!line.isEmpty()) {
                paragraph.add(line);
            }
        }
        return paragraph.isEmpty() ? fallback : String.join(" ", paragraph);
    }

    /**
     * The page as plain text, for {@code help.text} beside the markdown: headings without their
     * {@code #}, code fences dropped (the code stays, indented four spaces), links written as
     * {@code text (address)}, and backticks and {@code **} dropped.
     */
    static String plainText(String markdown) {
        StringBuilder b = new StringBuilder(markdown.length());
        boolean code = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.strip().startsWith("```")) {
                code = !code;
                continue;
            }
            String plain;
            if (code) {
                plain = line.isEmpty() ? "" : "    " + line;
            } else {
                plain = HEADING.matcher(line).replaceFirst("");
                plain = LINK.matcher(plain).replaceAll("$1 ($2)");
                plain = STRONG.matcher(plain).replaceAll("$1").replace("`", "");
            }
            b.append(plain).append('\n');
        }
        return b.substring(0, b.length() - 1);
    }
}
