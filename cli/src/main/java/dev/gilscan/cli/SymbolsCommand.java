package dev.gilscan.cli;

import dev.gilscan.analyzer.parser.PythonSyntaxError;
import dev.gilscan.analyzer.parser.SourceParser;
import dev.gilscan.analyzer.rule.TargetVersion;
import dev.gilscan.analyzer.semantic.scope.ScopeError;
import dev.gilscan.analyzer.semantic.scope.SymbolTable;
import dev.gilscan.analyzer.semantic.scope.SymbolsJson;
import dev.gilscan.analyzer.semantic.scope.SymbolsPrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gilscan symbols FILE}: prints the scopes and symbols of one Python file. */
@Command(
        name = "symbols",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the scopes of a Python file and the symbols of each, as CPython 3.13's "
                    + "symtable module would build them.",
            "Exit codes: 0 done, 2 the file could not be read, has a syntax error, or breaks a "
                    + "scoping rule (then the readable tree is still printed)."})
final class SymbolsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The Python file to analyze.")
    Path file;

    @Option(names = "--json", description = "Print the canonical form compared with CPython's "
            + "symtable (scripts/cpython_symtable_json.py) instead of the readable tree.")
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
        SymbolTable table;
        try {
            table = SymbolTable.build(SourceParser.parse(file.toString(), bytes, target.minor())
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
            err.println(file + ":" + e.span().line() + ":" + (e.span().utf16Column() + 1)
                    + ": SyntaxError: " + e.message());
        }
        return table.errors().isEmpty() ? 0 : 2;
    }
}
