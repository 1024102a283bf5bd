package dev.gilscan.lsp;

import dev.gilscan.rules.RuleRegistry;
import dev.gilscan.settings.SettingsSource;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.eclipse.lsp4j.jsonrpc.Endpoint;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.ConcurrentMessageProcessor;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageConsumer;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.jspecify.annotations.Nullable;

/**
 * Runs the language server over a pair of streams until the client says {@code exit} or closes
 * the connection. {@code gilscan server} runs it over standard input and output; the
 * {@link #main} here does the same without reading {@code pyproject.toml} (for tests).
 */
public final class ServerMain {
    private static final AtomicInteger THREADS = new AtomicInteger();

    private ServerMain() {}

    public static void main(String[] args) {
        System.exit(runOnStdio(SettingsSource.defaults(RuleRegistry.all()), "unknown"));
    }

    /**
     * Serves on standard input and output, with everything else that writes to standard output
     * sent to standard error so nothing can corrupt the protocol; returns the exit code.
     */
    public static int runOnStdio(SettingsSource configSource, String version) {
        PrintStream protocol = System.out;
        System.setOut(System.err);
        try {
            return run(System.in, protocol, configSource, version);
        } finally {
            protocol.flush();
        }
    }

    /**
     * Serves on the given streams and returns the exit code once the client said {@code exit}
     * (0 after {@code shutdown}, 1 without) or closed the connection. The threads it started
     * are interrupted, not waited for; two kinds may outlive it and end with the JVM: the one
     * reading {@code in} when that read cannot be interrupted (standard input), and an
     * analysis the server could not stop in time (see {@link GilscanLanguageServer#shutdown}).
     */
    public static int run(InputStream in, OutputStream out, SettingsSource configSource,
            String version) {
        GilscanLanguageServer server = new GilscanLanguageServer(configSource, version);
        ExecutorService rpc = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "gilscan-lsp-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        Launcher<LanguageClient> launcher = new ResyncingLauncherBuilder(server::logBadMessage)
                .setLocalService(server)
                .setRemoteInterface(LanguageClient.class)
                .setInput(in)
                .setOutput(out)
                .setExecutorService(rpc)
                .create();
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        rpc.execute(() -> {
            try {
                listening.get();
            } catch (ExecutionException | CancellationException e) {
                // The connection ended; the server ends with it.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            server.connectionClosed();
        });
        int code = server.exitCode().join();
        listening.cancel(true);
        rpc.shutdownNow();
        return code;
    }

    /** LSP4J's launcher, reading with a {@link ResyncingMessageProducer}. */
    private static final class ResyncingLauncherBuilder
            extends LSPLauncher.Builder<LanguageClient> {
        private final Consumer<String> report;
        private @Nullable ResyncingMessageProducer producer;

        ResyncingLauncherBuilder(Consumer<String> report) {
            this.report = report;
        }

        /**
         * LSP4J's endpoint, with {@link CheckedParams} in front of the server and its answers
         * to exceptions (no stack traces sent to the client).
         */
        @Override
        protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler jsonHandler) {
            MessageConsumer outgoing = wrapMessageConsumer(
                    new StreamMessageConsumer(output, jsonHandler));
            Map<String, JsonRpcMethod> methods = new HashMap<>();
            for (Object service : localServices) {
                methods.putAll(ServiceEndpoints.getSupportedMethods(service.getClass()));
            }
            Endpoint local = new CheckedParams(ServiceEndpoints.toEndpoint(localServices),
                    methods, report);
            RemoteEndpoint endpoint = new RemoteEndpoint(outgoing, local, CheckedParams::answer);
            jsonHandler.setMethodProvider(endpoint);
            endpoint.setJsonHandler(jsonHandler);
            producer = new ResyncingMessageProducer(input, jsonHandler, endpoint, report);
            return endpoint;
        }

        /** Called after {@link #createRemoteEndpoint}, with LSP4J's reader, which is replaced. */
        @Override
        protected ConcurrentMessageProcessor createMessageProcessor(MessageProducer stock,
                MessageConsumer consumer, LanguageClient remoteProxy) {
            return super.createMessageProcessor(Objects.requireNonNull(producer), consumer,
                    remoteProxy);
        }
    }
}
