package dev.gilscan.analyzer.ast;

import static dev.gilscan.analyzer.ast.TestTrees.bytes;
import static dev.gilscan.analyzer.ast.TestTrees.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The expected strings are what {@code scripts/cpython_ast_json.py} prints for the same tree under
 * CPython 3.14 (parsed from the source in the comment, or built by hand with the same values).
 */
class AstJsonTest {

    @Test
    void assignmentOfAFloat() {
        // x = 1.5
        Mod.Module module = new Mod.Module(
                List.of(new Stmt.Assign(
                        List.of(new Expr.Name("x", ExprContext.Store, s(1, 0, 1, 1))),
                        new Expr.Constant(new ConstantValue.Float(1.5), null, s(1, 4, 1, 7)),
                        null,
                        s(1, 0, 1, 7))),
                List.of());

        assertThat(AstJson.toJson(module)).isEqualTo(
                "{\"_type\":\"Module\",\"body\":[{\"_type\":\"Assign\",\"targets\":[{\"_type\":\"Name\","
                + "\"id\":\"x\",\"ctx\":\"Store\",\"lineno\":1,\"col_offset\":0,\"end_lineno\":1,"
                + "\"end_col_offset\":1}],\"value\":{\"_type\":\"Constant\",\"value\":"
                + "{\"float\":\"3ff8000000000000\"},\"kind\":null,\"lineno\":1,\"col_offset\":4,"
                + "\"end_lineno\":1,\"end_col_offset\":7},\"type_comment\":null,\"lineno\":1,"
                + "\"col_offset\":0,\"end_lineno\":1,\"end_col_offset\":7}],\"type_ignores\":[]}");
    }

    @Test
    void everyKindOfConstantAndTheStringEscapes() {
        // Built by hand: None, True, False, ..., a str with '"', '\', '\n', '\t', 'é', '😀', a lone
        // surrogate, DEL, NUL (kind 'u'), bytes with 0xff, 2**100, -5, 0, 1.5, -0.0, 1e300,
        // complex(1.5, -2.0), 2j, '', inf; and a TypeIgnore.
        Mod.Module module = new Mod.Module(
                List.of(
                    new Stmt.Expr(
                        new Expr.Constant(ConstantValue.NONE, null, s(1, 0, 1, 3)),
                        s(1, 0, 1, 3)),
                    new Stmt.Expr(
                        new Expr.Constant(ConstantValue.TRUE, null, s(2, 0, 2, 3)),
                        s(2, 0, 2, 3)),
                    new Stmt.Expr(
                        new Expr.Constant(ConstantValue.FALSE, null, s(3, 0, 3, 3)),
                        s(3, 0, 3, 3)),
                    new Stmt.Expr(
                        new Expr.Constant(ConstantValue.ELLIPSIS, null, s(4, 0, 4, 3)),
                        s(4, 0, 4, 3)),
                    new Stmt.Expr(
                        new Expr.Constant(
                            new ConstantValue.Str("q\"b\\c\nd\t\u00e9\ud83d\ude00\ud800\u007f\u0000~"),
                            "u",
                            s(5, 0, 5, 3)),
                        s(5, 0, 5, 3)),
                    new Stmt.Expr(
                        new Expr.Constant(
                            new ConstantValue.Bytes(bytes(0, 97, 34, 92, 255, 127)),
                            null,
                            s(6, 0, 6, 3)),
                        s(6, 0, 6, 3)),
                    new Stmt.Expr(
                        new Expr.Constant(
                            new ConstantValue.Int(new BigInteger("1267650600228229401496703205376")),
                            null,
                            s(7, 0, 7, 3)),
                        s(7, 0, 7, 3)),
                    new Stmt.Expr(
                        new Expr.Constant(ConstantValue.Int.of(-5), null, s(8, 0, 8, 3)),
                        s(8, 0, 8, 3)),
                    new Stmt.Expr(
                        new Expr.Constant(ConstantValue.Int.of(0), null, s(9, 0, 9, 3)),
                        s(9, 0, 9, 3)),
                    new Stmt.Expr(
                        new Expr.Constant(new ConstantValue.Float(1.5), null, s(10, 0, 10, 3)),
                        s(10, 0, 10, 3)),
                    new Stmt.Expr(
                        new Expr.Constant(new ConstantValue.Float(-0.0), null, s(11, 0, 11, 3)),
                        s(11, 0, 11, 3)),
                    new Stmt.Expr(
                        new Expr.Constant(
                            new ConstantValue.Float(1e+300),
                            null,
                            s(12, 0, 12, 3)),
                        s(12, 0, 12, 3)),
                    new Stmt.Expr(
                        new Expr.Constant(
                            new ConstantValue.Complex(1.5, -2.0),
                            null,
                            s(13, 0, 13, 3)),
                        s(13, 0, 13, 3)),
                    new Stmt.Expr(
                        new Expr.Constant(
                            new ConstantValue.Complex(0.0, 2.0),
                            null,
                            s(14, 0, 14, 3)),
                        s(14, 0, 14, 3)),
                    new Stmt.Expr(
                        new Expr.Constant(new ConstantValue.Str(""), null, s(15, 0, 15, 3)),
                        s(15, 0, 15, 3)),
                    new Stmt.Expr(
                        new Expr.Constant(
                            new ConstantValue.Float(Double.POSITIVE_INFINITY),
                            null,
                            s(16, 0, 16, 3)),
                        s(16, 0, 16, 3))),
                List.of(new TypeIgnore(7, "[x]")));

        assertThat(AstJson.toJson(module)).isEqualTo(
                "{\"_type\":\"Module\",\"body\":[{\"_type\":\"Expr\",\"value\":{\"_type\":\"Constant\","
                + "\"value\":null,\"kind\":null,\"lineno\":1,\"col_offset\":0,\"end_lineno\":1,"
                + "\"end_col_offset\":3},\"lineno\":1,\"col_offset\":0,\"end_lineno\":1,"
                + "\"end_col_offset\":3},{\"_type\":\"Expr\",\"value\":{\"_type\":\"Constant\","
                + "\"value\":true,\"kind\":null,\"lineno\":2,\"col_offset\":0,\"end_lineno\":2,"
                + "\"end_col_offset\":3},\"lineno\":2,\"col_offset\":0,\"end_lineno\":2,"
                + "\"end_col_offset\":3},{\"_type\":\"Expr\",\"value\":{\"_type\":\"Constant\","
                + "\"value\":false,\"kind\":null,\"lineno\":3,\"col_offset\":0,\"end_lineno\":3,"
                + "\"end_col_offset\":3},\"lineno\":3,\"col_offset\":0,\"end_lineno\":3,"
                + "\"end_col_offset\":3},{\"_type\":\"Expr\",\"value\":{\"_type\":\"Constant\","
                + "\"value\":{\"ellipsis\":true},\"kind\":null,\"lineno\":4,\"col_offset\":0,"
                + "\"end_lineno\":4,\"end_col_offset\":3},\"lineno\":4,\"col_offset\":0,"
                + "\"end_lineno\":4,\"end_col_offset\":3},{\"_type\":\"Expr\",\"value\":{\"_type\":\"Constant\","
                + "\"value\":\"q\\\"b\\\\c\\u000ad\\u0009\\u00e9\\ud83d\\ude00\\ud800\\u007f\\u0000~\","
                + "\"kind\":\"u\",\"lineno\":5,\"col_offset\":0,\"end_lineno\":5,\"end_col_offset\":3},"
                + "\"lineno\":5,\"col_offset\":0,\"end_lineno\":5,\"end_col_offset\":3},"
                + "{\"_type\":\"Expr\",\"value\":{\"_type\":\"Constant\",\"value\":{\"bytes\":\"\\u0000a\\\"\\\\\\u00ff\\u007f\"},"
                + "\"kind\":null,\"lineno\":6,\"col_offset\":0,\"end_lineno\":6,\"end_col_offset\":3},"
                + "\"lineno\":6,\"col_offset\":0,\"end_lineno\":6,\"end_col_offset\":3},"
                + "{\"_type\":\"Expr\",\"value\":{\"_type\":\"Constant\",\"value\":{\"int\":\"1267650600228229401496703205376\"},"
                + "\"kind\":null,\"lineno\":7,\"col_offset\":0,\"end_lineno\":7,\"end_col_offset\":3},"
                + "\"lineno\":7,\"col_offset\":0,\"end_lineno\":7,\"end_col_offset\":3},"
                + "{\"_type\":\"Expr\",\"value\":{\"_type\":\"Constant\",\"value\":{\"int\":\"-5\"},"
                + "\"kind\":null,\"lineno\":8,\"col_offset\":0,\"end_lineno\":8,\"end_col_offset\":3},"
                + "\"lineno\":8,\"col_offset\":0,\"end_lineno\":8,\"end_col_offset\":3},"
                + "{\"_type\":\"Expr\",\"value\":{\"_type\":\"Constant\",\"value\":{\"int\":\"0\"},"
                + "\"kind\":null,\"lineno\":9,\"col_offset\":0,\"end_lineno\":9,\"end_col_offset\":3},"
                + "\"lineno\":9,\"col_offset\":0,\"end_lineno\":9,\"end_col_offset\":3},"
                + "{\"_type\":\"Expr\",\"value\":{\"_type\":\"Constant\",\"value\":{\"float\":\"3ff8000000000000\"},"
                + "\"kind\":null,\"lineno\":10,\"col_offset\":0,\"end_lineno\":10,\"end_col_offset\":3},"
                + "\"lineno\":10,\"col_offset\":0,\"end_lineno\":10,\"end_col_offset\":3},"
                + "{\"_type\":\"Expr\",\"value\":{\"_type\":\"Constant\",\"value\":{\"float\":\"8000000000000000\"},"
                + "\"kind\":null,\"lineno\":11,\"col_offset\":0,\"end_lineno\":11,\"end_col_offset\":3},"
                + "\"lineno\":11,\"col_offset\":0,\"end_lineno\":11,\"end_col_offset\":3},"
                + "{\"_type\":\"Expr\",\"value\":{\"_type\":\"Constant\",\"value\":{\"float\":\"7e37e43c8800759c\"},"
                + "\"kind\":null,\"lineno\":12,\"col_offset\":0,\"end_lineno\":12,\"end_col_offset\":3},"
                + "\"lineno\":12,\"col_offset\":0,\"end_lineno\":12,\"end_col_offset\":3},"
                + "{\"_type\":\"Expr\",\"value\":{\"_type\":\"Constant\",\"value\":{\"complex\":[\"3ff8000000000000\","
                + "\"c000000000000000\"]},\"kind\":null,\"lineno\":13,\"col_offset\":0,"
                + "\"end_lineno\":13,\"end_col_offset\":3},\"lineno\":13,\"col_offset\":0,"
                + "\"end_lineno\":13,\"end_col_offset\":3},{\"_type\":\"Expr\",\"value\":{\"_type\":\"Constant\","
                + "\"value\":{\"complex\":[\"0000000000000000\",\"4000000000000000\"]},"
                + "\"kind\":null,\"lineno\":14,\"col_offset\":0,\"end_lineno\":14,\"end_col_offset\":3},"
                + "\"lineno\":14,\"col_offset\":0,\"end_lineno\":14,\"end_col_offset\":3},"
                + "{\"_type\":\"Expr\",\"value\":{\"_type\":\"Constant\",\"value\":\"\",\"kind\":null,"
                + "\"lineno\":15,\"col_offset\":0,\"end_lineno\":15,\"end_col_offset\":3},"
                + "\"lineno\":15,\"col_offset\":0,\"end_lineno\":15,\"end_col_offset\":3},"
                + "{\"_type\":\"Expr\",\"value\":{\"_type\":\"Constant\",\"value\":{\"float\":\"7ff0000000000000\"},"
                + "\"kind\":null,\"lineno\":16,\"col_offset\":0,\"end_lineno\":16,\"end_col_offset\":3},"
                + "\"lineno\":16,\"col_offset\":0,\"end_lineno\":16,\"end_col_offset\":3}],"
                + "\"type_ignores\":[{\"_type\":\"TypeIgnore\",\"lineno\":7,\"tag\":\"[x]\"}]}");
    }

    @Test
    void functionWithEveryKindOfParameter() {
        // from .. import a as b, c
        // def f(x, /, y=1, *args, k=None, j, **kw) -> int:
        //     global g, h
        //     return {**kw, 'k': k} if x < y not in z else f(*x, k=2)
        Mod.Module module = new Mod.Module(
                List.of(
                    new Stmt.ImportFrom(
                        null,
                        List.of(
                            new Alias("a", "b", s(1, 15, 1, 21)),
                            new Alias("c", null, s(1, 23, 1, 24))),
                        2,
                        s(1, 0, 1, 24)),
                    new Stmt.FunctionDef(
                        "f",
                        new Arguments(
                            List.of(new Arg("x", null, null, s(2, 6, 2, 7))),
                            List.of(new Arg("y", null, null, s(2, 12, 2, 13))),
                            new Arg("args", null, null, s(2, 18, 2, 22)),
                            List.of(
                                new Arg("k", null, null, s(2, 24, 2, 25)),
                                new Arg("j", null, null, s(2, 32, 2, 33))),
                            Arrays.asList(
                                new Expr.Constant(ConstantValue.NONE, null, s(2, 26, 2, 30)),
                                null),
                            new Arg("kw", null, null, s(2, 37, 2, 39)),
                            List.of(
                                new Expr.Constant(
                                    ConstantValue.Int.of(1),
                                    null,
                                    s(2, 14, 2, 15)))),
                        List.of(
                            new Stmt.Global(List.of("g", "h"), s(3, 4, 3, 15)),
                            new Stmt.Return(
                                new Expr.IfExp(
                                    new Expr.Compare(
                                        new Expr.Name("x", ExprContext.Load, s(4, 29, 4, 30)),
                                        List.of(CmpOperator.Lt, CmpOperator.NotIn),
                                        List.of(
                                            new Expr.Name(
                                                "y",
                                                ExprContext.Load,
                                                s(4, 33, 4, 34)),
                                            new Expr.Name(
                                                "z",
                                                ExprContext.Load,
                                                s(4, 42, 4, 43))),
                                        s(4, 29, 4, 43)),
                                    new Expr.Dict(
                                        Arrays.asList(
                                            null,
                                            new Expr.Constant(
                                                new ConstantValue.Str("k"),
                                                null,
                                                s(4, 18, 4, 21))),
                                        List.of(
                                            new Expr.Name(
                                                "kw",
                                                ExprContext.Load,
                                                s(4, 14, 4, 16)),
                                            new Expr.Name(
                                                "k",
                                                ExprContext.Load,
                                                s(4, 23, 4, 24))),
                                        s(4, 11, 4, 25)),
                                    new Expr.Call(
                                        new Expr.Name("f", ExprContext.Load, s(4, 49, 4, 50)),
                                        List.of(
                                            new Expr.Starred(
                                                new Expr.Name(
                                                    "x",
                                                    ExprContext.Load,
                                                    s(4, 52, 4, 53)),
                                                ExprContext.Load,
                                                s(4, 51, 4, 53))),
                                        List.of(
                                            new Keyword(
                                                "k",
                                                new Expr.Constant(
                                                    ConstantValue.Int.of(2),
                                                    null,
                                                    s(4, 57, 4, 58)),
                                                s(4, 55, 4, 58))),
                                        s(4, 49, 4, 59)),
                                    s(4, 11, 4, 59)),
                                s(4, 4, 4, 59))),
                        List.of(),
                        new Expr.Name("int", ExprContext.Load, s(2, 44, 2, 47)),
                        null,
                        List.of(),
                        s(2, 0, 4, 59))),
                List.of());

        assertThat(AstJson.toJson(module)).isEqualTo(
                "{\"_type\":\"Module\",\"body\":[{\"_type\":\"ImportFrom\",\"module\":null,"
                + "\"names\":[{\"_type\":\"alias\",\"name\":\"a\",\"asname\":\"b\",\"lineno\":1,"
                + "\"col_offset\":15,\"end_lineno\":1,\"end_col_offset\":21},{\"_type\":\"alias\","
                + "\"name\":\"c\",\"asname\":null,\"lineno\":1,\"col_offset\":23,\"end_lineno\":1,"
                + "\"end_col_offset\":24}],\"level\":2,\"lineno\":1,\"col_offset\":0,"
                + "\"end_lineno\":1,\"end_col_offset\":24},{\"_type\":\"FunctionDef\","
                + "\"name\":\"f\",\"args\":{\"_type\":\"arguments\",\"posonlyargs\":[{\"_type\":\"arg\","
                + "\"arg\":\"x\",\"annotation\":null,\"type_comment\":null,\"lineno\":2,"
                + "\"col_offset\":6,\"end_lineno\":2,\"end_col_offset\":7}],\"args\":[{\"_type\":\"arg\","
                + "\"arg\":\"y\",\"annotation\":null,\"type_comment\":null,\"lineno\":2,"
                + "\"col_offset\":12,\"end_lineno\":2,\"end_col_offset\":13}],\"vararg\":{\"_type\":\"arg\","
                + "\"arg\":\"args\",\"annotation\":null,\"type_comment\":null,\"lineno\":2,"
                + "\"col_offset\":18,\"end_lineno\":2,\"end_col_offset\":22},\"kwonlyargs\":[{\"_type\":\"arg\","
                + "\"arg\":\"k\",\"annotation\":null,\"type_comment\":null,\"lineno\":2,"
                + "\"col_offset\":24,\"end_lineno\":2,\"end_col_offset\":25},{\"_type\":\"arg\","
                + "\"arg\":\"j\",\"annotation\":null,\"type_comment\":null,\"lineno\":2,"
                + "\"col_offset\":32,\"end_lineno\":2,\"end_col_offset\":33}],\"kw_defaults\":[{\"_type\":\"Constant\","
                + "\"value\":null,\"kind\":null,\"lineno\":2,\"col_offset\":26,\"end_lineno\":2,"
                + "\"end_col_offset\":30},null],\"kwarg\":{\"_type\":\"arg\",\"arg\":\"kw\","
                + "\"annotation\":null,\"type_comment\":null,\"lineno\":2,\"col_offset\":37,"
                + "\"end_lineno\":2,\"end_col_offset\":39},\"defaults\":[{\"_type\":\"Constant\","
                + "\"value\":{\"int\":\"1\"},\"kind\":null,\"lineno\":2,\"col_offset\":14,"
                + "\"end_lineno\":2,\"end_col_offset\":15}]},\"body\":[{\"_type\":\"Global\","
                + "\"names\":[\"g\",\"h\"],\"lineno\":3,\"col_offset\":4,\"end_lineno\":3,"
                + "\"end_col_offset\":15},{\"_type\":\"Return\",\"value\":{\"_type\":\"IfExp\","
                + "\"test\":{\"_type\":\"Compare\",\"left\":{\"_type\":\"Name\",\"id\":\"x\","
                + "\"ctx\":\"Load\",\"lineno\":4,\"col_offset\":29,\"end_lineno\":4,\"end_col_offset\":30},"
                + "\"ops\":[\"Lt\",\"NotIn\"],\"comparators\":[{\"_type\":\"Name\",\"id\":\"y\","
                + "\"ctx\":\"Load\",\"lineno\":4,\"col_offset\":33,\"end_lineno\":4,\"end_col_offset\":34},"
                + "{\"_type\":\"Name\",\"id\":\"z\",\"ctx\":\"Load\",\"lineno\":4,\"col_offset\":42,"
                + "\"end_lineno\":4,\"end_col_offset\":43}],\"lineno\":4,\"col_offset\":29,"
                + "\"end_lineno\":4,\"end_col_offset\":43},\"body\":{\"_type\":\"Dict\","
                + "\"keys\":[null,{\"_type\":\"Constant\",\"value\":\"k\",\"kind\":null,"
                + "\"lineno\":4,\"col_offset\":18,\"end_lineno\":4,\"end_col_offset\":21}],"
                + "\"values\":[{\"_type\":\"Name\",\"id\":\"kw\",\"ctx\":\"Load\",\"lineno\":4,"
                + "\"col_offset\":14,\"end_lineno\":4,\"end_col_offset\":16},{\"_type\":\"Name\","
                + "\"id\":\"k\",\"ctx\":\"Load\",\"lineno\":4,\"col_offset\":23,\"end_lineno\":4,"
                + "\"end_col_offset\":24}],\"lineno\":4,\"col_offset\":11,\"end_lineno\":4,"
                + "\"end_col_offset\":25},\"orelse\":{\"_type\":\"Call\",\"func\":{\"_type\":\"Name\","
                + "\"id\":\"f\",\"ctx\":\"Load\",\"lineno\":4,\"col_offset\":49,\"end_lineno\":4,"
                + "\"end_col_offset\":50},\"args\":[{\"_type\":\"Starred\",\"value\":{\"_type\":\"Name\","
                + "\"id\":\"x\",\"ctx\":\"Load\",\"lineno\":4,\"col_offset\":52,\"end_lineno\":4,"
                + "\"end_col_offset\":53},\"ctx\":\"Load\",\"lineno\":4,\"col_offset\":51,"
                + "\"end_lineno\":4,\"end_col_offset\":53}],\"keywords\":[{\"_type\":\"keyword\","
                + "\"arg\":\"k\",\"value\":{\"_type\":\"Constant\",\"value\":{\"int\":\"2\"},"
                + "\"kind\":null,\"lineno\":4,\"col_offset\":57,\"end_lineno\":4,\"end_col_offset\":58},"
                + "\"lineno\":4,\"col_offset\":55,\"end_lineno\":4,\"end_col_offset\":58}],"
                + "\"lineno\":4,\"col_offset\":49,\"end_lineno\":4,\"end_col_offset\":59},"
                + "\"lineno\":4,\"col_offset\":11,\"end_lineno\":4,\"end_col_offset\":59},"
                + "\"lineno\":4,\"col_offset\":4,\"end_lineno\":4,\"end_col_offset\":59}],"
                + "\"decorator_list\":[],\"returns\":{\"_type\":\"Name\",\"id\":\"int\","
                + "\"ctx\":\"Load\",\"lineno\":2,\"col_offset\":44,\"end_lineno\":2,\"end_col_offset\":47},"
                + "\"type_comment\":null,\"type_params\":[],\"lineno\":2,\"col_offset\":0,"
                + "\"end_lineno\":4,\"end_col_offset\":59}],\"type_ignores\":[]}");
    }

    @Test
    void templateString() {
        // t"a{b!r:>{w}}{c=}"
        Mod.Module module = new Mod.Module(
                List.of(
                    new Stmt.Expr(
                        new Expr.TemplateStr(
                            List.of(
                                new Expr.Constant(
                                    new ConstantValue.Str("a"),
                                    null,
                                    s(1, 2, 1, 3)),
                                new Expr.Interpolation(
                                    new Expr.Name("b", ExprContext.Load, s(1, 4, 1, 5)),
                                    "b",
                                    114,
                                    new Expr.JoinedStr(
                                        List.of(
                                            new Expr.Constant(
                                                new ConstantValue.Str(">"),
                                                null,
                                                s(1, 8, 1, 9)),
                                            new Expr.FormattedValue(
                                                new Expr.Name(
                                                    "w",
                                                    ExprContext.Load,
                                                    s(1, 10, 1, 11)),
                                                -1,
                                                null,
                                                s(1, 9, 1, 12))),
                                        s(1, 7, 1, 12)),
                                    s(1, 3, 1, 13)),
                                new Expr.Constant(
                                    new ConstantValue.Str("c="),
                                    null,
                                    s(1, 14, 1, 16)),
                                new Expr.Interpolation(
                                    new Expr.Name("c", ExprContext.Load, s(1, 14, 1, 15)),
                                    "c",
                                    114,
                                    null,
                                    s(1, 13, 1, 17))),
                            s(1, 0, 1, 18)),
                        s(1, 0, 1, 18))),
                List.of());

        assertThat(AstJson.toJson(module)).isEqualTo(
                "{\"_type\":\"Module\",\"body\":[{\"_type\":\"Expr\",\"value\":{\"_type\":\"TemplateStr\","
                + "\"values\":[{\"_type\":\"Constant\",\"value\":\"a\",\"kind\":null,\"lineno\":1,"
                + "\"col_offset\":2,\"end_lineno\":1,\"end_col_offset\":3},{\"_type\":\"Interpolation\","
                + "\"value\":{\"_type\":\"Name\",\"id\":\"b\",\"ctx\":\"Load\",\"lineno\":1,"
                + "\"col_offset\":4,\"end_lineno\":1,\"end_col_offset\":5},\"str\":\"b\","
                + "\"conversion\":114,\"format_spec\":{\"_type\":\"JoinedStr\",\"values\":[{\"_type\":\"Constant\","
                + "\"value\":\">\",\"kind\":null,\"lineno\":1,\"col_offset\":8,\"end_lineno\":1,"
                + "\"end_col_offset\":9},{\"_type\":\"FormattedValue\",\"value\":{\"_type\":\"Name\","
                + "\"id\":\"w\",\"ctx\":\"Load\",\"lineno\":1,\"col_offset\":10,\"end_lineno\":1,"
                + "\"end_col_offset\":11},\"conversion\":-1,\"format_spec\":null,\"lineno\":1,"
                + "\"col_offset\":9,\"end_lineno\":1,\"end_col_offset\":12}],\"lineno\":1,"
                + "\"col_offset\":7,\"end_lineno\":1,\"end_col_offset\":12},\"lineno\":1,"
                + "\"col_offset\":3,\"end_lineno\":1,\"end_col_offset\":13},{\"_type\":\"Constant\","
                + "\"value\":\"c=\",\"kind\":null,\"lineno\":1,\"col_offset\":14,\"end_lineno\":1,"
                + "\"end_col_offset\":16},{\"_type\":\"Interpolation\",\"value\":{\"_type\":\"Name\","
                + "\"id\":\"c\",\"ctx\":\"Load\",\"lineno\":1,\"col_offset\":14,\"end_lineno\":1,"
                + "\"end_col_offset\":15},\"str\":\"c\",\"conversion\":114,\"format_spec\":null,"
                + "\"lineno\":1,\"col_offset\":13,\"end_lineno\":1,\"end_col_offset\":17}],"
                + "\"lineno\":1,\"col_offset\":0,\"end_lineno\":1,\"end_col_offset\":18},"
                + "\"lineno\":1,\"col_offset\":0,\"end_lineno\":1,\"end_col_offset\":18}],"
                + "\"type_ignores\":[]}");
    }

    @Test
    void columnsAreUtf8BytesNotUtf16Units() {
        // é = 'é😀'
        Mod.Module module = new Mod.Module(
                List.of(new Stmt.Assign(
                        List.of(new Expr.Name("\u00e9", ExprContext.Store, new Span(1, 0, 1, 2, 0, 1))),
                        new Expr.Constant(
                                new ConstantValue.Str("\u00e9\ud83d\ude00"), null, new Span(1, 5, 1, 13, 4, 9)),
                        null,
                        new Span(1, 0, 1, 13, 0, 9))),
                List.of());

        assertThat(AstJson.toJson(module)).isEqualTo(
                "{\"_type\":\"Module\",\"body\":[{\"_type\":\"Assign\",\"targets\":[{\"_type\":\"Name\","
                + "\"id\":\"\\u00e9\",\"ctx\":\"Store\",\"lineno\":1,\"col_offset\":0,\"end_lineno\":1,"
                + "\"end_col_offset\":2}],\"value\":{\"_type\":\"Constant\",\"value\":\"\\u00e9\\ud83d\\ude00\","
                + "\"kind\":null,\"lineno\":1,\"col_offset\":5,\"end_lineno\":1,\"end_col_offset\":13},"
                + "\"type_comment\":null,\"lineno\":1,\"col_offset\":0,\"end_lineno\":1,"
                + "\"end_col_offset\":13}],\"type_ignores\":[]}");
    }

    @Test
    void stringsEscapeEveryUtf16UnitOutsidePrintableAscii() {
        assertThat(json("plain ~!")).isEqualTo("\"plain ~!\"");
        assertThat(json("\"\\")).isEqualTo("\"\\\"\\\\\"");
        assertThat(json("a\nb\r\t")).isEqualTo("\"a\\u000ab\\u000d\\u0009\"");
        assertThat(json("\u007f\u0080\u00e9")).isEqualTo("\"\\u007f\\u0080\\u00e9\"");
        assertThat(json("\ud83d\ude00")).isEqualTo("\"\\ud83d\\ude00\"");
        assertThat(json("\udc80x\ud800")).isEqualTo("\"\\udc80x\\ud800\"");
        assertThat(json("\uFFFF/")).isEqualTo("\"\\uffff/\"");
    }

    @Test
    void writeAppendsAnyNode() {
        StringBuilder out = new StringBuilder("[");
        AstJson.write(new Expr.Name("n", ExprContext.Del, s(2, 4, 2, 5)), out);
        AstJson.write(new WithItem(new Expr.Name("m", ExprContext.Load, s(1, 5, 1, 6)), null), out);

        assertThat(out.toString()).isEqualTo("[{\"_type\":\"Name\",\"id\":\"n\",\"ctx\":\"Del\","
                + "\"lineno\":2,\"col_offset\":4,\"end_lineno\":2,\"end_col_offset\":5}"
                + "{\"_type\":\"withitem\",\"context_expr\":{\"_type\":\"Name\",\"id\":\"m\","
                + "\"ctx\":\"Load\",\"lineno\":1,\"col_offset\":5,\"end_lineno\":1,"
                + "\"end_col_offset\":6},\"optional_vars\":null}");
    }

    @Test
    void twentyThousandNestedUnaryOpsOnASmallStack() throws InterruptedException {
        int depth = 20_000;
        Mod.Module module = TestTrees.unaryChain(depth);
        StringBuilder expected = new StringBuilder("{\"_type\":\"Module\",\"body\":[{\"_type\":\"Expr\",\"value\":");
        for (int i = 0; i < depth; i++) {
            expected.append("{\"_type\":\"UnaryOp\",\"op\":\"USub\",\"operand\":");
        }
        expected.append("{\"_type\":\"Name\",\"id\":\"x\",\"ctx\":\"Load\",\"lineno\":1,\"col_offset\":")
                .append(depth).append(",\"end_lineno\":1,\"end_col_offset\":").append(depth + 1).append('}');
        for (int i = depth - 1; i >= 0; i--) {
            expected.append(",\"lineno\":1,\"col_offset\":").append(i)
                    .append(",\"end_lineno\":1,\"end_col_offset\":").append(depth + 1).append('}');
        }
        expected.append(",\"lineno\":1,\"col_offset\":0,\"end_lineno\":1,\"end_col_offset\":")
                .append(depth + 1).append("}],\"type_ignores\":[]}");
        String[] actual = new String[1];

        TestTrees.onSmallStack(() -> actual[0] = AstJson.toJson(module));

        assertThat(actual[0].equals(expected.toString())).as("JSON of the 20,000-deep chain").isTrue();
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder();
        AstJson.writeString(text, out);
        return out.toString();
    }
}
