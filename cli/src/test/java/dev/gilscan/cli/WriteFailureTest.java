package dev.gilscan.cli;

import static dev.gilscan.cli.Cli.POOL_AT_IMPORT;
import static dev.gilscan.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report that cannot be written is an error: exit code 2 and one line on standard error that
 * says why, never a silent success and never a stack trace.
 */
class WriteFailureTest {
    private static final Path DEV_FULL = Path.of("/dev/full");

    @TempDir
    Path root;

    /** A stream that fails like a full disk. */
    private static final class FullDisk extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("No space left on device");
        }
    }

    @Test
    void aFailedWriteToStandardOutputExitsTwoWithTheReason() {
        write(root, "app.py", POOL_AT_IMPORT);
        StringWriter err = new StringWriter();

        int exit = Main.run(new String[] {"check", root.toString()},
                new CheckedPrintWriter(new FullDisk()), new PrintWriter(err, true));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString())
                .isEqualTo("gilscan: cannot write the report: No space left on device\n");
    }

    @Test
    void aCleanReportThatCannotBeWrittenIsAnErrorToo() {
        write(root, "app.py", "x = 1\n");
        StringWriter err = new StringWriter();

        int exit = Main.run(new String[] {"check", "--output-format", "json", root.toString()},
                new CheckedPrintWriter(new FullDisk()), new PrintWriter(err, true));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).hasLineCount(1)
                .startsWith("gilscan: cannot write the report: ");
    }

    @Test
    void otherCommandsCheckTheirOutputToo() {
        Path file = write(root, "app.py", "x = 1\n");
        StringWriter err = new StringWriter();

        int exit = Main.run(new String[] {"ast", file.toString()},
                new CheckedPrintWriter(new FullDisk()), new PrintWriter(err, true));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString())
                .isEqualTo("gilscan: cannot write the report: No space left on device\n");
    }

    @Test
    void standardOutputOnAFullDeviceExitsTwo() throws IOException, InterruptedException {
        assertThat(DEV_FULL).as("this test needs /dev/full").exists();
        write(root, "app.py", POOL_AT_IMPORT);

        Run run = inProcess(DEV_FULL, "check", root.toString());

        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err).isEqualTo("gilscan: cannot write the report: "
                + "No space left on device\n");
    }

    @Test
    void anOutputFileOnAFullDeviceExitsTwo() throws IOException, InterruptedException {
        assertThat(DEV_FULL).as("this test needs /dev/full").exists();
        write(root, "app.py", POOL_AT_IMPORT);
        Path out = root.resolve("out.txt");

        Run run = inProcess(out, "check", "--output", DEV_FULL.toString(), root.toString());

        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err).isEqualTo("gilscan: cannot write /dev/full: "
                + "No space left on device\n");
        assertThat(Files.readString(out)).isEmpty();
    }

    @Test
    void anOutputFileInAReadOnlyPlaceNamesTheReasonNotJustTheFile() {
        write(root, "app.py", POOL_AT_IMPORT);
        Path folder = root.resolve("app.py");

        Cli.Result result = Cli.run("check", "--output", folder.resolve("report.txt"), root);

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("gilscan: cannot write "
                + folder.resolve("report.txt") + ": Not a directory\n");
    }

    private record Run(int exit, String err) {}

    /** Runs {@link Main#main} in a new JVM with its standard output sent to {@code stdout}. */
    private static Run inProcess(Path stdout, String... args)
            throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                .redirectInput(new File("/dev/null"));
        builder.environment().remove("GILSCAN_DEBUG");
        Process process = builder.start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), err);
    }
}
