package dev.gilscan.cli;

import dev.gilscan.analyzer.rule.RulePack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/** Third-party rule packs made for tests, registered only while a test's body runs. */
final class TestRulePacks {
    private TestRulePacks() {}

    /** Runs {@code body} with {@code pack} registered for {@link java.util.ServiceLoader}. */
    static <T> T installed(Path scratch, Class<? extends RulePack> pack, Supplier<T> body) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {services(scratch, pack)},
                before)) {
            thread.setContextClassLoader(loader);
            return body.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private static URL services(Path scratch, Class<? extends RulePack> pack) throws IOException {
        Path file = scratch.resolve("META-INF/services/dev.gilscan.analyzer.rule.RulePack");
        Files.createDirectories(file.getParent());
        Files.writeString(file, pack.getName() + "\n");
        return scratch.toUri().toURL();
    }
}
