package dev.gilscan.cli;

import dev.gilscan.analyzer.model.scope.ScopeError;
import dev.gilscan.analyzer.model.scope.SymbolTable;
import dev.gilscan.analyzer.model.scope.SymbolsJson;
import dev.gilscan.analyzer.model.scope.SymbolsPrinter;
import dev.gilscan.analyzer.parser.PythonSyntaxError;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gilscan symbols FILE}: prints the scopes and symbols of one Python file. */
@Command(
        name = "symbols",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the scopes of a Python file and the symbols of each, as CPython 3.13's "
                    + "symtable module would build them.",
            "Exit codes: 0 done, 2 the file could not be read, has a syntax error, or breaks a "
                    + "scoping rule (then the readable tree is still printed)."})
final class SymbolsCommand extends SourceFileCommand {
    @Option(names = "--json", description = "Print the canonical form compared with CPython's "
            + "symtable (scripts/cpython_symtable_json.py) instead of the readable tree.")
    boolean json;

    @Override
    int show(byte[] bytes, PrintWriter out, PrintWriter err) {
        SymbolTable table;
        try {
            table = SymbolTable.build(source.parse(bytes)
                    .module());
        } catch (PythonSyntaxError e) {
            if (json) {
                out.println(SymbolsJson.errorJson(e.kind(), e.line(), e.getMessage()));
            }
            err.println(e.format());
            return 2;
        }
        if (json) {
            out.println(SymbolsJson.toJson(table));
        } else {
            out.print(SymbolsPrinter.print(table));
            out.flush();
        }
        for (ScopeError e : table.errors()) {
            err.println(source.file + ":" + e.span().line() + ":" + (e.span().utf16Column() + 1)
                    + ": SyntaxError: " + e.message());
        }
        return table.errors().isEmpty() ? 0 : 2;
    }
}
