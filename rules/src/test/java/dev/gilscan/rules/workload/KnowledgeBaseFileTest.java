package dev.gilscan.rules.workload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The GIL knowledge base {@code gil-calls.tsv} and its companion {@code factories.tsv} are well
 * formed and say what we expect of a few calls that GIL101's classification depends on. The
 * format is described in {@code docs/knowledge-base.md}.
 */
class KnowledgeBaseFileTest {
    private static final String RESOURCE = "/dev/gilscan/rules/workload/gil-calls.tsv";
    private static final String FACTORIES = "/dev/gilscan/rules/workload/factories.tsv";
    private static final Set<String> EFFECTS = Set.of("waits", "releases", "holds", "python",
            "neutral");
    private static final Pattern PATTERN_SHAPE = Pattern.compile("[A-Za-z_][\\w.]*(\\.\\*)?");
    private static final Pattern NAME_SHAPE = Pattern.compile("[A-Za-z_][\\w.]*");

    /** Every non-comment, non-blank line of gil-calls.tsv, by 1-based line number. */
    private static final Map<Integer, String> ENTRY_LINES = entryLines(RESOURCE);

    private static Map<Integer, String> entryLines(String resource) {
        Map<Integer, String> lines = new LinkedHashMap<>();
        try (InputStream in = KnowledgeBaseFileTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            BufferedReader reader = new BufferedReader(
                    new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.put(number, line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private static boolean isReason(String reason) {
        return reason.equals(reason.strip()) && reason.endsWith(".") && reason.length() >= 20;
    }

    private static Map<String, String> effectsByPattern() {
        Map<String, String> effects = new HashMap<>();
        ENTRY_LINES.values().forEach(line -> {
            String[] columns = line.split("\t", -1);
            effects.put(columns[0], columns[1]);
        });
        return effects;
    }

    @Test
    void everyEntryHasAPatternAKnownEffectAndAReason() {
        List<String> problems = new ArrayList<>();
        ENTRY_LINES.forEach((number, line) -> {
            String[] columns = line.split("\t", -1);
            if (columns.length != 3) {
                problems.add(number + ": expected 3 tab-separated columns, got "
                        + columns.length);
                return;
            }
            String pattern = columns[0];
            String effect = columns[1];
            String reason = columns[2];
            if (!PATTERN_SHAPE.matcher(pattern).matches()) {
                problems.add(number + ": malformed pattern '" + pattern + "'");
            }
            if (!EFFECTS.contains(effect)) {
                problems.add(number + ": unknown effect '" + effect + "'");
            }
            if (!isReason(reason)) {
                problems.add(number + ": the reason must be a trimmed sentence of at least"
                        + " 20 characters ending with a period");
            }
        });
        assertThat(problems).isEmpty();
        assertThat(ENTRY_LINES).hasSizeGreaterThanOrEqualTo(250);
    }

    @Test
    void noPatternIsListedTwice() {
        List<String> patterns = ENTRY_LINES.values().stream()
                .map(line -> line.split("\t", -1)[0]).toList();
        assertThat(patterns).doesNotHaveDuplicates();
    }

    @Test
    void everyEffectIsUsed() {
        assertThat(effectsByPattern().values()).containsAll(EFFECTS);
    }

    @Test
    void keyEntriesHaveTheEffectsGil101ReliesOn() {
        assertThat(effectsByPattern()).containsEntry("time.sleep", "waits")
                .containsEntry("builtins.print", "waits")
                .containsEntry("socket.socket.recv", "waits")
                .containsEntry("requests.*", "waits")
                .containsEntry("concurrent.futures.Future.result", "waits")
                .containsEntry("hashlib.sha256", "releases")
                .containsEntry("hashlib.HASH.update", "releases")
                .containsEntry("zlib.compress", "releases")
                .containsEntry("numpy.dot", "releases")
                .containsEntry("builtins.sorted", "holds")
                .containsEntry("re.*", "holds")
                .containsEntry("json.loads", "holds")
                .containsEntry("statistics.mean", "python")
                .containsEntry("fractions.Fraction", "python")
                .containsEntry("builtins.len", "neutral");
    }

    @Test
    void everyFactoryLineNamesAFactoryAClassAndAReason() {
        Map<Integer, String> lines = entryLines(FACTORIES);
        List<String> problems = new ArrayList<>();
        Map<String, String> classes = new HashMap<>();
        lines.forEach((number, line) -> {
            String[] columns = line.split("\t", -1);
            if (columns.length != 3 || !NAME_SHAPE.matcher(columns[0]).matches()
                    || !NAME_SHAPE.matcher(columns[1]).matches() || !isReason(columns[2])) {
                problems.add(number + ": expected FACTORY<TAB>CLASS<TAB>reason sentence");
            } else if (classes.put(columns[0], columns[1]) != null) {
                problems.add(number + ": factory " + columns[0] + " listed twice");
            }
        });
        assertThat(problems).isEmpty();
        assertThat(classes).containsEntry("hashlib.sha256", "hashlib.HASH")
                .containsEntry("builtins.open", "io.TextIOWrapper")
                .containsEntry("multiprocessing.Queue", "multiprocessing.queues.Queue");
    }
}
