package dev.gilscan.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that looks at one Python file ({@code ast}, {@code symbols}): reads FILE, exits with 2
 * after saying why when it cannot be read, and otherwise hands its bytes to {@link #show}.
 */
abstract class SourceFileCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SourceFileOptions source;

    @Override
    public final Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        byte[] bytes = source.read(err);
        if (bytes == null) {
            return 2;
        }
        return show(bytes, out, err);
    }

    /**
     * Parses the file's {@code bytes} with {@link SourceFileOptions#parse} and prints what the
     * command shows of it; returns the exit code.
     */
    abstract int show(byte[] bytes, PrintWriter out, PrintWriter err);
}
