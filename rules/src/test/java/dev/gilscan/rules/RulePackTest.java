package dev.gilscan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.engine.Engine;
import dev.gilscan.analyzer.files.PackageLayout;
import dev.gilscan.analyzer.files.ProjectLoader;
import dev.gilscan.analyzer.rule.Check;
import dev.gilscan.analyzer.rule.Finding;
import dev.gilscan.analyzer.rule.Precision;
import dev.gilscan.analyzer.rule.Rule;
import dev.gilscan.analyzer.rule.RulePack;
import dev.gilscan.analyzer.rule.Severity;
import dev.gilscan.analyzer.rule.Subscriptions;
import dev.gilscan.analyzer.rule.TargetVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Third-party rule packs, rule selection, and checking an editor's unsaved buffer. */
class RulePackTest {

    /** A rule pack found through META-INF/services in the test class path. */
    public static final class TestPack implements RulePack {
        @Override
        public List<Check> rules() {
            return List.of(new PrintCall());
        }
    }

    /** Flags every call of print: enough to see a pack's rule run. */
    @Rule(id = "GIL900", name = "print-call", severity = Severity.NOTE,
            summary = "Call of print", tags = {"test"},
            precision = Precision.HIGH, since = "0.1.0")
    public static final class PrintCall implements Check {
        @Override
        public void subscribe(Subscriptions on) {
            on.node(Expr.Call.class, (call, context) -> {
                if (call.func() instanceof Expr.Name n && n.id().equals("print")) {
                    context.report(call, "print called");
                }
            });
        }
    }

    @Test
    void packsAreLoadedBesideTheBuiltinRules() {
        List<String> ids = RuleRegistry.all().stream().map(c -> c.descriptor().id()).toList();
        assertThat(ids).contains("GIL201", "GIL202", "GIL900").isSorted();
    }

    @Test
    void selectAndIgnoreTakePrefixesAndRejectUnknownOnes() {
        List<Check> all = RuleRegistry.all();
        assertThat(RuleSelection.apply(all,
                        new RuleSelection(List.of("GIL2"), List.of(), List.of("GIL202"))))
                .extracting(c -> c.descriptor().id()).containsExactly("GIL201", "GIL203", "GIL204");
        assertThat(RuleSelection.apply(all, new RuleSelection(List.of("GIL9"), List.of(),
                List.of()))).extracting(c -> c.descriptor().id()).containsExactly("GIL900");
        assertThatThrownBy(() -> RuleSelection.apply(all,
                new RuleSelection(List.of("GIL7"), List.of(), List.of())))
                .hasMessageContaining("GIL7");
    }

    @Test
    void aBufferIsCheckedInsteadOfTheFileOnDisk(@TempDir Path root) throws Exception {
        Path file = root.resolve("app.py");
        Files.writeString(file, "x = 1\n");
        ProjectLoader.Loaded loaded = ProjectLoader.load(List.of(file), 14,
                Map.of(file, "print(1)\nprint(2)  # noqa: GIL900\n"), new PackageLayout());
        List<Finding> findings = new Engine(List.of(new PrintCall()))
                .run(loaded.project(), TargetVersion.DEFAULT).findings();
        assertThat(findings).extracting(f -> f.location().span().line()).containsExactly(1, 2);
        assertThat(findings.get(0).suppression()).isNull();
        assertThat(findings.get(1).suppression()).isEqualTo("# noqa: GIL900");
    }
}
