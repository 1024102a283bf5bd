package dev.gilscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Main#main} in its own process: the exit code and the bytes it writes. */
class MainProcessTest {
    @TempDir
    Path root;

    @Test
    void exitsWithTheCommandsCodeAndWritesUtf8WhateverTheLocale()
            throws IOException, InterruptedException {
        Cli.write(root, "app.py",
                "label = \"π\"; import multiprocessing; multiprocessing.Pool()\n");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "check",
                root.toString()));
        Map<String, String> env = builder.environment();
        env.remove("LANG");
        env.remove("LC_CTYPE");
        env.put("LC_ALL", "C");

        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();

        assertThat(process.waitFor()).isEqualTo(1);
        assertThat(new String(err, StandardCharsets.UTF_8)).isEmpty();
        assertThat(new String(out, StandardCharsets.UTF_8))
                .contains("app.py:1:38: GIL201", "1 | label = \"π\"; import");
    }
}
