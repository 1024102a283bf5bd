package dev.gilscan.rules.process;

import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.Location;
import dev.gilscan.analyzer.ast.Mod;
import dev.gilscan.analyzer.ast.Nodes;
import dev.gilscan.analyzer.ast.Stmt;
import dev.gilscan.analyzer.concurrency.ModuleState;
import dev.gilscan.analyzer.concurrency.ProcessTasks;
import dev.gilscan.analyzer.concurrency.SharedState;
import dev.gilscan.analyzer.link.CallGraph;
import dev.gilscan.analyzer.model.SemanticModel;
import dev.gilscan.analyzer.model.Values;
import dev.gilscan.analyzer.rule.Check;
import dev.gilscan.analyzer.rule.Precision;
import dev.gilscan.analyzer.rule.Report;
import dev.gilscan.analyzer.rule.Rule;
import dev.gilscan.analyzer.rule.RuleContext;
import dev.gilscan.analyzer.rule.Severity;
import dev.gilscan.analyzer.rule.Subscriptions;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;

/** GIL203: a child process writes state the parent reads afterwards; the parent sees none of it. */
@Rule(id = "GIL203", name = "worker-writes-lost-in-parent", severity = Severity.ERROR,
        summary = "Worker process writes module or class state that the parent reads after the"
                + " work; the parent never sees the write",
        tags = {"multiprocessing", "correctness"},
        precision = Precision.MEDIUM, since = "0.2.0")
public final class WorkerWritesLostInParent implements Check {
    @Override
    public void subscribe(Subscriptions on) {
        on.node(Mod.Module.class, this::module);
    }

    private void module(Mod.Module module, RuleContext context) {
        SemanticModel file = context.file();
        ProcessTasks tasks = ProcessTasks.of(context.project());
        Set<Stmt> reported = Collections.newSetFromMap(new IdentityHashMap<>());
        for (CallGraph.Function function : tasks.functionsIn(file)) {
            List<ProcessTasks.Reached> reached = tasks.reached(function.node());
            for (ModuleState.Write w : ModuleState.writes(context.project(), file,
                    function.node())) {
                if (reported.contains(w.statement())
                        || ModuleState.sharedBetweenProcesses(context.project(), w.key())) {
                    continue;
                }
                for (ProcessTasks.Reached r : reached) {
                    ProcessTasks.Read read = tasks.readAfter(context.project(), r.task(),
                            (f, e) -> ModuleState.isRead(f, e)
                                    && w.key().equals(ModuleState.key(context.project(), f, e)));
                    if (read != null) {
                        reported.add(w.statement());
                        report(w.statement(), w.what(), r, read, context);
                        break;
                    }
                }
            }
            for (ProcessTasks.Reached r : reached) {
                if (r.path().isEmpty()) {
                    argumentWrites(tasks, function, r, reported, context);
                }
                Stmt.ClassDef cls = r.task().processClass();
                if (cls != null && file.classOfMethod(function.node()) == cls) {
                    selfWrites(tasks, function, cls, r, reported, context);
                } else if (cls == null && file.classOfMethod(function.node()) != null
                        && ProcessTasks.boundToTheDispatcher(r, file.classOfMethod(function.node()))) {
                    boundSelfWrites(tasks, function, file.classOfMethod(function.node()), r,
                            reported, context);
                }
            }
        }
    }

    /**
     * Writes of an attribute of an object the task receives as an argument ({@code job.result =
     * ...}, or {@code node.summary = ...} for each {@code node} of a batch it receives) that the
     * dispatching function reads on the object it passed afterwards: the task changed the copy
     * it unpickled.
     */
    private void argumentWrites(ProcessTasks tasks, CallGraph.Function function,
            ProcessTasks.Reached r, Set<Stmt> reported, RuleContext context) {
        SemanticModel file = context.file();
        SemanticModel parent = r.task().file();
        for (ProcessTasks.Argument arg : ProcessTasks.arguments(r.task())) {
            if (!(arg.value() instanceof Expr.Name passed) || parent.assignedValues(passed)
                    .stream().anyMatch(v -> ModuleState.madeByMultiprocessing(parent, v))) {
                continue;
            }
            for (Stmt s : Nodes.findAll(function.node(), Stmt.class)) {
                if (file.enclosingFunction(s) != function.node() || reported.contains(s)) {
                    continue;
                }
                String attr = ModuleState.selfAttributeWritten(s, arg.parameter());
                boolean elements = arg.each();
                String element = loopOver(file, s, arg.parameter());
                if (attr == null && element != null && !arg.each()) {
                    attr = ModuleState.selfAttributeWritten(s, element);
                    elements = true;
                }
                if (attr == null) {
                    continue;
                }
                String name = attr;
                boolean each = elements;
                ProcessTasks.Read read = tasks.readAfter(context.project(), r.task(),
                        (f, e) -> ProcessTasks.readsArgument(f, e, r.task(), arg, name, each));
                if (read != null) {
                    reported.add(s);
                    report(s, "`" + attr + "` of its copy of " + (each ? "an element of "
                            : "") + "`" + passed.id() + "`", r, read, context);
                }
            }
        }
    }

    /** The variable of a {@code for} loop over {@code parameter} around {@code s}, or null. */
    private static @Nullable String loopOver(SemanticModel file, Stmt s, String parameter) {
        for (dev.gilscan.analyzer.ast.Node n = file.parent(s); n != null; n = file.parent(n)) {
            if (n instanceof Stmt.For f && f.iter() instanceof Expr.Name it
                    && it.id().equals(parameter) && f.target() instanceof Expr.Name v) {
                return v.id();
            }
        }
        return null;
    }

    /**
     * Writes of {@code self.x} in a {@code Process} subclass's {@code run} (or a method it
     * calls) that the parent reads on the process object afterwards: {@code p.result}.
     */
    private void selfWrites(ProcessTasks tasks, CallGraph.Function function, Stmt.ClassDef cls,
            ProcessTasks.Reached r, Set<Stmt> reported, RuleContext context) {
        String qualified = context.file().definitionName(cls);
        selfAttributeWrites(tasks, function, cls, r, reported, context,
                attr -> (f, e) -> e instanceof Expr.Attribute a && a.attr().equals(attr)
                        && ModuleState.isRead(f, e)
                        && f.values().valueOf(a.value()) instanceof Values.Value.CallResult v
                        && context.project().canonical(v.callee()).equals(qualified));
    }

    /**
     * Writes of {@code self.x} in a method a pool runs as a bound method of the dispatcher's
     * object ({@code ex.map(self.add, docs)}), that a method of the class reads on
     * {@code self} after the work: each worker changes its own unpickled copy.
     */
    private void boundSelfWrites(ProcessTasks tasks, CallGraph.Function function,
            Stmt.ClassDef cls, ProcessTasks.Reached r, Set<Stmt> reported,
            RuleContext context) {
        selfAttributeWrites(tasks, function, cls, r, reported, context,
                attr -> (f, e) -> e instanceof Expr.Attribute a && a.attr().equals(attr)
                        && a.value() instanceof Expr.Name n && f.enclosingFunction(e) != null
                        && n.id().equals(f.firstParameter(f.enclosingFunction(e)))
                        && f.classOfMethod(f.enclosingFunction(e)) == cls
                        && ModuleState.isRead(f, e));
    }

    /**
     * The writes of {@code self.attr} in {@code function} that the parent reads afterwards, as
     * {@code readOf(attr)} finds the read.
     */
    private void selfAttributeWrites(ProcessTasks tasks, CallGraph.Function function,
            Stmt.ClassDef cls, ProcessTasks.Reached r, Set<Stmt> reported, RuleContext context,
            java.util.function.Function<String, BiPredicate<SemanticModel, Expr>> readOf) {
        SemanticModel file = context.file();
        String self = file.firstParameter(function.node());
        if (self == null) {
            return;
        }
        for (Stmt s : Nodes.findAll(function.node(), Stmt.class)) {
            if (file.enclosingFunction(s) != function.node() || reported.contains(s)) {
                continue;
            }
            String attr = ModuleState.selfAttributeWritten(s, self);
            if (attr == null || ModuleState.sharedInClass(file, cls, attr)) {
                continue;
            }
            ProcessTasks.Read read = tasks.readAfter(context.project(), r.task(), readOf.apply(attr));
            if (read != null) {
                reported.add(s);
                report(s, "`self." + attr + "` of its copy of the `" + cls.name() + "` object", r,
                        read, context);
            }
        }
    }

    private static void report(Stmt write, String what, ProcessTasks.Reached r,
            ProcessTasks.Read read, RuleContext context) {
        SemanticModel file = context.file();
        ProcessTasks.Task task = r.task();
        String name = SharedState.shortName(task.task());
        Report report = context.report(write, "`" + file.text(write) + "` writes " + what
                + " in a worker process (`" + name + "` via " + task.how() + " on "
                + SharedState.line(task.file(), task.site(), file) + "); " + read.function()
                + " reads `" + read.file().text(read.at()) + "` on "
                + SharedState.line(read.file(), read.at(), file) + " and never sees the write.");
        report.step(new Location(task.file().path(), task.site().span()), "`" + name
                + "` is sent to worker processes here");
        for (CallGraph.Edge e : r.path()) {
            report.step(new Location(e.caller().file().path(), e.site().span()), "`"
                    + SharedState.shortName(e.caller()) + "` calls `"
                    + SharedState.shortName(e.callee()) + "`");
        }
        report.step(context.locate(write), "writes the worker's own copy here");
        report.related(new Location(read.file().path(), read.at().span()),
                "the parent reads it here and sees none of the workers' writes");
    }
}
