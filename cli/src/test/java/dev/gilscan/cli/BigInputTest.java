package dev.gilscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The long constructs of {@code bench/linear_time.py} (chains of 10,000 calls, operators,
 * strings, statements, ...; 100,000 nested brackets; 99 and 100 nested blocks) get CPython 3.13's
 * verdict from {@code gilscan check}: accepted where it accepts, its message, line and column
 * where it stops at a syntax limit ("too many nested parentheses", "too many levels of
 * indentation", and its compiler's "too many statically nested blocks"). Where CPython runs out of stack ({@code RecursionError}, {@code MemoryError},
 * no rule of the language) gilscan may accept or refuse, but must give a verdict, not an
 * internal error. The verdicts are CPython's, recorded with the recipes by
 * {@code scripts/big_input_verdicts.py} in {@code test-fixtures/big-inputs/verdicts.tsv}. Speed
 * is measured by the benchmark, not here.
 */
class BigInputTest {
    /** One construct at one size, and what CPython 3.13's {@code ast.parse} says of it. */
    record Case(String name, int n, String head, String unit, String close, String tail,
            int most, String cpython) {
        String file() {
            return name + "_" + n + ".py";
        }

        /** The source, built as {@code source()} of bench/linear_time.py builds it. */
        String source() {
            int count = most < 0 ? n : Math.min(n, most);
            StringBuilder text = new StringBuilder(head);
            for (int i = 0; i < count; i++) {
                text.append(unit.replace("{i}", Integer.toString(i)).replace("{sp}", " ".repeat(i)));
            }
            text.append(close.repeat(count)).append(tail.replace("{sp}", " ".repeat(count)));
            return text.toString();
        }
    }

    @TempDir
    Path root;

    @Test
    void longConstructsGetCPythonsVerdict() throws IOException {
        List<Case> cases = cases();
        assertThat(cases).as("cases in verdicts.tsv").hasSizeGreaterThan(40);
        assertThat(cases).as("cases where CPython stops at a syntax limit")
                .anyMatch(c -> c.cpython().startsWith("SyntaxError: too many nested parentheses"))
                .anyMatch(c -> c.cpython().startsWith("IndentationError: too many levels"))
                .anyMatch(c -> c.cpython().startsWith(
                        "SyntaxError: too many statically nested blocks"));
        for (Case c : cases) {
            Cli.write(root, c.file(), c.source());
        }

        Cli.Result result = Cli.run("check", "--output-format", "json", "--exit-zero",
                "--target-version", "py313", root);

        assertThat(result.err()).doesNotContain("internal error", "Exception");
        assertThat(result.exit()).isZero();
        Map<String, String> ours = new HashMap<>();
        for (JsonNode entry : result.json()) {
            if (entry.get("code").isNull()) {
                String file = Path.of(entry.get("filename").asText()).getFileName().toString();
                ours.put(file, entry.get("message").asText() + " @"
                        + entry.get("location").get("row").asInt() + ":"
                        + entry.get("location").get("column").asInt());
            }
        }
        SoftAssertions softly = new SoftAssertions();
        for (Case c : cases) {
            String verdict = ours.getOrDefault(c.file(), "accepted");
            if (c.cpython().equals("RecursionError") || c.cpython().equals("MemoryError")) {
                softly.assertThat(verdict).as(c.file() + " (CPython: " + c.cpython() + ")")
                        .matches("accepted|(SyntaxError|IndentationError): .* @\\d+:\\d+");
            } else {
                softly.assertThat(verdict).as(c.file()).isEqualTo(c.cpython());
            }
        }
        softly.assertAll();
    }

    private static List<Case> cases() throws IOException {
        Path tsv = Cli.fixtures().resolve("big-inputs/verdicts.tsv");
        List<Case> cases = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            assertThat(f).as("fields of " + line).hasSize(8);
            cases.add(new Case(f[0], Integer.parseInt(f[1]), unescape(f[2]), unescape(f[3]),
                    unescape(f[4]), unescape(f[5]), Integer.parseInt(f[6]), f[7]));
        }
        return cases;
    }

    /** Undoes the {@code \t}, {@code \n} and {@code \\} escapes of the recipe fields. */
    private static String unescape(String field) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 1 < field.length()) {
                char next = field.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
