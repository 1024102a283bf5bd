package dev.gilscan.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server as its own process, spoken to over its standard input and output. */
class ServerProcessTest {
    @TempDir
    Path root;

    private Process start() throws Exception {
        String classPath = System.getProperty("surefire.test.class.path",
                System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-cp", classPath,
                ServerMain.class.getName())
                .redirectError(root.resolve("stderr.txt").toFile())
                .start();
    }

    private static Editor connect(Process process) {
        CompletableFuture<Integer> code = process.onExit().thenApply(Process::exitValue);
        return new Editor(process.getInputStream(), process.getOutputStream(), code);
    }

    @Test
    void servesOverStandardInputAndOutputAndSurvivesMalformedMessages() throws Exception {
        Process process = start();
        try {
            OutputStream stdin = process.getOutputStream();
            // Not JSON, then no Content-Length: both are dropped and the server reads on.
            stdin.write(frame("{this is not json"));
            stdin.write("Content-Type: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            stdin.flush();
            try (Editor editor = connect(process)) {
                editor.initialize(root, new JsonObject());
                Path file = root.resolve("app.py");
                editor.open(file, "from multiprocessing import Pool\n\np = Pool(2)\n");

                List<Diagnostic> diagnostics = editor.diagnostics(file);

                assertThat(diagnostics).singleElement().satisfies(d ->
                        assertThat(d.getCode().getLeft()).isEqualTo("GIL201"));
                assertThat(editor.shutdownAndExit()).isZero();
                assertThat(process.waitFor(Editor.HANG_GUARD.toSeconds(), TimeUnit.SECONDS))
                        .isTrue();
            }
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void exitWithoutShutdownEndsTheProcessWithCodeOne() throws Exception {
        Process process = start();
        try (Editor editor = connect(process)) {
            editor.initialize(root, new JsonObject());
            editor.server.exit();

            assertThat(Editor.await(editor.exitCode)).isEqualTo(1);
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void closingStandardInputEndsTheProcess() throws Exception {
        Process process = start();
        try {
            process.getOutputStream().close();

            assertThat(process.waitFor(Editor.HANG_GUARD.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isEqualTo(1);
        } finally {
            process.destroyForcibly();
        }
    }

    private static byte[] frame(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return ("Content-Length: " + bytes.length + "\r\n\r\n" + body)
                .getBytes(StandardCharsets.UTF_8);
    }

}
