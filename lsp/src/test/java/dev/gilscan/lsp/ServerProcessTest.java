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
import org.eclipse.lsp4j.MessageParams;
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
    void servesOverStandardInputAndOutputAndGetsBackInStepAfterBadMessages() throws Exception {
        // The length counted in characters, not bytes: the server reads 40 bytes too few, and
        // the header in the text is among those left over.
        String cutShort = """
                {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":\
                {"uri":"file:///prices.py","languageId":"python","version":1,\
                "text":"print('%s')  # Content-Length: 5\\n"}}}""".formatted("\u20ac".repeat(20));
        assertThat(cutShort.getBytes(StandardCharsets.UTF_8).length - cutShort.length())
                .isEqualTo(40);
        Process process = start();
        try {
            OutputStream stdin = process.getOutputStream();
            // A length that is not a number, a body that is not JSON, no Content-Length, a body
            // cut short: each is dropped and the server reads on, here at the editor's first
            // message, which follows the rest of the body cut short directly.
            stdin.write(("Content-Length: abc\r\n\r\n"
                    + "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}")
                    .getBytes(StandardCharsets.UTF_8));
            stdin.write(frame("{this is not json"));
            stdin.write("Content-Type: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            stdin.write(("Content-Length: " + cutShort.length() + "\r\n\r\n" + cutShort)
                    .getBytes(StandardCharsets.UTF_8));
            stdin.flush();
            try (Editor editor = connect(process)) {
                editor.initialize(root, new JsonObject());
                Path file = root.resolve("app.py");
                editor.open(file, "from multiprocessing import Pool\n\np = Pool(2)\n");

                List<Diagnostic> diagnostics = editor.diagnostics(file);

                assertThat(diagnostics).singleElement().satisfies(d ->
                        assertThat(d.getCode().getLeft()).isEqualTo("GIL201"));
                assertThat(editor.messages).extracting(MessageParams::getMessage)
                        .anySatisfy(m -> assertThat(m).contains("Content-Length: abc"))
                        .anySatisfy(m -> assertThat(m).contains("a message of 17 bytes"))
                        .anySatisfy(m -> assertThat(m).contains("a message of "
                                + cutShort.length() + " bytes that is not a JSON-RPC message"));
                assertThat(editor.shutdownAndExit()).isZero();
                assertThat(process.waitFor(Editor.HANG_GUARD.toSeconds(), TimeUnit.SECONDS))
                        .isTrue();
            }
        } finally {
            process.destroyForcibly();
        }
    }

    /**
     * Only that the process ends: that the server does not wait for the thread reading standard
     * input, which kept the process past the 2 s after exit that vscode-languageclient gives
     * it, is checked without a clock by
     * {@link LanguageServerTest#exitDoesNotWaitForAReaderThatCannotBeStopped}.
     */
    @Test
    void exitEndsTheProcessThoughStandardInputStaysOpen() throws Exception {
        Process process = start();
        try (Editor editor = connect(process)) {
            editor.initialize(root, new JsonObject());
            Editor.await(editor.server.shutdown());

            editor.server.exit();

            assertThat(Editor.await(editor.exitCode)).isZero();
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
