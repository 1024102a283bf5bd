package dev.gilscan.analyzer.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.fail;

import dev.gilscan.analyzer.ast.AstJson;
import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.Mod;
import dev.gilscan.analyzer.ast.Nodes;
import dev.gilscan.analyzer.ast.Stmt;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files CPython refuses must give a {@link PythonSyntaxError} with CPython's kind and line, and
 * its column where we agree on it; never another exception, a stack overflow or a hang. Files
 * CPython accepts, however large or deep, must parse.
 *
 * <p>Expected positions are what CPython 3.13 reports for the same bytes
 * ({@code ast.parse(open(F, 'rb').read())}: {@code lineno}, {@code offset}). Where our column
 * differs, the case checks only the line and its comment gives CPython's column.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS) // a hang guard, not a speed test
class BadInputTest {

    /** A refused source and CPython's error kind, line and column (or {@code ANY_COLUMN}). */
    record Bad(String name, String source, String kind, int line, int column, int minor) {
        static final int ANY_COLUMN = -1;

        @Override
        public String toString() {
            return name;
        }
    }

    private static Bad syntax(String name, String source, int line, int column) {
        return new Bad(name, source, "SyntaxError", line, column, 13);
    }

    private static Bad indentation(String name, String source, int line, int column) {
        return new Bad(name, source, "IndentationError", line, column, 13);
    }

    private static Bad syntaxOnLine(String name, String source, int line) {
        return syntax(name, source, line, Bad.ANY_COLUMN);
    }

    /** Refused by CPython 3.14 too, parsed here with 3.14 syntax; positions are 3.14's. */
    private static Bad syntax314(String name, String source, int line, int column) {
        return new Bad(name, source, "SyntaxError", line, column, 14);
    }

    static Stream<Bad> refusedSources() {
        return Stream.of(
                // --- grammar
                syntax("double equals", "x = = 1\n", 1, 5),
                syntax("unclosed parameter list", "def f(:\n    pass\n", 1, 7),
                syntax("print statement", "print \"x\"\n", 1, 1),
                syntax("missing colon after if", "if x\n    pass\n", 1, 5),
                syntax("missing colon after case", "match x:\n  case 1\n    pass\n", 2, 9),
                syntax("import without names", "import\n", 1, 7),
                syntax("global without names", "global\n", 1, 7),
                syntax("trailing comma in unparenthesized from-import",
                        "from . import a, b,\n", 1, 20),
                syntax("unclosed bracket before the next statement", "x = [1, 2,\ny = 3\n", 1, 5),
                syntax("unclosed bracket at end of file", "x = (1,\n", 1, 5),
                syntax("unmatched closing bracket", "x = 1)\n", 1, 6),
                syntax("mismatched brackets", "x = [1, 2)\n", 1, 10),
                syntax("mismatched brackets over two lines", "x = (1,\n  2]\n", 2, 4),
                syntax("star argument after double star", "f(**a, *b)\n", 1, 6),
                syntax("unpacking in a generator argument", "print(*a for a in b)\n", 1, 7),
                // CPython col 7
                syntax("bare star parameter", "def f(*): pass\n", 1, 7),
                syntax("real plus real in a pattern", "match x:\n case 1+1: pass\n", 2, 9),

                // --- assignment targets
                syntax("assign to call", "f() = 1\n", 1, 1),
                syntax("assign to literal", "1 = x\n", 1, 1),
                syntax("assign to binary operation", "a + b = c\n", 1, 1),
                syntax("augmented assign to tuple", "(a, b) += 1\n", 1, 1),
                syntax("assign to True", "True = 1\n", 1, 1),
                syntax("keyword argument named True", "f(True=1)\n", 1, 3),
                syntax("assign to yield", "a = yield = 1\n", 1, 5),
                syntax("delete starred", "del *a\n", 1, 5),

                // --- parameters and arguments
                syntax("parameter without default after default", "def f(a=1, b):\n    pass\n",
                        1, 12),
                syntax("lambda parameter without default after default", "lambda a=1, b: 0\n", 1,
                        13),
                syntax("positional after double star", "f(**a, b)\n", 1, 9),
                syntax("positional after keyword", "f(a=1, b)\n", 1, 9),

                // --- numbers
                syntax("leading zero", "x = 0777\n", 1, 5),
                syntax("double underscore", "x = 1__0\n", 1, 6),
                syntax("trailing underscore", "x = 1_\n", 1, 6),
                syntax("hex prefix without digits", "x = 0x\n", 1, 6),
                syntax("digit 2 in binary", "x = 0b102\n", 1, 9),
                syntax("digit 8 in octal", "x = 0o78\n", 1, 8),
                syntax("exponent without digits", "x = 1e\n", 1, 5),

                // --- strings
                syntax("unterminated single-quoted string", "x = 'abc\n", 1, 5),
                syntax("unterminated double-quoted string", "x = \"abc\ny = 1\n", 1, 5),
                syntax("unterminated triple-quoted string", "x = '''abc\ny = 1\n", 1, 5),
                syntax("unterminated f-string", "x = f\"abc\n", 1, 5),
                syntax("f-string field never closed", "x = f\"abc {y\n", 1, 11),
                syntax("empty f-string field", "x = f\"{}\"\n", 1, 8),
                syntax("bad conversion character", "x = f\"{x!z}\"\n", 1, 10),
                syntax("conversion before =", "f'{x!r=}'\n", 1, 7),
                syntax("single closing brace in f-string", "f\"}\"\n", 1, 3),
                syntax("f-string field missing its brace", "f\"{x\"\n", 1, 5),
                syntax("comment closes the f-string field", "f\"{x#}\"\n", 1, 3),
                syntax("lambda in f-string field", "f\"{lambda x: x}\"\n", 1, 4),
                syntax("non-ASCII in bytes", "x = b\"café\"\n", 1, 5),
                syntax("unknown \\N name", "x = \"\\N{NO SUCH NAME}\"\n", 1, 5),
                syntax("truncated \\x escape", "x = \"\\x4\"\n", 1, 5),
                syntax("truncated \\x escape at end", "x = \"ab\\x\"\n", 1, 5),
                syntax("truncated \\u escape", "x = \"\\u12\"\n", 1, 5),
                syntax("\\U escape beyond U+10FFFF", "x = \"\\U0011ffff\"\n", 1, 5),
                syntax("bytes then str", "x = b'a' 'b'\n", 1, 13),
                syntax("f-string then bytes", "x = f'a' b'b'\n", 1, 14),

                // --- characters and line continuation
                syntax("no-break space", "x\u00a0= 1\n", 1, 2),
                syntax("euro sign", "\u20ac = 1\n", 1, 1),
                syntax("vertical tab", "x = 1\u000b+ 2\n", 1, 6),
                syntax("text after backslash", "x = 1 \\ y\n", 1, 8),
                syntax("backslash at end of file", "x = 1 + \\", 1, 10),
                syntax("backslash before the final newline", "x = 1 \\\n", 1, 8),

                // --- indentation
                indentation("unindent matches no outer level",
                        "if x:\n        a = 1\n    b = 2\n", 3, Bad.ANY_COLUMN), // CPython col 10
                new Bad("spaces after a tab (TabError)", "if x:\n\ta = 1\n        b = 2\n",
                        "TabError", 3, Bad.ANY_COLUMN, 13), // CPython col 1
                indentation("unexpected indent", "a = 1\n    b = 2\n", 2, Bad.ANY_COLUMN),
                // CPython col 4
                indentation("unexpected indent on line 1", "  a = 1\n", 1, Bad.ANY_COLUMN),
                // CPython col 2
                indentation("block not indented", "if x:\npass\n", 2, 1),
                indentation("function body not indented", "def f():\nreturn 1\n", 2, 1),
                indentation("else body not indented", "if x:\n  a\nelse:\nb\n", 4, 1),
                indentation("block missing at end of file", "def f():\n", 1, 9),
                // found by ParserFuzzTest: CPython puts the end of the file past its last line
                indentation("nested block missing at end of file", "def d():\n with K:", 2, 9),
                indentation("nested block missing before a blank last line",
                        "def f():\n    if x:\n\n", 3, 1),
                indentation("nested block missing before a comment at the end",
                        "def f():\n    if x:\n# c\n", 3, 4),
                indentation("block missing before a blank last line", "if x:\n\n", 2, 1),
                indentation("block missing before a blank line joined by a backslash",
                        "if x:\n  \\\n\n", 3, 1),
                indentation("100 levels of indentation", nestedIfs(100), 101, 1),
                indentation("backslash line gives an unexpected indent",
                        "x = 1\n    \\\ny = 2\n", 3, Bad.ANY_COLUMN), // CPython: no column
                indentation("backslash line gives an unindent to no level",
                        "if x:\n    pass\n   \\\n y = 2\n", 4, 7),
                indentation("next line after a column-0 backslash unindents to no level",
                        "if x:\n        a = 1\n\\\n    b = 2\n", 4, 10),
                // found by ParserFuzzTest
                syntax("unindent to no level by a backslash at the end of the file",
                        "if x:\n    pass\n   \\", 3, 5),
                indentation("unexpected indent before a later tokenizer error", "()\n  n\n \\",
                        2, 2),

                // --- nesting limits of CPython's tokenizer (brackets: see the tests below)
                syntaxOnLine("150 nested f-strings", nestedFStrings(150), 1), // CPython col 453

                // --- syntax newer than the target version
                syntaxOnLine("t-string before 3.14", "t\"{x}\"\n", 1), // CPython 3.13: col 2
                syntax("unparenthesized except types before 3.14",
                        "try:\n    pass\nexcept A, B:\n    pass\n", 3, 8),

                // --- 3.14 syntax used wrongly
                syntax314("t-string then str", "x = t\"a\" \"b\"\n", 1, 5),
                syntax314("t-string then f-string", "x = t\"a\" f\"b\"\n", 1, 5),
                syntax314("t-string then bytes", "x = t\"a\" b\"b\"\n", 1, 5),
                syntax314("str then t-string", "x = \"a\" t\"b\"\n", 1, 5),
                syntax314("empty t-string field", "x = t\"{}\"\n", 1, 8),
                syntax314("unparenthesized except types with as",
                        "try:\n    pass\nexcept A, B as e:\n    pass\n", 3,
                        Bad.ANY_COLUMN)); // CPython 3.14 col 8
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedSources")
    void refusedLikeCPython(Bad bad) {
        PythonSyntaxError error = refuse(bad.name(), bad.source().getBytes(StandardCharsets.UTF_8),
                bad.minor());

        assertThat(error.kind()).as("%s: kind of %s", bad, error).isEqualTo(bad.kind());
        assertThat(error.line()).as("%s: line of %s", bad, error).isEqualTo(bad.line());
        if (bad.column() != Bad.ANY_COLUMN) {
            assertThat(error.column()).as("%s: column of %s", bad, error).isEqualTo(bad.column());
        }
    }

    @Test
    void tripleQuotedStringReportsTheLastLineItReached() {
        // CPython: "unterminated triple-quoted string literal (detected at line 2)"
        PythonSyntaxError error = refuse("x = '''abc\ny = 1\n".getBytes(StandardCharsets.UTF_8),
                13);

        assertThat(error.getMessage()).contains("detected at line 2");
    }

    // --- bytes that are not text

    @Test
    void invalidUtf8InAString() {
        PythonSyntaxError error = refuse(bytes("x = 1\ny = '", 0xff, 0xfe, "'\n"), 13);

        assertThat(error.kind()).isEqualTo("SyntaxError");
        assertThat(error.line()).isEqualTo(2);
        assertThat(error.column()).isEqualTo(5); // the string, as CPython
        assertThat(error.getMessage()).isEqualTo("(unicode error) 'utf-8' codec can't decode "
                + "byte 0xff in position 0: invalid start byte");
    }

    /** Undecodable bytes and CPython 3.13's {@code ast.parse} error, word for word. */
    static Stream<Named<Object[]>> undecodable() {
        return Stream.of(
                Named.of("in a name", new Object[] {bytes("x = ab", 0xff, "cd\n"),
                        "byte 0xff in position 2: invalid start byte", 1, 7}),
                Named.of("a sequence cut short by a letter",
                        new Object[] {bytes("x = ", 0xe4, 0x88, "u\n"),
                        "bytes in position 0-1: invalid continuation byte", 1, 5}),
                Named.of("a name ending inside a sequence", new Object[] {bytes("x = a", 0xe4,
                        "=1\n"), "byte 0xe4 in position 1: unexpected end of data", 1, 6}),
                Named.of("in a raw string after an e-acute", new Object[] {bytes("x = r'", 0xc3,
                        0xa9, 0xff, "'\n"), "byte 0xff in position 2: invalid start byte", 1, 5}),
                Named.of("on the second line of a triple-quoted string",
                        new Object[] {bytes("x = '''ab\n", 0xff, "c'''\n"),
                        "byte 0xff in position 3: invalid start byte", 1, 5}),
                Named.of("a string ending inside a sequence, after CRLF", new Object[] {
                        bytes("x = 1\r\ny = '", 0xf0, 0x9f, 0x98, "'\r\n"),
                        "bytes in position 0-2: unexpected end of data", 2, 5}),
                // found by ParserFuzzTest: a lone CR ends a line for the byte's position too
                Named.of("after a line ended by a lone CR", new Object[] {
                        bytes("x = 1\ry = '", 0xff, "'\n"),
                        "byte 0xff in position 0: invalid start byte", 2, 5}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("undecodable")
    void undecodableBytesAreWordedAsCPythonWordsThem(Object[] c) {
        PythonSyntaxError error = refuse((byte[]) c[0], 13);

        assertThat(error.getMessage())
                .isEqualTo("(unicode error) 'utf-8' codec can't decode " + c[1]);
        assertThat(error.line()).isEqualTo(c[2]);
        assertThat(error.column()).isEqualTo(c[3]);
    }

    @Test
    void invalidUtf8InACommentIsNoError() throws PythonSyntaxError {
        // CPython 3.13's ast.parse accepts all three: its tokenizer never decodes a comment.
        assertThat(parse(bytes("# caf", 0xe9, "\nx = 1\n")).body()).hasSize(1);
        assertThat(parse(bytes("x = 1  # ", 0xe4, 0x88, "\r\ny = 2\n")).body()).hasSize(2);
        assertThat(parse(bytes("", 0xef, 0xbb, 0xbf, "x = 1 # ", 0xff, 0xfe)).body()).hasSize(1);
    }

    @Test
    void invalidUtf8OutsideACommentIsStillAnError() {
        PythonSyntaxError error = refuse(bytes("# ", 0xff, "\nx = 1 ", 0xff, "\n"), 13);

        assertThat(error.line()).isEqualTo(2);
        assertThat(error.column()).isEqualTo(7); // as CPython
        assertThat(error.getMessage()).isEqualTo(
                "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start"
                        + " byte");
    }

    @Test
    void invalidUtf8AtTheStart() {
        PythonSyntaxError error = refuse(bytes("", 0xff, "x = 1\n"), 13);

        assertThat(error.line()).isEqualTo(1);
        assertThat(error.column()).isEqualTo(1);
    }

    @Test
    void unknownCodingDeclaration() {
        PythonSyntaxError error = refuse(
                "# -*- coding: no-such-codec -*-\nx = 1\n".getBytes(StandardCharsets.US_ASCII), 13);

        assertThat(error.kind()).isEqualTo("SyntaxError");
        assertThat(error.line()).isEqualTo(1); // CPython gives no position (lineno 0)
        assertThat(error.getMessage()).contains("unknown encoding").contains("no-such-codec");
    }

    @Test
    void byteOrderMarkWithAnotherDeclaredEncoding() {
        PythonSyntaxError error = refuse(bytes("", 0xef, 0xbb, 0xbf, "# coding: latin-1\nx = 1\n"),
                13);

        assertThat(error.kind()).isEqualTo("SyntaxError");
        assertThat(error.getMessage()).contains("latin-1").contains("BOM");
    }

    @Test
    void nullByte() {
        PythonSyntaxError error = refuse(bytes("x = 1\ny = 2", 0, "\n"), 13);

        assertThat(error.kind()).isEqualTo("SyntaxError");
        assertThat(error.line()).isEqualTo(2); // CPython's ast.parse gives no position
        assertThat(error.getMessage()).contains("null bytes");
    }

    @Test
    void binaryFile() {
        byte[] noise = new byte[64 * 1024];
        new Random(20260101L).nextBytes(noise);
        noise[100] = 0;

        PythonSyntaxError error = refuse(noise, 13);

        // CPython: "source code string cannot contain null bytes"; a decoding error is as clear
        assertThat(error.kind()).isEqualTo("SyntaxError");
    }

    @Test
    void indentedBackslashBeforeABlankOrCommentLineIsABlankLine() throws PythonSyntaxError {
        // found by ParserFuzzTest; CPython 3.13 accepts all four, the blank line indents nothing
        for (String source : List.of("x = 1\n  \\\n\ny = 2\n", "x = 1\n  \\\n  # c\ny = 2\n",
                "x = 1\n  \\\n  \\\n   \ny = 2\n")) {
            assertThat(parse(source.getBytes(StandardCharsets.US_ASCII)).body()).as(source)
                    .hasSize(2);
        }
        Mod.Module inBlock = parse("if x:\n  \\\n\n  pass\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(((Stmt.If) inBlock.body().get(0)).body()).hasSize(1);
    }

    // --- empty and large files

    @Test
    void emptyFileIsAnEmptyModule() throws PythonSyntaxError {
        assertThat(AstJson.toJson(parse(new byte[0])))
                .isEqualTo("{\"_type\":\"Module\",\"body\":[],\"type_ignores\":[]}");
        assertThat(parse(bytes("", 0xef, 0xbb, 0xbf)).body()).isEmpty();
        assertThat(parse("\n\n   \n\t\n".getBytes(StandardCharsets.US_ASCII)).body()).isEmpty();
        assertThat(parse("# only a comment".getBytes(StandardCharsets.US_ASCII)).body()).isEmpty();
    }

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void fiftyMegabyteFile() throws PythonSyntaxError {
        StringBuilder text = new StringBuilder(52 << 20);
        String doc = "x".repeat(180);
        int functions = 0;
        while (text.length() < 50 << 20) {
            text.append("def f").append(functions).append("(a, b=1):\n")
                    .append("    \"\"\"").append(doc).append("\"\"\"\n")
                    .append("    return a + b\n\n");
            functions++;
        }

        Mod.Module module = parse(text.toString().getBytes(StandardCharsets.US_ASCII));

        assertThat(module.body()).hasSize(functions);
        String last = "f" + (functions - 1);
        assertThat(module.body().get(functions - 1)).isInstanceOfSatisfying(Stmt.FunctionDef.class,
                def -> assertThat(def.name()).isEqualTo(last));
    }

    // --- nesting: CPython's tokenizer allows 200 open brackets

    @Test
    void thousandNestedParentheses() {
        PythonSyntaxError error = refuse(nested("(", "1", ")", 1000), 13);

        assertThat(error.kind()).isEqualTo("SyntaxError");
        assertThat(error.line()).isEqualTo(1);
        assertThat(error.column()).isEqualTo(205); // the 201st bracket
        assertThat(error.getMessage()).contains("too many nested parentheses");
    }

    @Test
    void twoHundredAndOneNestedParentheses() {
        PythonSyntaxError error = refuse(nested("(", "1", ")", 201), 13);

        assertThat(error.column()).isEqualTo(205);
        assertThat(error.getMessage()).contains("too many nested parentheses");
    }

    @Test
    void fiveHundredNestedLists() {
        PythonSyntaxError error = refuse(nested("[", "", "]", 500), 13);

        assertThat(error.line()).isEqualTo(1);
        assertThat(error.column()).isEqualTo(205);
        assertThat(error.getMessage()).contains("too many nested parentheses");
    }

    @Test
    void nestedParenthesesUpToTheLimit() throws PythonSyntaxError {
        for (int depth : new int[] {190, 200}) {
            Mod.Module module = parse(nested("(", "1", ")", depth));

            assertThat(Nodes.findAll(module, Expr.Constant.class)).hasSize(1);
        }
    }

    @Test
    void twoHundredNestedLists() throws PythonSyntaxError {
        Mod.Module module = parse(nested("[", "", "]", 200));

        assertThat(Nodes.findAll(module, Expr.List.class)).hasSize(200);
    }

    /** Deep trees that CPython 3.13's {@code ast.parse} accepts. */
    static Stream<Named<String>> deepButLegal() {
        return Stream.of(
                Named.of("1,000 unary minus", "x = " + "-".repeat(1000) + "1\n"),
                Named.of("1,000 not", "x = " + "not ".repeat(1000) + "a\n"),
                Named.of("1,000 nested conditional expressions",
                        "x = " + "a if b else ".repeat(1000) + "c\n"),
                Named.of("1,000 nested lambdas", "x = " + "lambda: ".repeat(1000) + "0\n"),
                Named.of("1,000 ** operands", "x = " + join(" ** ", "a", 1000) + "\n"),
                Named.of("1,000 elif clauses",
                        "if a:\n    pass\n" + "elif a:\n    pass\n".repeat(1000)),
                Named.of("10,000 and operands", "x = " + join(" and ", "a", 10_000) + "\n"),
                Named.of("10,000 comparisons", "x = " + join(" < ", "a", 10_000) + "\n"),
                Named.of("10,000 concatenated strings", "x = " + join(" ", "'a'", 10_000) + "\n"),
                Named.of("9,000 + operands", "x = " + join(" + ", "a", 9_000) + "\n"),
                Named.of("99 levels of indentation", nestedIfs(99)),
                Named.of("149 nested f-strings", nestedFStrings(149)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deepButLegal")
    void deepButLegalSourceParses(String source) throws PythonSyntaxError {
        Mod.Module module = parse(source.getBytes(StandardCharsets.US_ASCII));

        assertThat(module.body()).hasSize(1);
        assertThat(AstJson.toJson(module)).startsWith("{\"_type\":\"Module\"");
    }

    @Test
    void tenThousandTermSum() throws PythonSyntaxError {
        // CPython 3.13's ast.parse raises RecursionError (not SyntaxError) from about 9,996
        // terms: a limit of its C stack while building AST objects, not a rule of the language.
        // A static analyzer should read such a file.
        Mod.Module module = parse(("x = " + join(" + ", "a", 10_000) + "\n")
                .getBytes(StandardCharsets.US_ASCII));

        assertThat(Nodes.findAll(module, Expr.BinOp.class)).hasSize(9_999);
    }

    // --- helpers

    /** Parses, failing the test on anything but a {@link PythonSyntaxError}. */
    private static PythonSyntaxError refuse(byte[] source, int minor) {
        return refuse("source", source, minor);
    }

    /** Parses, failing the test (named {@code what}) on anything but a syntax error. */
    private static PythonSyntaxError refuse(String what, byte[] source, int minor) {
        Throwable thrown = catchThrowable(() -> SourceParser.parse("bad.py", source, minor));
        if (thrown == null) {
            fail(what + ": parsed without error; CPython refuses this source");
        }
        assertThat(thrown).as("%s: the exception thrown", what)
                .isInstanceOf(PythonSyntaxError.class);
        PythonSyntaxError error = (PythonSyntaxError) thrown;
        assertClear(what, error);
        return error;
    }

    /** A message, a 1-based position, and none of ANTLR's own wording. */
    private static void assertClear(String what, PythonSyntaxError error) {
        assertThat(error.getMessage()).as("%s: message", what).isNotBlank()
                .doesNotContain("mismatched input", "extraneous input", "no viable alternative",
                        "<EOF>", "missing '");
        assertThat(error.line()).as("%s: line of %s", what, error).isPositive();
        assertThat(error.column()).as("%s: column (1-based) of %s", what, error).isPositive();
        assertThat(error.format()).startsWith("bad.py:" + error.line() + ":" + error.column()
                + ": " + error.kind() + ": ");
    }

    private static Mod.Module parse(byte[] source) throws PythonSyntaxError {
        return SourceParser.parse("ok.py", source, 13).module();
    }

    private static byte[] nested(String open, String inner, String close, int depth) {
        return ("x = " + open.repeat(depth) + inner + close.repeat(depth) + "\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** {@code x = f"{f"{...1...}"}"} with {@code depth} f-strings. */
    private static String nestedFStrings(int depth) {
        return "x = " + "f\"{".repeat(depth) + "1" + "}\"".repeat(depth) + "\n";
    }

    /** {@code depth} nested if statements, one more space of indentation each, then pass. */
    private static String nestedIfs(int depth) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            text.append(" ".repeat(i)).append("if x:\n");
        }
        return text.append(" ".repeat(depth)).append("pass\n").toString();
    }

    private static String join(String separator, String term, int count) {
        return String.join(separator, Collections.nCopies(count, term));
    }

    /** ASCII text and single bytes (given as ints) in order. */
    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }
}
