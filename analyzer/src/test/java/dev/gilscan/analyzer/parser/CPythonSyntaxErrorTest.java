package dev.gilscan.analyzer.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Our syntax errors against CPython 3.13's, word for word: kind, message, line and column, on
 * the bad snippets of CPython's own syntax tests and ours ({@code scripts/syntax_error_cases.py}
 * collects them and asks the real interpreter). Every difference must be listed with its cause in
 * {@code scripts/syntax-errors-known.txt}, with what we say instead; the test fails on a new
 * difference, on a listed one that changed or went away (remove its line), and when the number
 * of matches falls below the level recorded there. It fails, never skips, without CPython 3.13.
 */
class CPythonSyntaxErrorTest {
    private static final String KNOWN = "scripts/syntax-errors-known.txt";
    private static final String OWN = "test-fixtures/syntax-errors/own.txt";

    /** One bad snippet and CPython's verdict on it. */
    record Case(String id, String origin, byte[] source, String cpython) {}

    /** A listed difference: what we say instead of CPython, and why. */
    record Known(String origin, String ours, String cause) {}

    @Test
    void syntaxErrorsAreCPythons() throws Exception {
        Path root = repositoryRoot();
        List<Case> cases = cpythonCases(root);
        Map<String, Known> known = new LinkedHashMap<>();
        int recordedMatches = readKnown(root.resolve(KNOWN), known);
        List<String> problems = new ArrayList<>();
        int matches = 0;
        Map<String, Known> unseen = new LinkedHashMap<>(known);
        for (Case c : cases) {
            String ours = ours(c.source());
            Known listed = unseen.remove(c.id());
            if (ours.equals(c.cpython())) {
                matches++;
                if (listed != null) {
                    problems.add("now matches CPython, remove its line from " + KNOWN + ": "
                            + c.id() + " " + c.origin() + " " + c.cpython());
                }
            } else if (listed == null) {
                problems.add("new difference " + c.id() + "\t" + c.origin() + "\t" + ours
                        + "\n    CPython: " + c.cpython() + "\n    source: "
                        + new String(c.source(), StandardCharsets.UTF_8).replace("\n", "\\n"));
            } else if (!listed.ours().equals(ours)) {
                problems.add("listed difference changed " + c.id() + " " + c.origin()
                        + "\n    listed: " + listed.ours() + "\n    now:    " + ours
                        + "\n    CPython: " + c.cpython());
            }
        }
        for (Map.Entry<String, Known> gone : unseen.entrySet()) {
            problems.add("listed snippet no longer in the suite: " + gone.getKey() + " "
                    + gone.getValue().origin());
        }
        System.out.printf("syntax errors: %d/%d as CPython 3.13 (recorded level %d)%n", matches,
                cases.size(), recordedMatches);
        if (cases.size() < 200) {
            problems.add("only " + cases.size() + " snippets; the suite needs at least 200");
        }
        if (matches < recordedMatches) {
            problems.add("only " + matches + " of " + cases.size()
                    + " match CPython, below the recorded level " + recordedMatches);
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " problem(s), " + matches + "/" + cases.size()
                    + " match:\n" + String.join("\n", problems));
        }
    }

    @Test
    void theKnownDifferencesNameTheirCause() throws IOException {
        Map<String, Known> known = new LinkedHashMap<>();
        readKnown(repositoryRoot().resolve(KNOWN), known);
        for (Map.Entry<String, Known> e : known.entrySet()) {
            assertEquals(false, e.getValue().cause().isBlank(), "no cause for " + e.getKey());
        }
    }

    /**
     * Prints every difference as a line of the known-differences file (cause: CPython's verdict
     * and the source, to be replaced by the real cause), for writing that file.
     */
    public static void main(String[] args) throws Exception {
        Path root = repositoryRoot();
        int matches = 0;
        List<Case> cases = cpythonCases(root);
        for (Case c : cases) {
            String ours = ours(c.source());
            if (ours.equals(c.cpython())) {
                matches++;
            } else {
                System.out.println(c.id() + "\t" + c.origin() + "\t" + ours.replace("\n", "\\n")
                        + "\tCPython " + c.cpython() + " | "
                        + new String(c.source(), StandardCharsets.UTF_8).replace("\n", "\\n"));
            }
        }
        System.out.println("# matches: " + matches + " of " + cases.size());
    }

    /** What gilscan says of a snippet, in the form {@link #verdict} gives CPython's. */
    static String ours(byte[] source) {
        try {
            SourceParser.parse("<snippet>", source, 13);
            return "accepted";
        } catch (PythonSyntaxError e) {
            return verdict(e.kind(), e.getMessage(), e.line(), e.column());
        }
    }

    static String verdict(String kind, String message, int line, int column) {
        return kind + ": " + message + " @" + line + ":" + column;
    }

    /** Runs the case collector under CPython 3.13; fails loudly if that interpreter is missing. */
    static List<Case> cpythonCases(Path root) throws IOException, InterruptedException {
        String python = oraclePython();
        Process process = new ProcessBuilder(python,
                root.resolve("scripts/syntax_error_cases.py").toString(),
                root.resolve(OWN).toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            fail(python + " scripts/syntax_error_cases.py failed");
        }
        List<Case> cases = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            byte[] source = HexFormat.of().parseHex(f[5]);
            String message = f[4].replace("\\n", "\n").replace("\\t", "\t")
                    .replace("\\\\", "\\");
            cases.add(new Case(id(source), f[0], source, verdict(f[1], message,
                    Integer.parseInt(f[2]), Integer.parseInt(f[3]))));
        }
        return cases;
    }

    /** GILSCAN_ORACLE_PYTHON, else pyenv's CPython 3.13.0, as scripts/lib/conformance.sh finds it. */
    static String oraclePython() {
        String env = System.getenv("GILSCAN_ORACLE_PYTHON");
        Path python = env != null ? Path.of(env) : Path.of(System.getenv().getOrDefault(
                "PYENV_ROOT", System.getProperty("user.home") + "/.pyenv"), "versions", "3.13.0",
                "bin", "python");
        if (!Files.isExecutable(python)) {
            fail("CPython 3.13 not found at " + python + " (set GILSCAN_ORACLE_PYTHON)");
        }
        return python.toString();
    }

    /** A snippet's name in the known-differences file: the start of its bytes' SHA-256. */
    static String id(byte[] source) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(source);
            return HexFormat.of().formatHex(hash, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads {@code id<TAB>origin<TAB>what we say<TAB>cause} lines into {@code known}; returns the
     * level of the {@code # matches: N} line.
     */
    static int readKnown(Path file, Map<String, Known> known) throws IOException {
        int level = -1;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("# matches: ")) {
                level = Integer.parseInt(line.substring("# matches: ".length()).strip());
            } else if (!line.startsWith("#") && !line.isBlank()) {
                String[] f = line.split("\t", -1);
                if (f.length != 4) {
                    fail(file + ": not id<TAB>origin<TAB>ours<TAB>cause: " + line);
                }
                known.put(f[0], new Known(f[1], f[2].replace("\\n", "\n"), f[3]));
            }
        }
        if (level < 0) {
            fail(file + " has no '# matches: N' line");
        }
        return level;
    }

    static Path repositoryRoot() {
        return GoldenAstTest.fixtureRoot().getParent().getParent();
    }
}
