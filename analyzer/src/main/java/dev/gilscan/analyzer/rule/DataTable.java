package dev.gilscan.analyzer.rule;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A tab-separated data file bundled beside a class (the knowledge base: {@code gil-calls.tsv},
 * {@code thread-entries.tsv}, {@code library-threads.tsv}): its rows, blank lines and
 * {@code #} comments skipped, each with exactly the columns the file promises.
 */
public final class DataTable {
    private DataTable() {}

    /** The rows of {@code resource}, next to {@code owner}, each of {@code columns} columns. */
    public static List<String[]> rows(Class<?> owner, String resource, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in,
                    StandardCharsets.UTF_8));
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t");
                if (row.length != columns) {
                    throw new IllegalStateException(resource + ":" + number + ": " + columns
                            + " tab-separated columns expected");
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(rows);
    }
}
