package dev.gilscan.cli;

import static dev.gilscan.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gilscan.analyzer.rule.Check;
import dev.gilscan.rules.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code gilscan rule}: the rules' docs pages from {@code docs/rules}, as bundled in the jar. */
class RuleCommandTest {
    private static String page(String id) throws IOException {
        return Files.readString(Cli.fixtures().resolveSibling("docs/rules").resolve(id + ".md"));
    }

    @Test
    void printsTheRulesDocsPage() throws IOException {
        Cli.Result result = run("rule", "GIL101");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEqualTo(page("GIL101")).startsWith("# GIL101: ");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void theIdIsCaseInsensitive() throws IOException {
        assertThat(run("rule", "gil304").out()).isEqualTo(page("GIL304"));
    }

    @Test
    void allPrintsEveryPageInIdOrderSeparatedByABlankLine() throws IOException {
        Cli.Result result = run("rule", "--all");

        StringBuilder expected = new StringBuilder();
        for (Check rule : Cli.RULES) {
            expected.append(expected.isEmpty() ? "" : "\n").append(page(rule.descriptor().id()));
        }
        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEqualTo(expected.toString());
        assertThat(result.out().lines().filter(l -> l.startsWith("# GIL")).count())
                .isEqualTo(Cli.RULES.size());
    }

    @Test
    void jsonHasTheMetadataAndThePage() throws IOException {
        JsonNode one = run("rule", "--output-format", "json", "GIL201").json();
        JsonNode all = run("rule", "--all", "--output-format", "json").json();

        assertThat(one.get("code").asText()).isEqualTo("GIL201");
        assertThat(one.get("name").asText()).isEqualTo("process-start-without-main-guard");
        assertThat(one.get("severity").asText()).isEqualTo("error");
        assertThat(one.get("explanation").asText()).isEqualTo(page("GIL201"));
        assertThat(all.isArray()).isTrue();
        assertThat(all.findValuesAsText("code")).isEqualTo(
                Cli.RULES.stream().map(c -> c.descriptor().id()).toList());
    }

    @Test
    void anUnknownRuleIsAnErrorListingTheKnownOnes() {
        Cli.Result result = run("rule", "GIL999");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("gilscan: unknown rule `GIL999` (known rules: "
                + String.join(", ", Cli.RULES.stream().map(c -> c.descriptor().id())
                        .toList()) + ")\n");
    }

    @Test
    void aRuleOrAllIsRequiredButNotBoth() {
        for (List<String> args : List.of(List.of("rule"), List.of("rule", "--all", "GIL101"))) {
            Cli.Result result = run(args.toArray());

            assertThat(result.exit()).as("%s", args).isEqualTo(2);
            assertThat(result.err()).as("%s", args).startsWith("gilscan: ")
                    .contains("Try 'gilscan rule --help'.");
        }
    }

    @Test
    void theJarCarriesEveryPageOfTheDocsFolder() throws IOException {
        try (var pages = Files.list(Cli.fixtures().resolveSibling("docs/rules"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).toList()) {
                String id = page.getFileName().toString().replace(".md", "");
                assertThat(RuleRegistry.docs(id)).as(id).isEqualTo(Files.readString(page));
            }
        }
    }
}
