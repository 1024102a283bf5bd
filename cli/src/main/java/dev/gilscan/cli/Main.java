package dev.gilscan.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine;

/** Entry point of the {@code gilscan} command. Exit codes: 0 ok, 1 findings, 2 usage or error. */
public final class Main {
    /** Parsing deeply nested code recurses; the command runs on a thread with room for it. */
    private static final long STACK_BYTES = 256L * 1024 * 1024;

    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        AtomicInteger exit = new AtomicInteger(2);
        boolean terminal = Progress.stderrIsTerminal();
        Thread worker = new Thread(null, () -> exit.set(run(args, utf8(System.out),
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
        return run(args, out, err, false);
    }

    /** As above; {@code terminal} says whether {@code err} is a terminal, for progress. */
    static int run(String[] args, PrintWriter out, PrintWriter err, boolean terminal) {
        CommandLine cli = new CommandLine(new GilscanCommand(terminal));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("gilscan: internal error: " + e);
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
}
