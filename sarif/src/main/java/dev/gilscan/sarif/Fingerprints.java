package dev.gilscan.sarif;

import dev.gilscan.analyzer.rule.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The {@code gilscan/v1} fingerprint: {@code <hash>:<n>}, where the hash is the first 128 bits of
 * the SHA-256 of the rule id, the file's path from the source root and the primary line's text
 * with its whitespace collapsed, and {@code n} counts the findings of the same rule in the same
 * file on lines of the same text, from 1 in output order. It does not change when lines are
 * added or removed above the finding, or when the line is re-indented.
 */
final class Fingerprints {
    private Fingerprints() {}

    /** The fingerprints of {@code findings}, in order; sources are read once per file. */
    static List<String> of(List<Finding> findings, SourceRoot root,
            Function<Path, String> sources) {
        Map<Path, String> texts = new HashMap<>();
        Map<String, Integer> occurrences = new HashMap<>();
        List<String> result = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            Path path = finding.location().path();
            String text = texts.computeIfAbsent(path, sources);
            String hash = hash(finding.rule().id(), root.key(path),
                    normalizedLine(text, finding.location().span().line()));
            int occurrence = occurrences.merge(hash, 1, Integer::sum);
            result.add(hash + ":" + occurrence);
        }
        return result;
    }

    static String hash(String ruleId, String pathKey, String normalizedLine) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        for (String part : List.of(ruleId, pathKey, normalizedLine)) {
            sha.update(part.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 16);
    }

    /**
     * The text of a 1-based line with leading and trailing whitespace removed and inner runs of
     * whitespace made one space; empty when the line does not exist. Lines end at {@code \n},
     * {@code \r\n} or {@code \r}, as in CPython's tokenizer.
     */
    static String normalizedLine(String source, int line) {
        if (line < 1) {
            return "";
        }
        int start = 0;
        for (int current = 1; current < line; current++) {
            int end = lineEnd(source, start);
            if (end == source.length()) {
                return "";
            }
            start = end + (source.startsWith("\r\n", end) ? 2 : 1);
        }
        String text = source.substring(start, lineEnd(source, start));
        return text.strip().replaceAll("\\s+", " ");
    }

    private static int lineEnd(String source, int from) {
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return source.length();
    }
}
