package dev.gilscan.cli;

import dev.gilscan.analyzer.rule.Check;
import dev.gilscan.settings.SettingsSource;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The top-level {@code gilscan} command. */
@Command(
        name = "gilscan",
        mixinStandardHelpOptions = true,
        versionProvider = GilscanCommand.Version.class,
        description = "Finds concurrency mistakes around CPython's GIL in Python 3.10-3.14 code.",
        subcommands = {CheckCommand.class, RuleCommand.class, AstCommand.class, CallsCommand.class,
            SymbolsCommand.class, ServerCommand.class})
final class GilscanCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Whether standard error is a terminal, where progress may be shown. */
    final boolean stderrIsTerminal;

    /** Standard input, for {@code check -}. */
    final InputStream stdin;

    /** The rules there are: {@code check} chooses among them, {@code rule} shows them. */
    private final List<Check> rules;

    GilscanCommand(boolean stderrIsTerminal, InputStream stdin, List<Check> rules) {
        this.stderrIsTerminal = stderrIsTerminal;
        this.stdin = stdin;
        this.rules = List.copyOf(rules);
    }

    List<Check> rules() {
        return rules;
    }

    /** The settings of a scan: {@code pyproject.toml} files read with {@link #rules}. */
    SettingsSource settings() {
        return SettingsSource.of(rules);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reads the version Maven wrote into {@code version.properties}. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            return new String[] {"gilscan " + versionNumber(),
                "Java " + System.getProperty("java.version")};
        }

        /** The version, such as {@code 0.1.0}, or {@code unknown} outside a built jar. */
        String versionNumber() {
            Properties p = new Properties();
            try (InputStream in = GilscanCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                return "unknown";
            }
            return p.getProperty("version", "unknown");
        }
    }
}
