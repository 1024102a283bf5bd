package dev.gilscan.cli;

import dev.gilscan.analyzer.files.ProjectLoader;
import dev.gilscan.analyzer.link.CallGraph;
import dev.gilscan.analyzer.rule.TargetVersion;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gilscan calls PATH}: prints the project's call graph, for debugging rules. */
@Command(
        name = "calls",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the call graph of the Python files below PATH: for each function, the project "
                    + "functions it calls (->) or passes as a value (~>), with the line of the site.",
            "Exit codes: 0 done, 2 PATH could not be read."})
final class CallsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", defaultValue = ".", description = "A file or folder.")
    Path path;

    @Option(names = "--target-version", paramLabel = "VERSION", defaultValue = "py314",
            converter = TargetVersionConverter.class,
            description = "Python version whose syntax is accepted (default: ${DEFAULT-VALUE}).")
    TargetVersion target;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(path)) {
            err.println("gilscan: " + path + ": no such file or folder");
            return 2;
        }
        ProjectLoader.Loaded loaded;
        try {
            loaded = ProjectLoader.load(path, target.minor());
        } catch (IOException e) {
            err.println("gilscan: " + path + ": cannot read: " + e.getMessage());
            return 2;
        }
        for (ProjectLoader.Problem p : loaded.problems()) {
            err.println(p.path() + ":" + p.line() + ":" + p.column() + ": " + p.message());
        }
        CallGraph graph = loaded.project().callGraph();
        for (CallGraph.Function f : graph.functions()) {
            var edges = graph.callees(f);
            if (edges.isEmpty()) {
                continue;
            }
            out.println(f.name() + "  (" + f.file().path() + ")");
            for (CallGraph.Edge e : edges) {
                String arrow = e.kind() == CallGraph.EdgeKind.REFERENCE ? "~>" : "->";
                out.println("    " + arrow + " " + e.callee().name() + "  line "
                        + e.site().span().line());
            }
        }
        return 0;
    }
}
