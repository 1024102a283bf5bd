package dev.gilscan.analyzer.conformance;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the conformance runs share: the command line ({@code --python PYTHON [--minor N]
 * [--show K] [--known FILE] DIR...}), the {@code .py} files below the folders, the known
 * differences, and CPython's side, a {@code scripts/<script> --batch} process fed the paths.
 */
final class CorpusRun {
    /** Takes one file and CPython's payload for it. */
    @FunctionalInterface
    interface FileResult {
        void accept(Path file, String theirs) throws IOException;
    }

    final String python;
    final int minor;
    final int show;
    final List<Path> roots = new ArrayList<>();
    /** Known differences: relative path to the cause. */
    final Map<String, String> known = new HashMap<>();
    final List<Path> files = new ArrayList<>();

    CorpusRun(String[] args) throws IOException {
        String py = "python3";
        int min = 13;
        int shown = 20;
        Path knownFile = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--known" -> knownFile = Path.of(args[++i]);
                case "--python" -> py = args[++i];
                case "--minor" -> min = Integer.parseInt(args[++i]);
                case "--show" -> shown = Integer.parseInt(args[++i]);
                default -> roots.add(Path.of(args[i]));
            }
        }
        python = py;
        minor = min;
        show = shown;
        if (knownFile != null) {
            for (String line : Files.readAllLines(knownFile, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    known.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        }
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p))
                        .sorted().forEach(files::add);
            }
        }
    }

    /** Runs {@code scripts/<script> --batch} over the files and hands over each result line. */
    void eachCpythonResult(String script, FileResult result) throws IOException,
            InterruptedException {
        Path path = Path.of(System.getProperty("gilscan.root", "."), "scripts", script);
        Process process = new ProcessBuilder(python, path.toString(), "--batch")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Thread feeder = new Thread(() -> {
            try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                    process.getOutputStream(), StandardCharsets.UTF_8))) {
                for (Path f : files) {
                    w.write(f.toString());
                    w.write('\n');
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        feeder.start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8), 1 << 20)) {
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                result.accept(Path.of(line.substring(0, tab)), line.substring(tab + 1));
            }
        }
        feeder.join();
        process.waitFor();
    }

    /** A file's path relative to the folder it was found in, as the known-differences file names it. */
    String relative(Path file) {
        for (Path root : roots) {
            if (file.startsWith(root)) {
                return root.relativize(file).toString();
            }
        }
        return file.toString();
    }
}
