package dev.gilscan.cli;

import static dev.gilscan.cli.Cli.LAMBDA_TO_POOL;
import static dev.gilscan.cli.Cli.POOL_AT_IMPORT;
import static dev.gilscan.cli.Cli.run;
import static dev.gilscan.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code gitlab}, {@code junit} and {@code json-lines}, read back as their consumers do. */
class CiFormatsTest {
    @TempDir
    Path root;

    @BeforeEach
    void repository() throws Exception {
        Files.createDirectory(root.resolve(".git"));
        write(root, "src/a.py", POOL_AT_IMPORT);
        write(root, "src/b.py", LAMBDA_TO_POOL + POOL_AT_IMPORT);
    }

    @Test
    void gitlabHasTheFieldsCodeQualityRequires() {
        Cli.Result result = run("check", "--output-format", "gitlab", root.resolve("src"));
        JsonNode sarif = run("check", "--output-format", "sarif", root.resolve("src")).json();

        assertThat(result.exit()).isEqualTo(1);
        JsonNode issues = result.json();
        assertThat(issues.isArray()).isTrue();
        assertThat(issues.size()).isEqualTo(3);
        List<String> fingerprints = new ArrayList<>();
        for (JsonNode issue : issues) {
            assertThat(issue.get("description").asText()).startsWith(
                    issue.get("check_name").asText() + ": ");
            assertThat(issue.get("severity").asText()).isEqualTo("major");
            assertThat(issue.at("/location/path").asText()).matches("src/[ab]\\.py");
            assertThat(issue.at("/location/lines/begin").isInt()).isTrue();
            fingerprints.add(issue.get("fingerprint").asText());
        }
        assertThat(fingerprints).doesNotHaveDuplicates()
                .containsExactlyElementsOf(sarif.at("/runs/0/results")
                        .findValuesAsText("gilscan/v1"));
        assertThat(issues.get(0).at("/location/path").asText()).isEqualTo("src/a.py");
        assertThat(issues.get(0).at("/location/lines/begin").asInt()).isEqualTo(2);
        assertThat(issues.get(0).get("check_name").asText()).isEqualTo("GIL201");
    }

    @Test
    void gitlabWithoutFindingsIsAnEmptyArray() {
        Path clean = write(root, "clean/c.py", "x = 1\n");

        Cli.Result result = run("check", "--output-format", "gitlab", clean);

        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEqualTo("[]\n");
    }

    @Test
    void junitIsASuitePerFileWithAFailurePerFinding() throws Exception {
        Cli.Result result = run("check", "--output-format", "junit", root.resolve("src"));

        Document xml = parse(result.out());
        Element suites = xml.getDocumentElement();
        assertThat(suites.getTagName()).isEqualTo("testsuites");
        assertThat(suites.getAttribute("tests")).isEqualTo("3");
        assertThat(suites.getAttribute("failures")).isEqualTo("3");
        NodeList suite = xml.getElementsByTagName("testsuite");
        assertThat(suite.getLength()).isEqualTo(2);
        assertThat(((Element) suite.item(0)).getAttribute("name"))
                .isEqualTo(root.resolve("src/a.py").toString());
        NodeList cases = xml.getElementsByTagName("testcase");
        Element first = (Element) cases.item(0);
        assertThat(first.getAttribute("name")).isEqualTo("gilscan.GIL201");
        assertThat(first.getAttribute("line")).isEqualTo("2");
        Element failure = (Element) first.getElementsByTagName("failure").item(0);
        JsonNode json = run("check", "--output-format", "json", root.resolve("src")).json();
        assertThat(failure.getAttribute("message")).isEqualTo(json.get(0).get("message").asText())
                .contains("\"__main__\"");
        assertThat(failure.getTextContent()).startsWith("line 2, col 1: GIL201 [");
    }

    @Test
    void junitWithoutFindingsHasOnePassingCase() throws Exception {
        Path clean = write(root, "clean/c.py", "x = 1\n");

        Document xml = parse(run("check", "--output-format", "junit", clean).out());

        assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("0");
        assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(1);
        assertThat(xml.getElementsByTagName("failure").getLength()).isZero();
    }

    @Test
    void jsonLinesHasTheJsonObjectsOnePerLine() throws Exception {
        Cli.Result lines = run("check", "--output-format", "json-lines", root.resolve("src"));
        JsonNode array = run("check", "--output-format", "json", root.resolve("src")).json();

        List<String> out = lines.out().lines().toList();
        assertThat(out).hasSize(array.size());
        for (int i = 0; i < out.size(); i++) {
            assertThat(Cli.JSON.readTree(out.get(i))).isEqualTo(array.get(i));
        }
        assertThat(lines.exit()).isEqualTo(1);
    }

    @Test
    void statisticsAreNotForTheseFormats() {
        Cli.Result result = run("check", "--statistics", "--output-format", "junit", root);

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).isEqualTo(
                "gilscan: --statistics works with the full, concise and json formats\n");
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
