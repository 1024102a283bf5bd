package dev.gilscan.cli;

import dev.gilscan.analyzer.ast.AstJson;
import dev.gilscan.analyzer.ast.AstPrinter;
import dev.gilscan.analyzer.parser.ParseResult;
import dev.gilscan.analyzer.parser.PythonSyntaxError;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gilscan ast FILE}: prints the syntax tree of one Python file. */
@Command(
        name = "ast",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the syntax tree of a Python file, as CPython's ast module would build it.",
            "Exit codes: 0 parsed, 2 the file could not be read or has a syntax error."})
final class AstCommand extends SourceFileCommand {
    @Option(names = "--json", description = "Print the canonical JSON form (docs/dev/ast-json.md)"
            + " instead of the readable tree.")
    boolean json;

    @Override
    int show(byte[] bytes, PrintWriter out, PrintWriter err) {
        try {
            ParseResult result = source.parse(bytes);
            out.println(json ? AstJson.toJson(result.module()) : AstPrinter.print(result.module()));
            return 0;
        } catch (PythonSyntaxError e) {
            err.println(e.format());
            return 2;
        }
    }
}
