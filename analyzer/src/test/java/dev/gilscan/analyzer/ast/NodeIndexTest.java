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
}
