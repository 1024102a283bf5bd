package dev.gilscan.analyzer.ast;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The Python value of a literal: {@link Expr.Constant#value()} and
 * {@link Pattern.MatchSingleton#value()}. One kind per Python type a literal can have.
 *
 * <p>{@code toString()} is the Python {@code repr} of the value (floats approximately), for
 * {@link AstPrinter} and messages.
 */
public sealed interface ConstantValue {

    /** {@code None}. */
    None NONE = new None();
    /** {@code True}. */
    Bool TRUE = new Bool(true);
    /** {@code False}. */
    Bool FALSE = new Bool(false);
    /** {@code ...}. */
    Ellipsis ELLIPSIS = new Ellipsis();

    /** {@code None}; equal to {@link #NONE}. */
    record None() implements ConstantValue {
        @Override
        public String toString() {
            return "None";
        }
    }

    /** {@code True} or {@code False}. */
    record Bool(boolean value) implements ConstantValue {
        /** {@link #TRUE} or {@link #FALSE}. */
        public static Bool of(boolean value) {
            return value ? TRUE : FALSE;
        }

        @Override
        public String toString() {
            return value ? "True" : "False";
        }
    }

    /** An {@code int} of any size: {@code 1}, {@code 0xff}, {@code 10**100} written out. */
    record Int(BigInteger value) implements ConstantValue {
        public Int {
            Objects.requireNonNull(value, "value");
        }

        /** The int {@code value}. */
        public static Int of(long value) {
            return new Int(BigInteger.valueOf(value));
        }

        @Override
        public String toString() {
            return value.toString();
        }
    }

    /**
     * A {@code float}: {@code 1.5}, {@code 1e9}. Equality is that of {@link Double#compare}: NaN
     * equals NaN, {@code 0.0} differs from {@code -0.0}.
     */
    record Float(double value) implements ConstantValue {
        @Override
        public String toString() {
            return Repr.ofFloat(value);
        }
    }

    /** A {@code complex}: a literal is imaginary, {@code 2j} is {@code Complex(0.0, 2.0)}. */
    record Complex(double real, double imag) implements ConstantValue {
        @Override
        public String toString() {
            String imagText = Repr.ofComplexPart(imag) + "j";
            if (Double.doubleToRawLongBits(real) == 0L) {
                return imagText;
            }
            String sign = imagText.startsWith("-") ? "" : "+";
            return "(" + Repr.ofComplexPart(real) + sign + imagText + ")";
        }
    }

    /**
     * A {@code str}. It may hold lone surrogates, as Python strings may ({@code '\ud800'}).
     */
    record Str(String value) implements ConstantValue {
        public Str {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return Repr.ofStr(value);
        }
    }

    /** A {@code bytes}: {@code b'\xff'}. Holds a private copy; compared by content. */
    record Bytes(byte[] value) implements ConstantValue {
        public Bytes {
            value = value.clone();
        }

        /** A copy of the bytes. */
        @Override
        public byte[] value() {
            return value.clone();
        }

        /** The number of bytes. */
        public int length() {
            return value.length;
        }

        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof Bytes bytes && Arrays.equals(value, bytes.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return Repr.ofBytes(value);
        }
    }

    /** {@code ...}, the {@code Ellipsis} object; equal to {@link #ELLIPSIS}. */
    record Ellipsis() implements ConstantValue {
        @Override
        public String toString() {
            return "Ellipsis";
        }
    }
}
