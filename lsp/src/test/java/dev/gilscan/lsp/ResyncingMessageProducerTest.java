package dev.gilscan.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;

class ResyncingMessageProducerTest {
    private static final String SHUTDOWN =
            "{\"jsonrpc\":\"2.0\",\"id\":\"7\",\"method\":\"shutdown\"}";
    private static final String EXIT = "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}";
    private static final String CONTENT_TYPE =
            "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n";

    private final List<Message> read = new ArrayList<>();
    private final List<Message> answeredWithAnError = new ArrayList<>();
    private final List<String> reports = new ArrayList<>();

    private void listen(String input) {
        MessageJsonHandler json = new MessageJsonHandler(
                ServiceEndpoints.getSupportedMethods(LanguageServer.class));
        new ResyncingMessageProducer(
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), json,
                (message, issues) -> answeredWithAnError.add(message), reports::add)
                .listen(read::add);
    }

    private static String frame(String body, int length) {
        return "Content-Length: " + length + "\r\n\r\n" + body;
    }

    private static String frame(String body) {
        return frame(body, body.getBytes(StandardCharsets.UTF_8).length);
    }

    private List<String> methods() {
        return read.stream().map(m -> m instanceof RequestMessage r ? r.getMethod()
                : m instanceof NotificationMessage n ? n.getMethod() : m.toString()).toList();
    }

    @Test
    void aBodyCutShortIsDroppedAndTheNextMessageRead() {
        String hover = """
                {"jsonrpc":"2.0","id":"8","method":"textDocument/hover","params":{"textDocument":\
                {"uri":"file:///a.py"},"position":{"line":0,"character":0}}}""";
        listen(frame(hover, hover.length() - 2) + frame(EXIT));

        assertThat(methods()).containsExactly("exit");
        assertThat(answeredWithAnError).singleElement().satisfies(m ->
                assertThat(((RequestMessage) m).getId()).isEqualTo("8"));
        assertThat(reports).singleElement().asString().contains("a message of "
                + (hover.length() - 2) + " bytes that is not a JSON-RPC message");
    }

    @Test
    void aLengthThatIsNotANumberDropsItsMessageOnly() {
        listen("Content-Length: abc\r\n\r\n" + SHUTDOWN + frame(EXIT));

        assertThat(methods()).containsExactly("exit");
        assertThat(reports).singleElement().asString()
                .contains("\"Content-Length: abc\", which is not a length in bytes");
    }

    @Test
    void bytesBetweenMessagesAreReportedAndBlankLinesAndTheHeadersCaseIgnored() {
        listen(frame(SHUTDOWN) + "\r\n" + "Content-Type: x\r\n\r\n"
                + frame(EXIT).replace("Content-Length", "content-length"));

        assertThat(methods()).containsExactly("shutdown", "exit");
        assertThat(reports).containsExactly("gilscan: dropped 21 bytes that were not part of a"
                + " message; reading on from the next Content-Length header");
    }

    @Test
    void aHeaderInTheTextOfABodyCutShortIsNotTakenForTheNextMessage() {
        // Counted in characters, the length is 40 bytes short: what is left over holds the
        // header in the text and ends in "}}}", which the next message follows directly.
        String didOpen = """
                {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":\
                {"uri":"file:///a.py","languageId":"python","version":1,\
                "text":"%s# Content-Length: 5\\n"}}}""".formatted("\u20ac".repeat(20));
        listen(frame(didOpen, didOpen.length()) + frame(SHUTDOWN));

        assertThat(methods()).containsExactly("shutdown");
        assertThat(reports).singleElement().asString().contains("a message of "
                + didOpen.length() + " bytes that is not a JSON-RPC message");
    }

    @Test
    void aLengthTooLongDropsItsMessageAndTheMessagesItTookInAreReadAgain() {
        listen(frame(SHUTDOWN, SHUTDOWN.length() + 10) + frame(EXIT) + frame(SHUTDOWN));

        assertThat(methods()).containsExactly("exit", "shutdown");
        assertThat(reports).singleElement().asString().contains("a message of "
                + (SHUTDOWN.length() + 10) + " bytes that is not a JSON-RPC message");
    }

    @Test
    void headersBeforeAndAfterTheLengthAreIgnored() {
        listen(CONTENT_TYPE + frame(SHUTDOWN) + "\r\n" + CONTENT_TYPE
                + frame(EXIT).replace("\r\n\r\n", "\r\n" + CONTENT_TYPE + "\r\n"));

        assertThat(methods()).containsExactly("shutdown", "exit");
        assertThat(reports).isEmpty();
    }

    @Test
    void afterABadMessageTheNextIsFoundWhateverHeadersComeFirst() {
        listen(frame("{\"jsonrpc\":", 20) + CONTENT_TYPE + frame(EXIT));

        assertThat(methods()).containsExactly("exit");
        assertThat(reports).singleElement().asString().contains("a message of 20 bytes");
    }

    @Test
    void aHeaderBlockThatDoesNotEndIsPassedOver() {
        // Like a header, but a line of JSON follows instead of a blank line: not a message.
        listen(frame("{") + "Content-Length: 2\r\n{}\r\n" + frame(EXIT));

        assertThat(methods()).containsExactly("exit");
        assertThat(reports).hasSize(1);
    }

    @Test
    void theInputEndingInAMessageEndsListening() {
        listen(frame(EXIT) + frame(SHUTDOWN, 500));

        assertThat(methods()).containsExactly("exit");
        assertThat(reports).isEmpty();
    }
}
