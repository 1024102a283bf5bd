package dev.gilscan.cli;

import dev.gilscan.analyzer.rule.Check;
import dev.gilscan.analyzer.rule.RuleDescriptor;
import dev.gilscan.rules.RuleRegistry;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code gilscan rule GIL101} and {@code gilscan rule --all}: a rule's docs page, as Ruff's
 * {@code ruff rule F401} prints it. The pages are {@code docs/rules/<ID>.md}, which the build
 * copies into the rules' jar; a rule of a third-party pack without a page shows its summary.
 */
@Command(
        name = "rule",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the documentation of a rule (Markdown), or of every rule with --all.",
            "Exit codes: 0 done, 2 no rule has this id."})
final class RuleCommand implements Callable<Integer> {
    /** The output formats of {@code gilscan rule}. */
    enum Format { text, json }

    /** Either one rule or all of them. */
    static final class Which {
        @Parameters(paramLabel = "RULE", description = "A rule id, such as GIL101.")
        @Nullable String id;

        @Option(names = "--all", description = "Every rule, sorted by id.")
        boolean all;
    }

    @Spec
    CommandSpec spec;

    @ParentCommand
    GilscanCommand parent;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    @Option(names = "--output-format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (the Markdown page) or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Check> rules = parent.rules();
        if (!which.all) {
            String wanted = which.id == null ? "" : which.id.strip().toUpperCase(Locale.ROOT);
            rules = rules.stream().filter(c -> c.descriptor().id().equals(wanted)).toList();
            if (rules.isEmpty()) {
                spec.commandLine().getErr().println("gilscan: unknown rule `" + which.id
                        + "` (known rules: " + String.join(", ", parent.rules().stream()
                                .map(c -> c.descriptor().id()).toList()) + ")");
                return 2;
            }
        }
        if (format == Format.json) {
            json(rules, which.all, out);
        } else {
            for (int i = 0; i < rules.size(); i++) {
                if (i > 0) {
                    out.println();
                }
                out.print(page(rules.get(i).descriptor()));
            }
        }
        out.flush();
        return 0;
    }

    /** The rule's docs page, ending with a newline; the summary line when it has none. */
    static String page(RuleDescriptor rule) {
        String docs = RuleRegistry.docs(rule.id());
        if (docs == null) {
            docs = "# " + rule.id() + ": " + rule.name() + "\n\n" + rule.summary() + ".\n";
        }
        return docs.endsWith("\n") ? docs : docs + "\n";
    }

    /** One object per rule (an array with {@code --all}), with Ruff's field names. */
    private static void json(List<Check> rules, boolean array, PrintWriter out) {
        StringBuilder b = new StringBuilder(array ? "[" : "");
        for (int i = 0; i < rules.size(); i++) {
            RuleDescriptor rule = rules.get(i).descriptor();
            b.append(i == 0 ? "" : ",").append(array ? "\n  " : "").append('{');
            TextOutput.field(b, "code", rule.id()).append(", ");
            TextOutput.field(b, "name", rule.name()).append(", ");
            TextOutput.field(b, "summary", rule.summary()).append(", ");
            TextOutput.field(b, "severity", rule.severity().sarifLevel()).append(", ");
            TextOutput.field(b, "since", rule.since()).append(", ");
            TextOutput.field(b, "explanation", page(rule)).append('}');
        }
        out.println(array ? b.append(rules.isEmpty() ? "]" : "\n]") : b);
    }
}
