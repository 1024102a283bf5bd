package dev.gilscan.analyzer.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gilscan.analyzer.ast.Nodes;
import dev.gilscan.analyzer.ast.Stmt;
import dev.gilscan.analyzer.files.ProjectLoader;
import dev.gilscan.analyzer.link.Project;
import dev.gilscan.analyzer.model.SemanticModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which locks are held where, and which functions run on several threads at once. */
class LocksAndSharedStateTest {
    private static final String APP = """
            import threading
            from concurrent.futures import ThreadPoolExecutor

            lock = threading.Lock()
            total = 0

            def guarded(n):
                global total
                with lock:
                    total += n
                lock.acquire()
                total += n
                lock.release()
                total += n

            def helper(n):
                global total
                total += n

            def caller(n):
                with lock:
                    helper(n)

            def once(n):
                return n

            def main(xs):
                with ThreadPoolExecutor() as pool:
                    list(pool.map(guarded, xs))
                    list(pool.map(caller, xs))
                    pool.submit(once, 1)
            """;

    private static SemanticModel load(Path root) throws Exception {
        Files.writeString(root.resolve("app.py"), APP);
        return ProjectLoader.load(root, 13).project().files().get(0);
    }

    @Test
    void lockNames() {
        assertThat(Locks.lockName("_lock")).isTrue();
        assertThat(Locks.lockName("cache_lock")).isTrue();
        assertThat(Locks.lockName("writeLock")).isTrue();
        assertThat(Locks.lockName("rlock")).isTrue();
        assertThat(Locks.lockName("block")).isFalse();
        assertThat(Locks.lockName("clock")).isFalse();
    }

    @Test
    void heldInWithAndBetweenAcquireAndRelease(@TempDir Path root) throws Exception {
        SemanticModel file = load(root);
        List<Boolean> held = Nodes.findAll(file.tree(), Stmt.AugAssign.class).stream()
                .limit(3).map(s -> Locks.heldAt(file, s)).toList();
        assertThat(held).containsExactly(true, true, false);
    }

    @Test
    void entriesAndHelpersCalledOnlyUnderALock(@TempDir Path root) throws Exception {
        load(root);
        Project project = ProjectLoader.load(root, 13).project();
        SemanticModel file = project.files().get(0);
        SharedState state = SharedState.of(project);
        java.util.Map<String, Boolean> reached = new java.util.TreeMap<>();
        for (Stmt.FunctionDef f : Nodes.findAll(file.tree(), Stmt.FunctionDef.class)) {
            reached.put(f.name(), state.reach(f) != null);
        }
        assertThat(reached).containsEntry("guarded", true).containsEntry("caller", true)
                .containsEntry("helper", false).containsEntry("once", false)
                .containsEntry("main", false);
    }

    @Test
    void taskStartedOnceOverlapsOnlyTheLinesBeforeItsJoin(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("app.py"), """
                import threading

                total = 0
                done = 0

                def work():
                    global total
                    total += 1

                def finish():
                    global done
                    done += 1

                def racing():
                    global total
                    t = threading.Thread(target=work)
                    t.start()
                    total += 1
                    t.join()

                def joined():
                    global done
                    t = threading.Thread(target=finish)
                    t.start()
                    t.join()
                    done += 1
                """);
        Project project = ProjectLoader.load(root, 13).project();
        SemanticModel file = project.files().get(0);
        SharedState state = SharedState.of(project);
        List<Stmt.AugAssign> writes = Nodes.findAll(file.tree(), Stmt.AugAssign.class);
        SharedState.Overlap overlap = state.overlap(file, writes.get(0), writes.get(0).target());
        assertThat(overlap).isNotNull();
        assertThat(overlap.access().span().line()).isEqualTo(18);
        assertThat(overlap.reason()).isEqualTo("`work` runs on a thread started on line 17"
                + " while `racing` updates it on line 18 before `t.join()`");
        assertThat(state.reach(Nodes.findAll(file.tree(), Stmt.FunctionDef.class).get(0)))
                .isNull();
        assertThat(state.overlap(file, writes.get(1), writes.get(1).target())).isNull();
    }
}
