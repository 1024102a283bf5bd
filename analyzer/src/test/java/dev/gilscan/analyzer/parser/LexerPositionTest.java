package dev.gilscan.analyzer.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.Mod;
import dev.gilscan.analyzer.ast.Nodes;
import dev.gilscan.analyzer.ast.Span;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Columns on lines with non-ASCII text: {@link Span#column()} counts UTF-8 bytes, as CPython's
 * {@code col_offset} does, and {@link Span#utf16Column()} counts UTF-16 code units, as editors do.
 * The expected byte columns are CPython 3.13's for the same source.
 */
class LexerPositionTest {

    @Test
    void nameAfterAccentedCjkAndEmojiText() throws PythonSyntaxError {
        // x = "é中😀" + name
        // bytes:  x␠=␠" (5) é (2) 中 (3) 😀 (4) "␠+␠ (4)  -> name at 18..22
        // UTF-16: x␠=␠" (5) é (1) 中 (1) 😀 (2) "␠+␠ (4)  -> name at 13..17
        Span name = onlyName(parse("x = \"é中😀\" + name\n"), "name");

        assertThat(name).isEqualTo(new Span(1, 18, 1, 22, 13, 17));
    }

    @Test
    void nonAsciiIdentifiersHaveByteAndUnitWidths() throws PythonSyntaxError {
        // 名前 = café
        Mod.Module parsed = parse("名前 = café\n");

        assertThat(onlyName(parsed, "名前")).isEqualTo(new Span(1, 0, 1, 6, 0, 2));
        assertThat(onlyName(parsed, "café")).isEqualTo(new Span(1, 9, 1, 14, 5, 9));
    }

    @Test
    void stringConstantSpanningAnEmoji() throws PythonSyntaxError {
        // s = '😀'
        Expr.Constant constant = Nodes.findAll(parse("s = '😀'\n"), Expr.Constant.class)
                .get(0);

        assertThat(constant.span()).isEqualTo(new Span(1, 4, 1, 10, 4, 8));
    }

    @Test
    void fieldOfAnFStringAfterNonAsciiText() throws PythonSyntaxError {
        // f"é😀{name}"
        Span name = onlyName(parse("f\"é😀{name}\"\n"), "name");

        assertThat(name).isEqualTo(new Span(1, 9, 1, 13, 6, 10));
    }

    @Test
    void endColumnOnALaterLineCountsThatLine() throws PythonSyntaxError {
        // t = ("é",
        //      "中")
        Expr.Tuple tuple = Nodes.findAll(parse("t = (\"é\",\n     \"中\")\n"),
                Expr.Tuple.class).get(0);

        assertThat(tuple.span()).isEqualTo(new Span(1, 4, 2, 11, 4, 9));
    }

    @Test
    void asciiLinesHaveEqualColumns() throws PythonSyntaxError {
        Span name = onlyName(parse("value = other\n"), "other");

        assertThat(name).isEqualTo(Span.ascii(1, 8, 1, 13));
    }

    @Test
    void commentColumnIsInCharacters() throws PythonSyntaxError {
        ParseResult result = SourceParser.parse("t.py",
                "x = \"é\"  # note\n".getBytes(StandardCharsets.UTF_8), 13);

        assertThat(result.comments()).containsExactly(new Comment(1, 9, "# note"));
    }

    @Test
    void stringsSpanningLinesAndBackslashesJoinLines() throws PythonSyntaxError {
        ParseResult result = SourceParser.parse("t.py", """
                a = f(\"\"\"one
                two\"\"\", 1)
                b = 1 + \\
                    2
                c = f'''{
                x}
                '''
                d = ("one"
                     "two")
                """.getBytes(StandardCharsets.UTF_8), 13);

        assertThat(result.joinedLines()).containsExactly(new JoinedLines(1, 2),
                new JoinedLines(3, 4), new JoinedLines(5, 7));
    }

    private static Span onlyName(Mod.Module parsed, String id) {
        List<Expr.Name> names = Nodes.findAll(parsed, Expr.Name.class).stream()
                .filter(n -> n.id().equals(id))
                .toList();
        assertThat(names).as("Name nodes with id %s", id).hasSize(1);
        return names.get(0).span();
    }

    private static Mod.Module parse(String source) throws PythonSyntaxError {
        return SourceParser.parse("t.py", source.getBytes(StandardCharsets.UTF_8), 13).module();
    }
}
