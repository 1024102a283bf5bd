package dev.gilscan.cli;

import dev.gilscan.analyzer.files.ProjectLoader;
import dev.gilscan.lsp.ProjectConfig;
import dev.gilscan.lsp.ServerMain;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code gilscan server}: the language server, over standard input and output, with the
 * settings {@code gilscan check} reads from {@code [tool.gilscan]}.
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
    @Override
    public Integer call() {
        return ServerMain.runOnStdio(ServerCommand::discover,
                new GilscanCommand.Version().versionNumber());
    }

    /**
     * The {@code [tool.gilscan]} settings for the files of a folder, found and read as
     * {@code gilscan check} does for a path, with its {@code exclude} and {@code extend-exclude}
     * patterns and its {@code per-file-ignores}.
     */
    static ProjectConfig discover(Path folder) throws ProjectConfig.ConfigException {
        Config config;
        try {
            config = Config.discover(folder);
        } catch (Config.ConfigException e) {
            throw new ProjectConfig.ConfigException(e.getMessage());
        }
        return new ProjectConfig(config.file(), config.selection(), config.target(),
                SourceFiles.excludes(config), config.threadEntryPoints(), config.perFile(),
                config.maxFileSize() != null ? config.maxFileSize()
                        : ProjectLoader.DEFAULT_MAX_FILE_SIZE,
                config.src());
    }
}
