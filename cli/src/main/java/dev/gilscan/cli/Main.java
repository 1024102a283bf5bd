package dev.gilscan.cli;

import dev.gilscan.analyzer.rule.Check;
import dev.gilscan.rules.RuleRegistry;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine;

/**
 * Entry point of the {@code gilscan} command. Exit codes: 0 ok, 1 findings, 2 usage or error.
 * No input makes it print a stack trace: errors are one line, and {@code GILSCAN_DEBUG=1} in the
 * environment adds the trace of an internal error.
 */
public final class Main {
    /** Parsing deeply nested code recurses; the command runs on a thread with room for it. */
    private static final long STACK_BYTES = 256L * 1024 * 1024;

    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        AtomicInteger exit = new AtomicInteger(2);
        boolean terminal = Progress.stderrIsTerminal();
        // Standard output without System.out, a PrintStream that hides failed writes.
        PrintWriter out = new CheckedPrintWriter(new FileOutputStream(FileDescriptor.out));
        Thread worker = new Thread(null, () -> exit.set(run(args, System.in, out,
                utf8(System.err), terminal)), "gilscan", STACK_BYTES);
        worker.start();
        worker.join();
        System.exit(exit.get());
    }

    /** UTF-8 whatever the locale, as Ruff writes, and as SARIF and JSON must be. */
    private static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, InputStream.nullInputStream(), out, err, false);
    }

    /**
     * As above, with standard input {@code in}; {@code terminal} says whether {@code err} is a
     * terminal, for progress. Whatever the command, a failed write to {@code out} makes the exit
     * code 2 with a message.
     */
    static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err,
            boolean terminal) {
        return run(args, RuleRegistry.all(), in, out, err, terminal);
    }

    /**
     * As above, with {@code rules} as the rules there are instead of the built-in rules and the
     * rule packs' ({@link RuleRegistry#all}): tests run with rule sets of their own.
     */
    static int run(String[] args, List<Check> rules, InputStream in, PrintWriter out,
            PrintWriter err, boolean terminal) {
        int exit;
        try {
            exit = execute(args, rules, in, out, err, terminal);
        } catch (Exception | Error e) {
            // What picocli passes through: errors such as OutOfMemoryError.
            internalError(e, err);
            exit = 2;
        }
        String failed = CheckedPrintWriter.failure(out);
        if (failed != null) {
            err.println("gilscan: cannot write the report: " + failed);
            return 2;
        }
        return exit;
    }

    private static int execute(String[] args, List<Check> rules, InputStream in,
            PrintWriter out, PrintWriter err, boolean terminal) {
        CommandLine cli = new CommandLine(new GilscanCommand(terminal, in, rules));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            internalError(e, commandLine.getErr());
            return 2;
        });
        cli.setParameterExceptionHandler((e, args1) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("gilscan: " + e.getMessage());
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
            return 2;
        });
        return cli.execute(args);
    }

    /** One line, and the stack trace only when {@code GILSCAN_DEBUG=1}. */
    static void internalError(Throwable e, PrintWriter err) {
        err.println("gilscan: internal error: " + e);
        if (debug()) {
            e.printStackTrace(err);
        }
        err.flush();
    }

    /** Whether {@code GILSCAN_DEBUG=1} asks for the stack traces of internal errors. */
    static boolean debug() {
        return "1".equals(System.getenv("GILSCAN_DEBUG"));
    }
}
