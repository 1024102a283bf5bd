package dev.gilscan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gilscan.analyzer.rule.Check;
import dev.gilscan.analyzer.rule.Rule;
import dev.gilscan.analyzer.rule.RuleDescriptor;
import dev.gilscan.testing.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The registry, the rules' metadata, their docs pages and their fixtures agree. */
class RuleRegistryTest {
    private static final List<String> DOC_SECTIONS = List.of("## What it does",
            "## Why is this bad?", "## Example", "## Use instead", "## Fix",
            "## When it may be wrong", "## References");

    /** Every class in the rules jar that carries @Rule. */
    private static List<Class<?>> annotatedRuleClasses() throws Exception {
        Path classes = Path.of(BuiltinRules.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(classes)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(p).toString().replace('/', '.')
                        .replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name);
                if (c.isAnnotationPresent(Rule.class)) {
                    found.add(c);
                }
            }
        }
        return found;
    }

    @Test
    void everyRuleClassIsRegisteredOnceAndTheListIsSortedById() throws Exception {
        List<Class<?>> registered = BuiltinRules.all().stream().<Class<?>>map(Object::getClass)
                .toList();
        assertThat(registered).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(annotatedRuleClasses());
        List<String> ids = BuiltinRules.all().stream().map(c -> c.descriptor().id()).toList();
        assertThat(ids).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void metadataFollowsTheConventions() {
        for (Check check : BuiltinRules.all()) {
            RuleDescriptor d = check.descriptor();
            assertThat(d.id()).as("id").matches("GIL\\d{3}");
            assertThat(d.name()).as(d.id() + " name").matches("[a-z]+(-[a-z0-9]+)+");
            assertThat(d.summary()).as(d.id() + " summary").isNotBlank().doesNotEndWith(".");
            assertThat(d.since()).as(d.id() + " since").matches("\\d+\\.\\d+\\.\\d+");
            assertThat(d.tags()).as(d.id() + " tags").isNotEmpty();
        }
    }

    @Test
    void everyRuleHasADocsPageWithEverySectionAndItShipsInTheJar() throws IOException {
        Path docs = Fixtures.root().getParent().resolve("docs/rules");
        for (Check check : BuiltinRules.all()) {
            String id = check.descriptor().id();
            String page = Files.readString(docs.resolve(id + ".md"), StandardCharsets.UTF_8);
            assertThat(page).as(id + " title").startsWith("# " + id + ": "
                    + check.descriptor().name() + "\n");
            int last = -1;
            for (String section : DOC_SECTIONS) {
                int at = page.indexOf("\n" + section + "\n");
                assertThat(at).as(id + " has section " + section + " in order").isGreaterThan(last);
                last = at;
            }
            try (InputStream in = BuiltinRules.class.getResourceAsStream("docs/" + id + ".md")) {
                assertThat(in).as(id + " docs in the jar").isNotNull();
            }
        }
    }

    @Test
    void docsCiSaysEachRulesPrecisionAndWhy() throws IOException {
        String ci = Files.readString(Fixtures.root().getParent().resolve("docs/ci.md"),
                StandardCharsets.UTF_8);
        for (Check check : BuiltinRules.all()) {
            RuleDescriptor d = check.descriptor();
            assertThat(ci).as(d.id() + " in the precision table of docs/ci.md").containsPattern(
                    "\\n\\| " + d.id() + " " + d.name() + " \\| " + d.precision().label()
                            + " \\| [^|\\n]{20,} \\|\\n");
        }
    }

    @Test
    void everyRuleHasFixtures() throws IOException {
        for (Check check : BuiltinRules.all()) {
            assertThat(Fixtures.of(check.descriptor().id())).isNotEmpty();
        }
    }
}
