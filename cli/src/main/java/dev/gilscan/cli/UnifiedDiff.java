package dev.gilscan.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two versions of a file, as {@code diff -u} and {@code git diff} write it and
 * {@code patch} and {@code git apply} read it: {@code --- PATH} and {@code +++ PATH}, then hunks
 * of the changed lines with three lines of context. Lines keep their own line breaks (so a
 * {@code \r\n} file gives a diff that patches it); a last line without one is followed by
 * {@code \ No newline at end of file}. The lines in common are found as the longest common
 * subsequence of the part between the common start and end, or, for a part too large for that
 * (more than {@value #MAX_CELLS} line pairs), the whole part is shown as removed and added.
 */
final class UnifiedDiff {
    private static final int CONTEXT = 3;
    private static final long MAX_CELLS = 4_000_000;

    /** One line of the diff: {@code ' '} kept, {@code '-'} removed, {@code '+'} added. */
    private record Line(char kind, String text, int oldLine, int newLine) {}

    private UnifiedDiff() {}

    /** The diff from {@code before} to {@code after}; empty when they are the same. */
    static String of(String path, String before, String after) {
        if (before.equals(after)) {
            return "";
        }
        List<Line> lines = lines(split(before), split(after));
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(path).append('\n').append("+++ ").append(path).append('\n');
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).kind() == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            // The hunk runs on while the next change is within twice the context.
            while (end < lines.size()) {
                int next = end;
                while (next < lines.size() && lines.get(next).kind() != ' ') {
                    next++;
                }
                int kept = next;
                while (kept < lines.size() && lines.get(kept).kind() == ' ') {
                    kept++;
                }
                if (kept < lines.size() && kept - next <= 2 * CONTEXT) {
                    end = kept;
                } else {
                    end = Math.min(lines.size(), next + CONTEXT);
                    break;
                }
            }
            hunk(lines.subList(start, end), out);
            i = end;
        }
        return out.toString();
    }

    private static void hunk(List<Line> hunk, StringBuilder out) {
        int oldCount = 0;
        int newCount = 0;
        int oldStart = -1;
        int newStart = -1;
        for (Line l : hunk) {
            if (l.kind() != '+') {
                oldCount++;
                oldStart = oldStart < 0 ? l.oldLine() : oldStart;
            }
            if (l.kind() != '-') {
                newCount++;
                newStart = newStart < 0 ? l.newLine() : newStart;
            }
        }
        // An empty side starts at the line before the hunk, as diff writes it.
        out.append("@@ -").append(oldCount == 0 ? hunk.get(0).oldLine() - 1 : oldStart)
                .append(',').append(oldCount).append(" +")
                .append(newCount == 0 ? hunk.get(0).newLine() - 1 : newStart).append(',')
                .append(newCount).append(" @@\n");
        for (Line l : hunk) {
            out.append(l.kind()).append(l.text());
            if (!l.text().endsWith("\n") && !l.text().endsWith("\r")) {
                out.append("\n\\ No newline at end of file\n");
            }
        }
    }

    /**
     * The diff's lines: the common start, the middle as kept, removed and added lines, the
     * common end. Line numbers are 1-based; an added line carries the old line it comes before.
     */
    private static List<Line> lines(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < prefix; i++) {
            out.add(new Line(' ', a.get(i), i + 1, i + 1));
        }
        middle(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix),
                prefix, out);
        for (int k = suffix; k > 0; k--) {
            int i = a.size() - k;
            int j = b.size() - k;
            out.add(new Line(' ', a.get(i), i + 1, j + 1));
        }
        return out;
    }

    private static void middle(List<String> a, List<String> b, int offset, List<Line> out) {
        int n = a.size();
        int m = b.size();
        int[][] common = (long) (n + 1) * (m + 1) <= MAX_CELLS ? new int[n + 1][m + 1] : null;
        if (common != null) {
            for (int i = n - 1; i >= 0; i--) {
                for (int j = m - 1; j >= 0; j--) {
                    common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                            : Math.max(common[i + 1][j], common[i][j + 1]);
                }
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (common != null && i < n && j < m && a.get(i).equals(b.get(j))) {
                out.add(new Line(' ', a.get(i), offset + i + 1, offset + j + 1));
                i++;
                j++;
            } else if (i < n && (j == m || common == null || common[i + 1][j] >= common[i][j + 1])) {
                out.add(new Line('-', a.get(i), offset + i + 1, offset + j + 1));
                i++;
            } else {
                out.add(new Line('+', b.get(j), offset + i + 1, offset + j + 1));
                j++;
            }
        }
    }

    /** The lines of a text, each with its line break ({@code \n}, {@code \r\n} or {@code \r}). */
    private static List<String> split(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
