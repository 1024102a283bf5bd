package dev.gilscan.lsp;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.lsp4j.jsonrpc.Endpoint;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.validation.NonNull;
import org.jspecify.annotations.Nullable;

/**
 * The server's endpoint behind a check of what each message carries: a request whose params
 * are missing, or lack a field that LSP marks as required ({@code textDocument} of a hover),
 * is answered with JSON-RPC's "invalid params" error (-32602) and a one-line message such as
 * {@code textDocument/hover: missing params.textDocument}, before the server sees it; such a
 * notification is reported and dropped. LSP4J would pass it on and answer the server's
 * {@code NullPointerException} with an internal error carrying a Java stack trace.
 */
final class CheckedParams implements Endpoint {
    private static final Logger LOG = Logger.getLogger(CheckedParams.class.getName());
    /** Deep enough for every LSP params type; a cycle in the objects stops here. */
    private static final int MAX_DEPTH = 16;

    private final Endpoint server;
    private final Map<String, JsonRpcMethod> methods;
    private final Consumer<String> report;

    CheckedParams(Endpoint server, Map<String, JsonRpcMethod> methods, Consumer<String> report) {
        this.server = server;
        this.methods = methods;
        this.report = report;
    }

    @Override
    public CompletableFuture<?> request(String method, @Nullable Object params) {
        String missing = missing(method, params);
        if (missing != null) {
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
                    method + ": missing " + missing, null));
        }
        return server.request(method, params);
    }

    @Override
    public void notify(String method, @Nullable Object params) {
        String missing = missing(method, params);
        if (missing != null) {
            report.accept("gilscan: dropped a " + method + " notification: missing " + missing);
            return;
        }
        server.notify(method, params);
    }

    /**
     * How LSP4J's endpoint answers what the server threw: its own error as it is, a method
     * LSP4J declares that the server does not implement as "method not found", anything else
     * as an internal error whose message is one line; the stack trace goes to the log
     * (standard error), never to the client.
     */
    static ResponseError answer(Throwable thrown) {
        Throwable e = thrown;
        while ((e instanceof CompletionException || e instanceof InvocationTargetException)
                && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof ResponseErrorException r) {
            return r.getResponseError();
        }
        if (e instanceof UnsupportedOperationException) {
            return new ResponseError(ResponseErrorCode.MethodNotFound,
                    "gilscan's language server does not support this request", null);
        }
        LOG.log(Level.SEVERE, "internal error", e);
        return new ResponseError(ResponseErrorCode.InternalError,
                "gilscan: internal error: " + e.toString().lines().findFirst().orElse(""), null);
    }

    /** What the params lack ("params", "params.textDocument"), or null if nothing. */
    private @Nullable String missing(String method, @Nullable Object params) {
        JsonRpcMethod declared = methods.get(method);
        if (declared == null) {
            return null;
        }
        if (params == null) {
            return declared.getParameterTypes().length > 0 ? "params" : null;
        }
        List<String> found = new ArrayList<>();
        missing(params, "params", found, 0);
        return found.isEmpty() ? null : String.join(", ", found);
    }

    /** Adds the path of each required field that is null in {@code value} and below it. */
    private static void missing(Object value, String path, List<String> found, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) != null) {
                    missing(list.get(i), path + "[" + i + "]", found, depth + 1);
                }
            }
            return;
        }
        if (!value.getClass().getName().startsWith("org.eclipse.lsp4j.")
                || value instanceof Enum<?>) {
            return;
        }
        Method[] getters = value.getClass().getMethods();
        Arrays.sort(getters, Comparator.comparing(Method::getName));
        for (Method getter : getters) {
            if (!isGetter(getter)) {
                continue;
            }
            Object field;
            try {
                field = getter.invoke(value);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            String name = path + "." + Character.toLowerCase(getter.getName().charAt(3))
                    + getter.getName().substring(4);
            if (field == null) {
                if (getter.isAnnotationPresent(NonNull.class)) {
                    found.add(name);
                }
            } else {
                missing(field, name, found, depth + 1);
            }
        }
    }

    private static boolean isGetter(Method m) {
        return m.getParameterCount() == 0 && m.getName().startsWith("get")
                && m.getName().length() > 3 && m.getDeclaringClass() != Object.class
                && !Modifier.isStatic(m.getModifiers());
    }
}
