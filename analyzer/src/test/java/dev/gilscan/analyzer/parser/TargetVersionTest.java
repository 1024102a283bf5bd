package dev.gilscan.analyzer.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Syntax newer than the target version is an error: each feature is accepted from the Python
 * that added it and refused below, by gilscan as by the real interpreters (CPython 3.10-3.13
 * from pyenv, 3.14 from the Pyodide oracle in {@code scripts/py314}), with the message CPython's
 * {@code feature_version} check gives, or CPython's own where it has one, or Ruff's form
 * ("cannot use X on Python 3.Y (syntax was added in 3.Z)") where CPython has none.
 */
class TargetVersionTest {

    /**
     * A feature: a snippet that uses it, the minor version that added it, our message and its
     * position below that version, and the older feature the snippet also uses (whose error
     * comes first on the Pythons that lack both).
     */
    record Feature(String name, String source, int added, String message, int line, int column,
            @Nullable Feature older) {
        Feature(String name, String source, int added, String message, int line, int column) {
            this(name, source, added, message, line, column, null);
        }

        /** What gilscan must say of the snippet on Python 3.{@code minor}. */
        String expected(int minor) {
            if (minor >= added) {
                return "accepted";
            }
            if (older != null && minor < older.added()) {
                return older.expected(minor);
            }
            String text = message.startsWith("cannot use ") && !message.contains(" on Python ")
                    ? RUFF.formatted(message.substring("cannot use ".length()), minor, added)
                    : message;
            return "SyntaxError: " + text + " @" + line + ":" + column;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final Feature EXCEPT_STAR = new Feature("except*",
            "try:\n    pass\nexcept* ValueError:\n    pass\n", 11,
            "Exception groups are only supported in Python 3.11 and greater", 3, 1);
    private static final Feature TYPE_STATEMENT = new Feature("type statement", "type X = int\n",
            12, "Type alias statements are only supported in Python 3.12 and greater", 1, 1);
    private static final Feature TYPE_PARAMETERS = new Feature("type parameters of a def",
            "def f[T](x: T) -> T:\n    return x\n", 12,
            "Type parameter lists are only supported in Python 3.12 and greater", 1, 6);

    private static final String RUFF = "cannot use %s on Python 3.%d (syntax was added in 3.%d)";

    static final List<Feature> FEATURES = List.of(
            new Feature("match statement", "match x:\n    case 1:\n        pass\n", 10, "", 0, 0),
            EXCEPT_STAR,
            new Feature("star in a subscript", "x[*a]\n", 11,
                    RUFF.formatted("a starred expression in a subscript", 10, 11), 1, 3),
            new Feature("starred *args annotation", "def f(*args: *Ts): pass\n", 11,
                    "Starred annotations for *args are only supported in Python 3.11 and greater",
                    1, 14),
            TYPE_STATEMENT,
            TYPE_PARAMETERS,
            new Feature("type parameters of a class", "class C[T]:\n    pass\n", 12,
                    "Type parameter lists are only supported in Python 3.12 and greater", 1, 8),
            new Feature("f-string quote reused in a field", "f\"{\"a\"}\"\n", 12,
                    "cannot use the f-string's own quote in its replacement field", 1, 4),
            new Feature("nested f-strings with one quote", "f'{f'{f'{1}'}'}'\n", 12,
                    "cannot use the f-string's own quote in its replacement field", 1, 5),
            new Feature("backslash in an f-string field", "f\"{'\\n'.join(x)}\"\n", 12,
                    "cannot use a backslash in an f-string's replacement field", 1, 5),
            new Feature("comment in an f-string field", "f'''{x  # note\n}'''\n", 12,
                    "cannot use a comment in an f-string's replacement field", 1, 9),
            new Feature("type parameter default", "def f[T = int](): pass\n", 13,
                    "Type parameter defaults are only supported in Python 3.13 and greater", 1, 9,
                    TYPE_PARAMETERS),
            new Feature("type parameter default in a type statement",
                    "type X[T = int] = list[T]\n", 13,
                    "Type parameter defaults are only supported in Python 3.13 and greater",
                    1, 10, TYPE_STATEMENT),
            new Feature("t-string", "t\"{x}\"\n", 14,
                    "t-strings are only supported in Python 3.14 and greater", 1, 1),
            new Feature("except without parentheses",
                    "try:\n    pass\nexcept A, B:\n    pass\n", 14,
                    "multiple exception types must be parenthesized", 3, 8),
            new Feature("except* without parentheses",
                    "try:\n    pass\nexcept* A, B:\n    pass\n", 14,
                    "multiple exception types must be parenthesized", 3, 9, EXCEPT_STAR));

    /** Below the version that added it, our message; at it and above, a tree. */
    @Test
    void gilscanAcceptsEachFeatureFromItsVersionOnly() {
        List<String> wrong = new ArrayList<>();
        for (Feature f : FEATURES) {
            for (int minor = 10; minor <= 14; minor++) {
                String ours = verdict(f.source(), minor);
                String expected = f.expected(minor);
                if (!ours.equals(expected)) {
                    wrong.add(f.name() + " on 3." + minor + ": " + ours + ", expected " + expected);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The table above is true: each real interpreter accepts exactly the features of its version. */
    @Test
    void cpythonAcceptsEachFeatureFromItsVersionOnly() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (int minor = 10; minor <= 13; minor++) {
            List<Boolean> accepted = cpython(minor);
            for (int k = 0; k < FEATURES.size(); k++) {
                Feature f = FEATURES.get(k);
                if (accepted.get(k) != (minor >= f.added())) {
                    wrong.add("CPython 3." + minor + (accepted.get(k) ? " accepts " : " refuses ")
                            + f.name());
                }
            }
        }
        List<Boolean> newest = pyodide314();
        for (int k = 0; k < FEATURES.size(); k++) {
            if (!newest.get(k)) {
                wrong.add("CPython 3.14 refuses " + FEATURES.get(k).name());
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static String verdict(String source, int minor) {
        try {
            SourceParser.parseText("<snippet>", source, minor);
            return "accepted";
        } catch (PythonSyntaxError e) {
            return e.kind() + ": " + e.getMessage() + " @" + e.line() + ":" + e.column();
        }
    }

    /** Whether pyenv's CPython 3.{@code minor} parses each feature's snippet. */
    private static List<Boolean> cpython(int minor) throws IOException, InterruptedException {
        Path versions = Path.of(System.getenv().getOrDefault("PYENV_ROOT",
                System.getProperty("user.home") + "/.pyenv"), "versions");
        Path python = null;
        try (var dirs = Files.list(versions)) {
            python = dirs.filter(d -> d.getFileName().toString().startsWith("3." + minor + "."))
                    .map(d -> d.resolve("bin/python")).filter(Files::isExecutable).findFirst()
                    .orElse(null);
        }
        if (python == null) {
            fail("CPython 3." + minor + " not found under " + versions);
        }
        String program = "import ast, sys\n"
                + "for line in sys.stdin:\n"
                + "    try:\n"
                + "        ast.parse(bytes.fromhex(line.strip()))\n"
                + "        print('ok')\n"
                + "    except SyntaxError:\n"
                + "        print('refused')\n";
        Process p = new ProcessBuilder(python.toString(), "-c", program)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        StringBuilder in = new StringBuilder();
        for (Feature f : FEATURES) {
            in.append(HexFormat.of().formatHex(f.source().getBytes(StandardCharsets.UTF_8)))
                    .append('\n');
        }
        p.getOutputStream().write(in.toString().getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            fail(python + " failed");
        }
        return out.lines().map("ok"::equals).toList();
    }

    /** Whether CPython 3.14 (Pyodide, scripts/py314) parses each feature's snippet. */
    private static List<Boolean> pyodide314() throws IOException, InterruptedException {
        Path root = CPythonSyntaxErrorTest.repositoryRoot();
        Path dir = Files.createTempDirectory("gilscan-features");
        try {
            List<String> command = new ArrayList<>(List.of(
                    root.resolve("scripts/py314/ast_json.sh").toString()));
            for (int k = 0; k < FEATURES.size(); k++) {
                Path file = dir.resolve("f" + k + ".py");
                Files.writeString(file, FEATURES.get(k).source());
                command.add(file.toString());
            }
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
                fail("scripts/py314/ast_json.sh failed (it needs Node.js and, once, npm)");
            }
            List<Boolean> accepted = new ArrayList<>();
            for (int k = 0; k < FEATURES.size(); k++) {
                String prefix = dir.resolve("f" + k + ".py") + "\t";
                String name = FEATURES.get(k).name();
                String line = out.lines().filter(l -> l.startsWith(prefix)).findFirst()
                        .orElseGet(() -> fail("no 3.14 result for " + name));
                accepted.add(!line.substring(prefix.length()).startsWith("{\"error\""));
            }
            return accepted;
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }
}
