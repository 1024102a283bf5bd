package dev.gilscan.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine;

/** Entry point of the {@code gilscan} command. Exit codes: 0 ok, 1 findings, 2 usage or error. */
public final class Main {
    /** Parsing deeply nested code recurses; the command runs on a thread with room for it. */
    private static final long STACK_BYTES = 256L * 1024 * 1024;

    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        AtomicInteger exit = new AtomicInteger(2);
        Thread worker = new Thread(null, () -> exit.set(run(args, new PrintWriter(System.out, true),
                new PrintWriter(System.err, true))), "gilscan", STACK_BYTES);
        worker.start();
        worker.join();
        System.exit(exit.get());
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new GilscanCommand());
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
