package dev.gilscan.cli;

import dev.gilscan.lsp.ServerMain;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code gilscan server}: the language server, over standard input and output, with the
 * settings {@code gilscan check} reads from {@code [tool.gilscan]} and the same rules.
 */
@Command(
        name = "server",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the gilscan language server (LSP) on standard input and output, for editors.",
            "It analyzes Python files on open and save and publishes the findings as "
                    + "diagnostics, with quick fixes and the rules' docs on hover.",
            "Exit codes: 0 after the client's shutdown and exit, 1 on exit without shutdown."})
final class ServerCommand implements Callable<Integer> {
    @ParentCommand
    GilscanCommand parent;

    @Override
    public Integer call() {
        return ServerMain.runOnStdio(parent.settings(),
                new GilscanCommand.Version().versionNumber());
    }
}
