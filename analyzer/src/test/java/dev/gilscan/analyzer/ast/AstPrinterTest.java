package dev.gilscan.analyzer.ast;

import static dev.gilscan.analyzer.ast.TestTrees.name;
import static dev.gilscan.analyzer.ast.TestTrees.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AstPrinterTest {

    @Test
    void printsLikeAstDumpWithoutEmptyFieldsAndWithPositions() {
        // x = 1.5
        Mod.Module module = new Mod.Module(
                List.of(new Stmt.Assign(
                        List.of(name("x", ExprContext.Store, s(1, 0, 1, 1))),
                        new Expr.Constant(new ConstantValue.Float(1.5), null, s(1, 4, 1, 7)),
                        null,
                        s(1, 0, 1, 7))),
                List.of());

        assertThat(AstPrinter.print(module)).isEqualTo("""
                Module(
                  body=[
                    Assign(
                      targets=[
                        Name(id='x', ctx=Store) @1:0-1:1],
                      value=Constant(value=1.5) @1:4-1:7) @1:0-1:7])""");
    }

    @Test
    void scalarListsStayOnOneLineAndNullElementsPrintAsNone() {
        // global g, h
        // {**kw, 'k': k} ; a < b not in c
        Stmt.Global global = new Stmt.Global(List.of("g", "h"), s(1, 0, 1, 11));
        Expr.Dict dict = new Expr.Dict(
                Arrays.asList(null, new Expr.Constant(new ConstantValue.Str("k"), null, s(2, 7, 2, 10))),
                List.of(name("kw", ExprContext.Load, s(2, 3, 2, 5)), name("k", ExprContext.Load, s(2, 12, 2, 13))),
                s(2, 0, 2, 14));
        Expr.Compare compare = new Expr.Compare(name("a", ExprContext.Load, s(1, 0, 1, 1)),
                List.of(CmpOperator.Lt, CmpOperator.NotIn),
                List.of(name("b", ExprContext.Load, s(1, 4, 1, 5)), name("c", ExprContext.Load, s(1, 14, 1, 15))),
                s(1, 0, 1, 15));

        assertThat(AstPrinter.print(global)).isEqualTo("Global(names=['g', 'h']) @1:0-1:11");
        assertThat(AstPrinter.print(dict)).isEqualTo("""
                Dict(
                  keys=[
                    None,
                    Constant(value='k') @2:7-2:10],
                  values=[
                    Name(id='kw', ctx=Load) @2:3-2:5,
                    Name(id='k', ctx=Load) @2:12-2:13]) @2:0-2:14""");
        assertThat(AstPrinter.print(compare)).isEqualTo("""
                Compare(
                  left=Name(id='a', ctx=Load) @1:0-1:1,
                  ops=[Lt, NotIn],
                  comparators=[
                    Name(id='b', ctx=Load) @1:4-1:5,
                    Name(id='c', ctx=Load) @1:14-1:15]) @1:0-1:15""");
    }

    @Test
    void printsNodesWithoutSpanOrFields() {
        Arguments none = new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());

        assertThat(AstPrinter.print(none)).isEqualTo("arguments()");
        assertThat(AstPrinter.print(new TypeIgnore(3, ""))).isEqualTo("TypeIgnore(lineno=3, tag='')");
        assertThat(AstPrinter.print(new Stmt.Pass(s(1, 0, 1, 4)))).isEqualTo("Pass() @1:0-1:4");
    }

    @Test
    void deepTreeOnASmallStack() throws InterruptedException {
        int depth = 3_000;
        String[] printed = new String[1];

        TestTrees.onSmallStack(() -> printed[0] = AstPrinter.print(TestTrees.unaryChain(depth)));

        String[] lines = printed[0].split("\n");
        StringBuilder last = new StringBuilder("  ".repeat(depth + 3))
                .append("operand=Name(id='x', ctx=Load) @1:3000-1:3001");
        for (int i = depth - 1; i >= 0; i--) {
            last.append(") @1:").append(i).append("-1:3001");
        }
        last.append(") @1:0-1:3001])");
        assertThat(lines).hasSize(3 + 2 * depth + 1);
        assertThat(lines[3]).isEqualTo("      value=UnaryOp(");
        assertThat(lines[4]).isEqualTo("        op=USub,");
        assertThat(lines[lines.length - 1].equals(last.toString())).as("last line").isTrue();
    }
}
