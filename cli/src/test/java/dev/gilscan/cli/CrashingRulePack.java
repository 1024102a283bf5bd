package dev.gilscan.cli;

import dev.gilscan.analyzer.ast.Mod;
import dev.gilscan.analyzer.rule.Check;
import dev.gilscan.analyzer.rule.Rule;
import dev.gilscan.analyzer.rule.RulePack;
import dev.gilscan.analyzer.rule.Severity;
import dev.gilscan.analyzer.rule.Subscriptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * A third-party rule pack whose one rule throws on every file, to see how the command reports a
 * rule's internal error. It is on the class path of only the code that {@link #installed} runs.
 */
public final class CrashingRulePack implements RulePack {
    @Override
    public List<Check> rules() {
        return List.of(new Crashes());
    }

    /** Throws on every module. */
    @Rule(id = "TST901", name = "crashes", severity = Severity.ERROR,
            summary = "A rule that fails", since = "0.1.0")
    static final class Crashes implements Check {
        @Override
        public void subscribe(Subscriptions on) {
            on.node(Mod.Module.class, (module, context) -> {
                throw new IllegalStateException("boom");
            });
        }
    }

    /** Runs {@code body} with this pack registered for {@link java.util.ServiceLoader}. */
    static <T> T installed(Path scratch, Supplier<T> body) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {services(scratch)}, before)) {
            thread.setContextClassLoader(loader);
            return body.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private static URL services(Path scratch) throws IOException {
        Path file = scratch.resolve("META-INF/services/dev.gilscan.analyzer.rule.RulePack");
        Files.createDirectories(file.getParent());
        Files.writeString(file, CrashingRulePack.class.getName() + "\n");
        return scratch.toUri().toURL();
    }
}
