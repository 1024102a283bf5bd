package dev.gilscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The progress line: only on a terminal, only after a delay, and cleared at the end. */
class ProgressTest {
    @Test
    void notShownWhenStandardErrorIsNotATerminal() throws InterruptedException {
        StringWriter err = new StringWriter();

        Progress progress = Progress.start(new PrintWriter(err), 12, false, 0);
        Thread.sleep(100);
        progress.stop();

        assertThat(err.toString()).isEmpty();
    }

    @Test
    void notShownForAScanQuickerThanTheDelay() {
        StringWriter err = new StringWriter();

        Progress.start(new PrintWriter(err), 12, true, 60_000).stop();

        assertThat(err.toString()).isEmpty();
    }

    @Test
    void shownOnATerminalAfterTheDelayAndClearedAtTheEnd() throws InterruptedException {
        StringWriter err = new StringWriter();

        Progress progress = Progress.start(new PrintWriter(err), 12, true, 0);
        Thread.sleep(200);
        progress.stop();

        assertThat(err.toString()).startsWith("\rgilscan: checking 12 files... 0 s")
                .endsWith("\r\033[K");
    }

    @Test
    void inProcessRunsShowNoProgress() {
        Cli.Result result = Cli.run("check", Cli.fixtures().resolve("rules"));

        assertThat(result.err()).doesNotContain("checking");
    }
}
