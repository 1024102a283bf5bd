package dev.gilscan.analyzer.engine;

import dev.gilscan.analyzer.ast.Located;
import dev.gilscan.analyzer.ast.Location;
import dev.gilscan.analyzer.ast.Node;
import dev.gilscan.analyzer.ast.TreeWalker;
import dev.gilscan.analyzer.link.Project;
import dev.gilscan.analyzer.model.SemanticModel;
import dev.gilscan.analyzer.parallel.PerFile;
import dev.gilscan.analyzer.rule.Check;
import dev.gilscan.analyzer.rule.Finding;
import dev.gilscan.analyzer.rule.Report;
import dev.gilscan.analyzer.rule.RuleContext;
import dev.gilscan.analyzer.rule.RuleDescriptor;
import dev.gilscan.analyzer.rule.Subscriptions;
import dev.gilscan.analyzer.rule.TargetVersion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs rules over a project: each file is walked once, every node handed to the rules that
 * subscribed to its kind. Files are checked in parallel, on {@link PerFile}'s threads; the
 * findings come back in {@link Finding#ORDER}, the same for every run. A rule that throws loses
 * its findings for that file and is reported as an {@link Result#errors() error}, and so does a
 * file whose check fails otherwise (out of memory); the scan goes on.
 */
public final class Engine {
    /** Findings, and the internal errors of rules (one line each: rule, file, exception). */
    public record Result(List<Finding> findings, List<String> errors) {}

    private record Registered(Check check, RuleDescriptor descriptor,
            Subscriptions.Handler<Node> handler) {}

    private final List<Check> checks;
    private final Map<Class<?>, List<Registered>> handlers = new HashMap<>();

    public Engine(List<? extends Check> checks) {
        this.checks = List.copyOf(checks);
        for (Check check : this.checks) {
            RuleDescriptor descriptor = check.descriptor();
            check.subscribe(new Subscriptions() {
                @Override
                @SuppressWarnings("unchecked")
                public <T extends Node> void node(Class<T> type, Handler<T> handler) {
                    handlers.computeIfAbsent(type, k -> new ArrayList<>()).add(
                            new Registered(check, descriptor, (Handler<Node>) handler));
                }
            });
        }
    }

    public List<Check> checks() {
        return checks;
    }

    /** Checks every file of the project. */
    public Result run(Project project, TargetVersion target) {
        return run(project, project.files(), target);
    }

    /** Checks some files of the project (an editor checks one buffer). */
    public Result run(Project project, List<SemanticModel> files, TargetVersion target) {
        List<Result> perFile = PerFile.map(files, file -> checkFile(project, file, target),
                (file, thrown) -> new Result(List.of(), List.of("checking " + file.path()
                        + " failed: " + thrown)));
        List<Finding> findings = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Result r : perFile) {
            findings.addAll(r.findings());
            errors.addAll(r.errors());
        }
        findings.sort(Finding.ORDER);
        return new Result(Collections.unmodifiableList(findings),
                Collections.unmodifiableList(errors));
    }

    private Result checkFile(Project project, SemanticModel file, TargetVersion target) {
        List<Finding> findings = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Map<Check, FileContext> contexts = new HashMap<>();
        List<Check> failed = new ArrayList<>();
        new TreeWalker() {
            @Override
            protected void enter(Node node, List<Node> ancestors) {
                List<Registered> list = handlers.get(node.getClass());
                if (list == null) {
                    return;
                }
                for (Registered r : list) {
                    if (failed.contains(r.check())) {
                        continue;
                    }
                    FileContext context = contexts.computeIfAbsent(r.check(),
                            k -> new FileContext(project, file, target, r.descriptor()));
                    try {
                        r.handler().visit(node, context);
                    } catch (RuntimeException | StackOverflowError e) {
                        failed.add(r.check());
                        context.reports.clear();
                        errors.add(r.descriptor().id() + " failed on " + file.path() + ": " + e);
                    }
                }
            }
        }.walk(file.tree(), file.nodes());
        Noqa noqa = Noqa.of(file.parse());
        for (FileContext context : contexts.values()) {
            for (PendingReport report : context.reports) {
                Finding f = report.finding();
                String how = noqa.suppression(f.rule().id(), f.location().span().line());
                findings.add(how == null ? f : f.suppressed(how));
            }
        }
        return new Result(findings, errors);
    }

    /** The context one rule gets for one file. */
    private static final class FileContext implements RuleContext {
        private final Project project;
        private final SemanticModel file;
        private final TargetVersion target;
        private final RuleDescriptor descriptor;
        final List<PendingReport> reports = new ArrayList<>();

        FileContext(Project project, SemanticModel file, TargetVersion target,
                RuleDescriptor descriptor) {
            this.project = project;
            this.file = file;
            this.target = target;
            this.descriptor = descriptor;
        }

        @Override
        public SemanticModel file() {
            return file;
        }

        @Override
        public Project project() {
            return project;
        }

        @Override
        public TargetVersion target() {
            return target;
        }

        @Override
        public Report report(Located at, String message) {
            PendingReport report = new PendingReport(this, descriptor, locate(at), message);
            reports.add(report);
            return report;
        }

        @Override
        public Location locate(Located node) {
            return new Location(file.path(), node.span());
        }
    }

    /** A report under construction. */
    private static final class PendingReport implements Report {
        private final FileContext context;
        private final RuleDescriptor rule;
        private final Location location;
        private final String message;
        private final List<Finding.Related> related = new ArrayList<>();
        private final List<Finding.Related> flow = new ArrayList<>();
        private Finding.Fix fix;

        PendingReport(FileContext context, RuleDescriptor rule, Location location,
                String message) {
            this.context = context;
            this.rule = rule;
            this.location = location;
            this.message = message;
        }

        @Override
        public Report related(Located node, String text) {
            related.add(new Finding.Related(context.locate(node), text));
            return this;
        }

        @Override
        public Report related(Location at, String text) {
            related.add(new Finding.Related(at, text));
            return this;
        }

        @Override
        public Report step(Location at, String text) {
            flow.add(new Finding.Related(at, text));
            return this;
        }

        @Override
        public Report fix(Finding.Fix value) {
            this.fix = value;
            return this;
        }

        Finding finding() {
            return new Finding(rule, message, location, related, flow, fix, null);
        }
    }
}
