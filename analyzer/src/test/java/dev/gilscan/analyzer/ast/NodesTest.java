package dev.gilscan.analyzer.ast;

import static dev.gilscan.analyzer.ast.TestTrees.name;
import static dev.gilscan.analyzer.ast.TestTrees.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Nodes} and {@link TreeWalker}. */
class NodesTest {

    /** {@code a = f(b, c.d)}. */
    private static Mod.Module assignCall() {
        Expr.Call call = new Expr.Call(
                name("f", ExprContext.Load, s(1, 4, 1, 5)),
                List.of(name("b", ExprContext.Load, s(1, 6, 1, 7)),
                        new Expr.Attribute(name("c", ExprContext.Load, s(1, 9, 1, 10)), "d",
                                ExprContext.Load, s(1, 9, 1, 12))),
                List.of(),
                s(1, 4, 1, 13));
        return new Mod.Module(
                List.of(new Stmt.Assign(List.of(name("a", ExprContext.Store, s(1, 0, 1, 1))), call, null,
                        s(1, 0, 1, 13))),
                List.of());
    }

    @Test
    void findAllReturnsMatchesInPreOrder() {
        Mod.Module module = assignCall();

        assertThat(Nodes.findAll(module, Expr.Name.class)).extracting(Expr.Name::id)
                .containsExactly("a", "f", "b", "c");
        assertThat(Nodes.findAll(module, Expr.class)).extracting(TestTrees::label)
                .containsExactly("Name a", "Call", "Name f", "Name b", "Attribute", "Name c");
        assertThat(Nodes.findAll(module, Located.class)).extracting(TestTrees::label)
                .startsWith("Assign", "Name a");
        assertThat(Nodes.findAll(module, Mod.Module.class)).containsExactly(module);
        assertThat(Nodes.findAll(module, Stmt.Return.class)).isEmpty();
    }

    @Test
    void orderIsCpythonFieldOrderWhereItDepartsFromSourceOrder() {
        // x if t else y: IfExp(test, body, orelse)
        Expr.IfExp ifExp = new Expr.IfExp(name("t", ExprContext.Load, s(1, 5, 1, 6)),
                name("x", ExprContext.Load, s(1, 0, 1, 1)), name("y", ExprContext.Load, s(1, 12, 1, 13)),
                s(1, 0, 1, 13));

        assertThat(Nodes.findAll(ifExp, Expr.Name.class)).extracting(Expr.Name::id).containsExactly("t", "x", "y");
    }

    @Test
    void walkStreamsEveryNodeRootFirst() {
        Mod.Module module = assignCall();

        assertThat(Nodes.walk(module)).extracting(TestTrees::label).containsExactly(
                "Module", "Assign", "Name a", "Call", "Name f", "Name b", "Attribute", "Name c");
        assertThat(Nodes.walk(module).limit(2)).extracting(TestTrees::label).containsExactly("Module", "Assign");
    }

    @Test
    void treeWalkerEntersAndLeavesWithTheAncestorsRootFirst() {
        List<String> events = new ArrayList<>();
        new TreeWalker() {
            @Override
            protected void enter(Node node, List<Node> ancestors) {
                events.add("enter " + TestTrees.label(node) + " " + labels(ancestors));
            }

            @Override
            protected void leave(Node node, List<Node> ancestors) {
                events.add("leave " + TestTrees.label(node) + " " + labels(ancestors));
            }
        }.walk(assignCall());

        assertThat(events).containsExactly(
                "enter Module []",
                "enter Assign [Module]",
                "enter Name a [Module, Assign]",
                "leave Name a [Module, Assign]",
                "enter Call [Module, Assign]",
                "enter Name f [Module, Assign, Call]",
                "leave Name f [Module, Assign, Call]",
                "enter Name b [Module, Assign, Call]",
                "leave Name b [Module, Assign, Call]",
                "enter Attribute [Module, Assign, Call]",
                "enter Name c [Module, Assign, Call, Attribute]",
                "leave Name c [Module, Assign, Call, Attribute]",
                "leave Attribute [Module, Assign, Call]",
                "leave Call [Module, Assign]",
                "leave Assign [Module]",
                "leave Module []");
    }

    @Test
    void treeWalkerCanSkipChildrenAndAncestorsAreReadOnly() {
        List<String> events = new ArrayList<>();
        new TreeWalker() {
            @Override
            protected void enter(Node node, List<Node> ancestors) {
                assertThatThrownBy(() -> ancestors.add(node)).isInstanceOf(UnsupportedOperationException.class);
                events.add("enter " + TestTrees.label(node));
                if (node instanceof Expr.Call) {
                    skipChildren();
                }
            }

            @Override
            protected void leave(Node node, List<Node> ancestors) {
                events.add("leave " + TestTrees.label(node));
            }
        }.walk(assignCall());

        assertThat(events).containsExactly("enter Module", "enter Assign", "enter Name a", "leave Name a",
                "enter Call", "leave Call", "leave Assign", "leave Module");
    }

    @Test
    void twentyThousandNestedUnaryOpsOnASmallStack() throws InterruptedException {
        int depth = 20_000;
        Mod.Module module = TestTrees.unaryChain(depth);
        List<Expr.UnaryOp> found = new ArrayList<>();
        long[] walked = new long[1];
        int[] deepest = new int[1];
        int[] entered = new int[2];

        TestTrees.onSmallStack(() -> {
            found.addAll(Nodes.findAll(module, Expr.UnaryOp.class));
            walked[0] = Nodes.walk(module).count();
            new TreeWalker() {
                @Override
                protected void enter(Node node, List<Node> ancestors) {
                    entered[0]++;
                    deepest[0] = Math.max(deepest[0], ancestors.size());
                }

                @Override
                protected void leave(Node node, List<Node> ancestors) {
                    entered[1]++;
                }
            }.walk(module);
        });

        assertThat(found).hasSize(depth);
        assertThat(found.get(0).span().column()).isZero();
        assertThat(found.get(depth - 1).span().column()).isEqualTo(depth - 1);
        assertThat(walked[0]).isEqualTo(depth + 3);
        assertThat(entered).containsExactly(depth + 3, depth + 3);
        assertThat(deepest[0]).isEqualTo(depth + 2);
    }

    private static List<String> labels(List<Node> nodes) {
        return nodes.stream().map(TestTrees::label).toList();
    }
}
