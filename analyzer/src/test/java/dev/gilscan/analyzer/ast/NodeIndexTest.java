package dev.gilscan.analyzer.ast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gilscan.analyzer.parser.SourceParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link NodeIndex} and {@link NodeMap} key nodes by identity, as an IdentityHashMap would. */
class NodeIndexTest {
    private static Mod.Module parse(String source) throws Exception {
        return SourceParser.parseText("t.py", source, 13).module();
    }

    @Test
    void equalNodesAtDifferentPlacesAreDifferentKeys() {
        Span span = Span.ascii(1, 0, 1, 1);
        Expr.Name first = new Expr.Name("x", ExprContext.Load, span);
        Expr.Name second = new Expr.Name("x", ExprContext.Load, span);
        assertThat(first).isEqualTo(second);
        NodeIndex index = new NodeIndex();
        int a = index.add(first);
        int b = index.add(second);
        assertThat(a).isNotEqualTo(b);
        assertThat(index.add(first)).isEqualTo(a);
        NodeMap<String> map = new NodeMap<>(index);
        map.put(first, "first");
        map.put(second, "second");
        assertThat(map.get(first)).isEqualTo("first");
        assertThat(map.get(second)).isEqualTo("second");
    }

    @Test
    void everyNodeOfATreeIsFoundAfterTrimming() throws Exception {
        StringBuilder source = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            source.append("def f").append(i).append("(a, b=").append(i).append("):\n")
                    .append("    return [a + b for _ in range(b)]\n");
        }
        Mod.Module tree = parse(source.toString());
        NodeIndex index = NodeIndex.of(tree);
        List<Node> walked = new ArrayList<>();
        new TreeWalker() {
            @Override
            protected void enter(Node node, List<Node> ancestors) {
                walked.add(node);
            }
        }.walk(tree);
        assertThat(index.size()).isEqualTo(walked.size());
        NodeMap<Integer> positions = new NodeMap<>(index);
        for (int i = 0; i < walked.size(); i++) {
            assertThat(index.id(walked.get(i))).isEqualTo(i);
            assertThat(index.node(i)).isSameAs(walked.get(i));
            positions.put(walked.get(i), i);
        }
        positions.trim();
        for (int i = 0; i < walked.size(); i++) {
            assertThat(positions.get(walked.get(i))).isEqualTo(i);
        }
    }

    @Test
    void aNodeOutsideTheIndexIsKeptAside() throws Exception {
        Mod.Module tree = parse("x = 1\n");
        NodeIndex index = NodeIndex.of(tree);
        Expr.Name stranger = new Expr.Name("y", ExprContext.Load, Span.ascii(9, 0, 9, 1));
        assertThat(index.id(stranger)).isEqualTo(-1);
        NodeMap<String> map = new NodeMap<>(index);
        assertThat(map.get(stranger)).isNull();
        map.put(stranger, "aside");
        map.put(tree, "module");
        assertThat(map.get(stranger)).isEqualTo("aside");
        assertThat(map.get(tree)).isEqualTo("module");
        assertThat(map.get(tree.body().get(0))).isNull();
    }

    /**
     * Every enter and leave of a walk, with the depth of its ancestors and whether the walker
     * skipped the node's children (it skips every lambda and every class named {@code Skip}).
     */
    private static List<String> events(Node root, NodeIndex index) {
        List<String> out = new ArrayList<>();
        TreeWalker walker = new TreeWalker() {
            @Override
            protected void enter(Node node, List<Node> ancestors) {
                out.add("enter " + TestTrees.label(node) + " " + ancestors.size() + " "
                        + (ancestors.isEmpty() ? "-" : TestTrees.label(
                                ancestors.get(ancestors.size() - 1))));
                if (node instanceof Expr.Lambda
                        || node instanceof Stmt.ClassDef c && c.name().equals("Skip")) {
                    skipChildren();
                }
            }

            @Override
            protected void leave(Node node, List<Node> ancestors) {
                out.add("leave " + TestTrees.label(node) + " " + ancestors.size());
            }
        };
        if (index == null) {
            walker.walk(root);
        } else {
            walker.walk(root, index);
        }
        return out;
    }

    private static final String NESTED = """
            import os
            class Skip:
                def hidden(self): return 1
            def outer(a, *, b=lambda q: q + 1):
                @deco(a)
                def inner(x: int = 2) -> int:
                    return [y for y in x if y] or {k: v for k, v in x}
                match a:
                    case [1, *rest] if rest:
                        pass
                    case {"k": v, **kw}:
                        f(v)(kw)[0].attr += 1
                try:
                    with open(a) as f, g() as h:
                        yield from inner(f"{a!r:>{b}}")
                except* (ValueError, TypeError) as e:
                    raise
                return inner
            """;

    @Test
    void aWalkThroughTheIndexIsTheWalkOfTheTree() throws Exception {
        Mod.Module tree = parse(NESTED);
        NodeIndex index = NodeIndex.of(tree);
        List<Node> all = Nodes.findAll(tree, Node.class);
        assertThat(all).hasSize(index.size());
        for (Node root : all) {
            assertThat(events(root, index)).as("walk from %s", TestTrees.label(root))
                    .isEqualTo(events(root, null));
            assertThat(Nodes.findAll(root, Expr.class, index))
                    .isEqualTo(Nodes.findAll(root, Expr.class));
        }
        assertThat(events(tree, index)).contains("enter ClassDef 1 Module", "leave ClassDef 1",
                "enter Lambda 3 arguments").doesNotContain("enter FunctionDef 2 ClassDef");
    }

    @Test
    void aWalkOutsideTheIndexOrOfAnIndexWithoutSubtreesWalksTheTree() throws Exception {
        Mod.Module tree = parse(NESTED);
        Mod.Module other = parse("def f():\n    return g(1)\n");
        NodeIndex index = NodeIndex.of(tree);
        assertThat(events(other, index)).isEqualTo(events(other, null)).isNotEmpty();
        NodeIndex unclosed = new NodeIndex();
        for (Node node : Nodes.findAll(tree, Node.class)) {
            unclosed.add(node);
        }
        assertThat(unclosed.end(0)).isEqualTo(-1);
        assertThat(events(tree, unclosed)).isEqualTo(events(tree, null));
        assertThat(Nodes.findAll(tree, Expr.Call.class, unclosed))
                .isEqualTo(Nodes.findAll(tree, Expr.Call.class));
    }

    @Test
    void aNodeAddedTwiceLeavesTheIndexWithoutSubtrees() throws Exception {
        Mod.Module tree = parse("x = f(1)\n");
        NodeIndex index = NodeIndex.of(tree);
        assertThat(index.end(0)).isEqualTo(index.size());
        index.add(tree.body().get(0));
        assertThat(index.end(0)).isEqualTo(-1);
        assertThat(events(tree, index)).isEqualTo(events(tree, null));
    }
}
