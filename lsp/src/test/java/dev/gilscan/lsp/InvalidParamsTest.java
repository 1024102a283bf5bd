package dev.gilscan.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Requests whose params are missing or malformed, written as raw JSON-RPC to the server run by
 * LSP4J's launcher ({@link ServerMain#run}) over in-memory pipes: each gets JSON-RPC's
 * "invalid params" error (-32602) with a one-line message, never an internal error carrying a
 * Java stack trace, and the server goes on answering.
 */
class InvalidParamsTest {
    @TempDir
    Path root;

    private final Pipe toServer = new Pipe();
    private final Pipe fromServer = new Pipe();
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();
    private int nextId = 100;

    @BeforeEach
    void start() throws IOException {
        Thread server = new Thread(() -> exit.complete(ServerMain.run(toServer.in(),
                fromServer.out(), Editor.noFiles(), "test")), "test-server");
        server.setDaemon(true);
        server.start();
        JsonObject init = request("initialize", "{\"processId\":null,\"rootUri\":\""
                + Uris.of(root) + "\",\"capabilities\":{}}");
        assertThat(init.has("result")).as(init.toString()).isTrue();
        send("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
    }

    @AfterEach
    void stop() throws Exception {
        request("shutdown", null);
        send("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
        assertThat(exit.get(Editor.HANG_GUARD.toSeconds(), TimeUnit.SECONDS)).isZero();
        toServer.out().close();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        "textDocument/hover|NONE",
        "textDocument/hover|{}",
        "textDocument/hover|{\"position\":{\"line\":0,\"character\":0}}",
        "textDocument/hover|{\"textDocument\":{},\"position\":{\"line\":0,\"character\":0}}",
        "textDocument/hover|{\"textDocument\":{\"uri\":\"file:///a.py\"}}",
        "textDocument/hover|{\"textDocument\":5,\"position\":{\"line\":0,\"character\":0}}",
        "textDocument/hover|[1, 2]",
        "textDocument/hover|\"text\"",
        "textDocument/codeAction|NONE",
        "textDocument/codeAction|{\"textDocument\":{\"uri\":\"file:///a.py\"}}",
        "textDocument/diagnostic|{}",
        "workspace/executeCommand|{}",
    })
    void aRequestWithMissingOrMalformedParamsIsAnInvalidParamsError(String method,
            String params) throws IOException {
        JsonObject response = request(method, params);

        assertThat(response.has("error")).as(response.toString()).isTrue();
        JsonObject error = response.getAsJsonObject("error");
        assertThat(error.get("code").getAsInt()).as(response.toString()).isEqualTo(-32602);
        String message = error.get("message").getAsString();
        assertThat(message).as(response.toString()).isNotBlank().doesNotContain("\n")
                .doesNotContain("Exception").hasSizeLessThan(200);
        assertThat(error.has("data") && !error.get("data").isJsonNull())
                .as(response.toString()).isFalse();
        // The server goes on: a well-formed request still gets its answer.
        JsonObject hover = request("textDocument/hover", "{\"textDocument\":{\"uri\":\""
                + Uris.of(root.resolve("a.py")) + "\"},\"position\":{\"line\":0,\"character\":0}}");
        assertThat(hover.has("error")).as(hover.toString()).isFalse();
    }

    /**
     * Params of the right shape whose values lead nowhere (a URI that is not one, of another
     * scheme, a negative position) name no open document: the answer is empty, not an error.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "textDocument/hover|{\"textDocument\":{\"uri\":\"::not a uri\"},"
                + "\"position\":{\"line\":0,\"character\":0}}",
        "textDocument/hover|{\"textDocument\":{\"uri\":\"http://example.com/a.py\"},"
                + "\"position\":{\"line\":0,\"character\":0}}",
        "textDocument/hover|{\"textDocument\":{\"uri\":\"file:///a.py\"},"
                + "\"position\":{\"line\":-5,\"character\":-1}}",
        "textDocument/codeAction|{\"textDocument\":{\"uri\":\"::bad\"},\"range\":{\"start\":"
                + "{\"line\":0,\"character\":0},\"end\":{\"line\":0,\"character\":0}},"
                + "\"context\":{\"diagnostics\":[]}}",
    })
    void paramsThatNameNoOpenDocumentGetAnEmptyAnswer(String method, String params)
            throws IOException {
        JsonObject response = request(method, params);

        assertThat(response.has("error")).as(response.toString()).isFalse();
        assertThat(response.has("result")).as(response.toString()).isTrue();
    }

    @Test
    void theMessageSaysWhatIsMissing() throws IOException {
        JsonObject none = request("textDocument/hover", null).getAsJsonObject("error");
        JsonObject noDocument = request("textDocument/hover",
                "{\"position\":{\"line\":0,\"character\":0}}").getAsJsonObject("error");

        JsonObject noUri = request("textDocument/hover", "{\"textDocument\":{},"
                + "\"position\":{\"line\":0,\"character\":0}}").getAsJsonObject("error");
        JsonObject number = request("textDocument/hover", "{\"textDocument\":5,"
                + "\"position\":{\"line\":0,\"character\":0}}").getAsJsonObject("error");

        assertThat(none.get("message").getAsString())
                .isEqualTo("textDocument/hover: missing params");
        assertThat(noDocument.get("message").getAsString())
                .isEqualTo("textDocument/hover: missing params.textDocument");
        assertThat(noUri.get("message").getAsString())
                .isEqualTo("textDocument/hover: missing params.textDocument.uri");
        assertThat(number.get("message").getAsString()).isEqualTo(
                "textDocument/hover: params.textDocument is not of the type the method takes");
    }

    @Test
    void aRequestTheServerDoesNotImplementIsMethodNotFoundWithoutAStackTrace()
            throws IOException {
        JsonObject response = request("textDocument/completion", "{\"textDocument\":{\"uri\":"
                + "\"file:///a.py\"},\"position\":{\"line\":0,\"character\":0}}");

        JsonObject error = response.getAsJsonObject("error");
        assertThat(error.get("code").getAsInt()).as(response.toString()).isEqualTo(-32601);
        assertThat(error.has("data") && !error.get("data").isJsonNull())
                .as(response.toString()).isFalse();
    }

    /** Sends a request and returns the server's response to it, skipping what else it sends. */
    private JsonObject request(String method, String params) throws IOException {
        int id = nextId++;
        send("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\""
                + (params == null ? "" : ",\"params\":" + params) + "}");
        while (true) {
            JsonObject message = JsonParser.parseString(receive()).getAsJsonObject();
            if (message.has("id") && !message.has("method")
                    && message.get("id").getAsString().equals(String.valueOf(id))) {
                return message;
            }
        }
    }

    private void send(String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        OutputStream out = toServer.out();
        out.write(("Content-Length: " + bytes.length + "\r\n\r\n").getBytes(
                StandardCharsets.US_ASCII));
        out.write(bytes);
        out.flush();
    }

    /** The body of the server's next message. */
    private String receive() throws IOException {
        InputStream in = fromServer.in();
        int length = -1;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            if (header.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(header.substring("content-length:".length()).strip());
            }
        }
        assertThat(length).as("a Content-Length header").isNotNegative();
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new AssertionError("the server closed its output");
            }
            if (c != '\r') {
                b.write(c);
            }
        }
        return b.toString(StandardCharsets.US_ASCII);
    }
}
