package dev.gilscan.sarif;

import java.util.ArrayList;
import java.util.List;

/** What a rule descriptor takes from the rule's docs page {@code docs/rules/<ID>.md}. */
final class RuleDocs {
    private static final String WHAT_IT_DOES = "## What it does";

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
}
