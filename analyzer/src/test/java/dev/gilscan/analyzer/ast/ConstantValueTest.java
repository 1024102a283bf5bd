package dev.gilscan.analyzer.ast;

import static dev.gilscan.analyzer.ast.TestTrees.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ConstantValueTest {

    @Test
    void toStringIsThePythonRepr() {
        assertThat(ConstantValue.NONE).hasToString("None");
        assertThat(ConstantValue.TRUE).hasToString("True");
        assertThat(ConstantValue.Bool.of(false)).hasToString("False");
        assertThat(ConstantValue.ELLIPSIS).hasToString("Ellipsis");
        assertThat(new ConstantValue.Int(BigInteger.TWO.pow(100))).hasToString("1267650600228229401496703205376");
        assertThat(ConstantValue.Int.of(-7)).hasToString("-7");
        assertThat(new ConstantValue.Complex(0.0, 2.0)).hasToString("2j");
        assertThat(new ConstantValue.Complex(1.5, -2.0)).hasToString("(1.5-2j)");
        assertThat(new ConstantValue.Complex(-0.0, 1.0)).hasToString("(-0+1j)");
        assertThat(new ConstantValue.Complex(0.0, 1e20)).hasToString("1e+20j");
    }

    @Test
    void floatReprFollowsPythonsChoiceOfNotation() {
        assertThat(repr(1.5)).isEqualTo("1.5");
        assertThat(repr(3.0)).isEqualTo("3.0");
        assertThat(repr(0.1)).isEqualTo("0.1");
        assertThat(repr(1e15)).isEqualTo("1000000000000000.0");
        assertThat(repr(1e16)).isEqualTo("1e+16");
        assertThat(repr(1.5e300)).isEqualTo("1.5e+300");
        assertThat(repr(0.0001)).isEqualTo("0.0001");
        assertThat(repr(0.00001)).isEqualTo("1e-05");
        assertThat(repr(-2.5e-7)).isEqualTo("-2.5e-07");
        assertThat(repr(-0.0)).isEqualTo("-0.0");
        assertThat(repr(Double.POSITIVE_INFINITY)).isEqualTo("inf");
        assertThat(repr(Double.NaN)).isEqualTo("nan");
    }

    @Test
    void strAndBytesReprQuoteAndEscapeLikePython() {
        assertThat(new ConstantValue.Str("a")).hasToString("'a'");
        assertThat(new ConstantValue.Str("it's")).hasToString("\"it's\"");
        assertThat(new ConstantValue.Str("'\"")).hasToString("'\\'\"'");
        assertThat(new ConstantValue.Str("a\nb\\\t\u0000")).hasToString("'a\\nb\\\\\\t\\x00'");
        assertThat(new ConstantValue.Str("\u00e9\ud83d\ude00 \u00a0\ud800")).hasToString("'\u00e9\ud83d\ude00 \\xa0\\ud800'");
        assertThat(new ConstantValue.Bytes(bytes(0, 'a', 0xff, '\''))).hasToString("b\"\\x00a\\xff'\"");
        assertThat(new ConstantValue.Bytes(bytes('\\', '\n'))).hasToString("b'\\\\\\n'");
    }

    @Test
    void bytesAreCopiedAndComparedByContent() {
        byte[] raw = bytes(1, 2, 0xff);
        ConstantValue.Bytes value = new ConstantValue.Bytes(raw);
        raw[0] = 9;
        value.value()[1] = 9;

        assertThat(value.value()).containsExactly(1, 2, 0xff);
        assertThat(value).isEqualTo(new ConstantValue.Bytes(bytes(1, 2, 0xff)))
                .hasSameHashCodeAs(new ConstantValue.Bytes(bytes(1, 2, 0xff)))
                .isNotEqualTo(new ConstantValue.Bytes(bytes(1, 2)));
        assertThat(value.length()).isEqualTo(3);
    }

    @Test
    void floatsCompareLikeDoubleCompare() {
        assertThat(new ConstantValue.Float(Double.NaN)).isEqualTo(new ConstantValue.Float(Double.NaN));
        assertThat(new ConstantValue.Float(0.0)).isNotEqualTo(new ConstantValue.Float(-0.0));
        assertThat(new ConstantValue.None()).isEqualTo(ConstantValue.NONE);
        assertThat(new ConstantValue.Ellipsis()).isEqualTo(ConstantValue.ELLIPSIS);
        assertThat(ConstantValue.Bool.of(true)).isSameAs(ConstantValue.TRUE);
    }

    private static String repr(double value) {
        return new ConstantValue.Float(value).toString();
    }
}
