package dev.gilscan.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import com.contrastsecurity.sarif.Message;
import com.fasterxml.jackson.databind.JsonNode;
import dev.gilscan.analyzer.rule.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links from a message to the related locations it names, in its own file and in others. */
class MessageMarkupTest {
    @TempDir
    Path root;

    private static final Path HERE = Path.of("/project/pkg/buffer.py");
    private static final Path SINK = Path.of("/project/pkg/sink.py");
    private static final Path WORKER = Path.of("/project/jobs/worker.py");

    private static MessageMarkup.Target at(Path file, int line, int id) {
        return new MessageMarkup.Target(file, line, id);
    }

    private static Message of(String message, MessageMarkup.Target... targets) {
        return MessageMarkup.of(message, HERE, List.of(targets));
    }

    @Test
    void aPathAndLineInACodeSpanLinksTheRelatedLocationInThatFile() {
        var message = of("Takes `Buffer._lock` while holding `Sink._lock` (taken at"
                + " `pkg/sink.py:16`), and `buffer.py:12` takes it", at(HERE, 16, 1),
                at(SINK, 16, 2), at(HERE, 12, 3));

        assertThat(message.getMarkdown()).isEqualTo("Takes `Buffer._lock` while holding"
                + " `Sink._lock` (taken at [`pkg/sink.py:16`](2)), and [`buffer.py:12`](3)"
                + " takes it");
        assertThat(message.getText()).isEqualTo(message.getMarkdown());
    }

    @Test
    void aFileNameAloneMatchesOnlyAWholePathComponent() {
        var message = of("taken at `ink.py:16`", at(SINK, 16, 1));

        assertThat(message.getMarkdown()).isEqualTo("taken at `ink.py:16`");
    }

    @Test
    void aPathAndLineInProseLinksToo() {
        var message = of("started at pkg/sink.py:16, see line 16", at(SINK, 16, 1),
                at(HERE, 16, 2));

        assertThat(message.getMarkdown()).isEqualTo("started at [pkg/sink.py:16](1), see"
                + " [line 16](2)");
    }

    @Test
    void aLineOfAnotherFileLinksThereAndNeverToTheSameLineHere() {
        var message = of("`run` is started on line 12 of `worker.py`, and line 12 reads it",
                at(HERE, 12, 1), at(WORKER, 12, 2));

        assertThat(message.getMarkdown()).isEqualTo("`run` is started on [line 12](2) of"
                + " `worker.py`, and [line 12](1) reads it");
    }

    @Test
    void aLineOfAnotherFileWithoutARelatedLocationThereStaysPlain() {
        var message = of("the loop at line 9 of helpers.py", at(HERE, 9, 1));

        assertThat(message.getText()).isEqualTo("the loop at line 9 of helpers.py");
        assertThat(message.getMarkdown()).isEqualTo("the loop at line 9 of helpers.py");
    }

    @Test
    void aFileInCodeFollowedByItsLineLinksTheLine() {
        var message = of("`worker.py` line 12 and `sink.py` on line 16 write it",
                at(SINK, 16, 1), at(WORKER, 12, 2));

        assertThat(message.getMarkdown()).isEqualTo("`worker.py` [line 12](2) and `sink.py` on"
                + " [line 16](1) write it");
    }

    @Test
    void aPlainLineNeverLinksARelatedLocationInAnotherFile() {
        var message = of("acts on line 16", at(SINK, 16, 1));

        assertThat(message.getMarkdown()).isEqualTo("acts on line 16");
        assertThat(message.getText()).isEqualTo("acts on line 16");
    }

    @Test
    void aNamedPlaceInsideALongerCodeSpanIsNotLinked() {
        var message = of("`open('sink.py:16')` and `x = 1 # line 16`", at(SINK, 16, 1),
                at(HERE, 16, 2));

        assertThat(message.getMarkdown()).isEqualTo("`open('sink.py:16')` and"
                + " `x = 1 # line 16`");
    }

    @Test
    void eachRelatedLocationIsLinkedOnce() {
        var message = of("`sink.py:16` then `sink.py:16` again, and `d[k]` at line 3",
                at(SINK, 16, 1), at(HERE, 3, 2));

        assertThat(message.getMarkdown()).isEqualTo("[`sink.py:16`](1) then `sink.py:16` again,"
                + " and `d[k]` at [line 3](2)");
        assertThat(message.getText()).isEqualTo("[`sink.py:16`](1) then `sink.py:16` again,"
                + " and `d\\[k\\]` at [line 3](2)");
    }

    @Test
    void aReportLinksTheRelatedLocationInAnotherFileThatItsMessageNames() throws IOException {
        Path a = root.resolve("pkg/a.py");
        Path b = root.resolve("pkg/b.py");
        String aText = "import threading\nA = threading.Lock()\nwith A:\n    pass\n";
        String bText = "import threading\nB = threading.Lock()\nwith B:\n    pass\n";
        Samples.write(a, aText);
        Samples.write(b, bText);
        Finding finding = Samples.finding(Samples.UNLOCKED_COUNTER, "Takes `A` (line 3) while"
                        + " `pkg/b.py:3` holds `B`", Samples.at(a, aText, 3, "A"),
                List.of(new Finding.Related(Samples.at(b, bText, 3, "B"), "takes `B` here"),
                        new Finding.Related(Samples.at(a, aText, 3, "A"), "takes `A` here")),
                List.of(), null, null);

        String json = SarifReport.builder(Samples.TOOL, root).rules(Samples.RULES, id -> null)
                .findings(List.of(finding)).toJson();

        JsonNode result = SarifJson.MAPPER.readTree(json).at("/runs/0/results/0");
        assertThat(result.at("/message/markdown").asText()).isEqualTo("Takes `A` ([line 3](2))"
                + " while [`pkg/b.py:3`](1) holds `B`");
        assertThat(result.at("/relatedLocations/0/physicalLocation/artifactLocation/uri")
                .asText()).isEqualTo("pkg/b.py");
    }
}
