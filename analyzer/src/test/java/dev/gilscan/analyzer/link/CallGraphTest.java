package dev.gilscan.analyzer.link;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gilscan.analyzer.files.ProjectLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The call graph over a small project of several modules. */
class CallGraphTest {

    private static List<String> edges(Project project) {
        CallGraph graph = project.callGraph();
        List<String> out = new ArrayList<>();
        for (CallGraph.Function f : graph.functions()) {
            for (CallGraph.Edge e : graph.callees(f)) {
                out.add(f.name() + (e.kind() == CallGraph.EdgeKind.CALL ? " -> " : " ~> ")
                        + e.callee().name());
            }
        }
        return out;
    }

    @Test
    void callsAcrossModulesMethodsPartialsAndLambdas(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("pkg"));
        Files.writeString(root.resolve("pkg/__init__.py"), "from .work import crunch\n");
        Files.writeString(root.resolve("pkg/work.py"), """
                def helper(n):
                    return n
                def crunch(n):
                    return helper(n)
                class Counter:
                    def __init__(self):
                        self.n = 0
                    def bump(self):
                        self.n += 1
                        self.log()
                    def log(self):
                        pass
                    def row(self, r):
                        return r
                    def all_rows(self, pool, rows):
                        return pool.map(self.row, rows)
                    @classmethod
                    def make(cls):
                        return cls.build()
                    @classmethod
                    def build(cls):
                        return cls()
                """);
        Files.writeString(root.resolve("app.py"), """
                import functools
                from pkg import crunch
                from pkg.work import Counter
                c = Counter()
                c.bump()
                crunch(3)
                run(functools.partial(crunch, 1))
                start(target=lambda: crunch(2))
                """);
        Project project = ProjectLoader.load(root, 14).project();
        assertThat(edges(project)).contains(
                "pkg.work.crunch -> pkg.work.helper",
                "pkg.work.Counter.bump -> pkg.work.Counter.log",
                "pkg.work.Counter.all_rows ~> pkg.work.Counter.row",
                "pkg.work.Counter.make -> pkg.work.Counter.build",
                "app.<module> -> pkg.work.Counter.__init__",
                "app.<module> -> pkg.work.Counter.bump",
                "app.<module> -> pkg.work.crunch",
                "app.<module> ~> pkg.work.crunch",
                "app.<module> ~> app.<lambda>",
                "app.<lambda> -> pkg.work.crunch");
        assertThat(project.canonical("pkg.crunch")).isEqualTo("pkg.work.crunch");
    }

    @Test
    void methodsOnWhatAnAnnotatedAccessorReturns(@TempDir Path root) throws Exception {
        // Three classes define `initialize`: the call by name alone is not followed; the
        // return annotation of the accessor (a string naming its own class, or a class) is.
        Files.writeString(root.resolve("svc.py"), """
                class Service:
                    _one = None
                    @classmethod
                    def get(cls) -> "Service":
                        if cls._one is None:
                            cls._one = cls()
                        return cls._one
                    def initialize(self):
                        pass
                class Config:
                    def initialize(self):
                        pass
                class Cache:
                    def initialize(self):
                        pass
                def load() -> Config:
                    return Config()
                def main():
                    Service.get().initialize()
                    load().initialize()
                """);
        Project project = ProjectLoader.load(root, 14).project();
        assertThat(edges(project)).contains("svc.main -> svc.Service.initialize",
                "svc.main -> svc.Config.initialize")
                .doesNotContain("svc.main -> svc.Cache.initialize");
    }

    @Test
    void recursionDoesNotLoop(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("r.py"), """
                def a(n):
                    return b(n)
                def b(n):
                    return a(n - 1) if n else 0
                a(3)
                """);
        Project project = ProjectLoader.load(root, 14).project();
        assertThat(edges(project)).containsExactly("r.<module> -> r.a", "r.a -> r.b", "r.b -> r.a");
    }
}
