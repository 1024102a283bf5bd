package dev.gilscan.cli;

import dev.gilscan.analyzer.ast.AstJson;
import dev.gilscan.analyzer.ast.AstPrinter;
import dev.gilscan.analyzer.parser.ParseResult;
import dev.gilscan.analyzer.parser.PythonSyntaxError;
import dev.gilscan.analyzer.parser.SourceParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import dev.gilscan.analyzer.rule.TargetVersion;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gilscan ast FILE}: prints the syntax tree of one Python file. */
@Command(
        name = "ast",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the syntax tree of a Python file, as CPython's ast module would build it.",
            "Exit codes: 0 parsed, 2 the file could not be read or has a syntax error."})
final class AstCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The Python file to parse.")
    Path file;

    @Option(names = "--json", description = "Print the canonical JSON form (docs/dev/ast-json.md)"
            + " instead of the readable tree.")
    boolean json;

    @Option(names = "--target-version", paramLabel = "VERSION", defaultValue = "py314",
            converter = TargetVersionConverter.class,
            description = "Python version whose syntax is accepted: py310, py311, py312, py313 or "
                    + "py314 (default: ${DEFAULT-VALUE}).")
    TargetVersion target;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            err.println("gilscan: " + file + ": no such file");
            return 2;
        } catch (IOException e) {
            err.println("gilscan: " + file + ": cannot read: " + e.getMessage());
            return 2;
        }
        try {
            ParseResult result = SourceParser.parse(file.toString(), bytes, target.minor());
            out.println(json ? AstJson.toJson(result.module()) : AstPrinter.print(result.module()));
            return 0;
        } catch (PythonSyntaxError e) {
            err.println(e.format());
            return 2;
        }
    }
}
