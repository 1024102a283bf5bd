package dev.gilscan.rules.workload;

import dev.gilscan.analyzer.ast.Comprehension;
import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.Located;
import dev.gilscan.analyzer.ast.Location;
import dev.gilscan.analyzer.ast.Node;
import dev.gilscan.analyzer.ast.Stmt;
import dev.gilscan.analyzer.link.CallGraph;
import dev.gilscan.analyzer.link.Project;
import dev.gilscan.analyzer.model.SemanticModel;
import dev.gilscan.analyzer.model.Values;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a function spends its time on, from its body and, through the call graph, the project
 * functions it calls: Python bytecode loops, native code that holds or releases the GIL, waits,
 * or calls gilscan cannot classify. Computed once per function and project; recursion ends.
 *
 * <pre>
 * def crunch(n):                    # CPU: the loop runs Python bytecode under the GIL
 *     return sum(i * i for i in range(n))
 * def fetch(url):                   # WAITS: requests.get waits on the network
 *     return requests.get(url).text
 * def digest(blob):                 # RELEASES: hashlib releases the GIL on large buffers
 *     return hashlib.sha256(blob).hexdigest()
 * def handle(x):                    # UNKNOWN: some_lib.process is in no knowledge base entry
 *     return some_lib.process(x)
 * </pre>
 */
public final class Workload {
    /** The classification of a function. */
    public enum Kind {
        /** Spends its time running Python bytecode or GIL-holding native code in loops. */
        CPU,
        /** Waits on I/O, timers, locks or queues somewhere. */
        WAITS,
        /** Runs native code that releases the GIL somewhere. */
        RELEASES,
        /** Calls something gilscan cannot classify. */
        UNKNOWN,
        /** Does little: no loop, no heavy call. */
        LIGHT
    }

    /** Where the evidence is, and what it is ("the loop at line 9"). */
    public record Evidence(Location location, String what) {}

    /** One call on the way from the task to the evidence. */
    public record Step(Location location, String message) {}

    /**
     * A function's classification, its evidence and, for CPU, the call chain to it;
     * {@code depth} is how many loops deep the deciding evidence sits.
     */
    public record Summary(Kind kind, @Nullable Evidence evidence, List<Step> chain, int depth) {
        Summary(Kind kind, @Nullable Evidence evidence, List<Step> chain) {
            this(kind, evidence, chain, 0);
        }
    }

    /**
     * Nested loops at least this deep dominate a wait, a release or an unclassified call made
     * outside every loop: one {@code queue.put} after the work does not make it I/O. A wait
     * inside a loop (a server's {@code select}) still makes the loop wait.
     */
    private static final int DOMINANT_DEPTH = 2;

    /** Methods of builtin types (str, list, dict, set) that are cheap and never wait. */
    private static final Set<String> BUILTIN_TYPE_METHODS = Set.of("append", "extend",
            "insert", "split", "rsplit", "splitlines", "strip", "lstrip", "rstrip", "lower",
            "upper", "casefold", "replace", "startswith", "endswith", "isdigit", "isalpha",
            "isalnum", "isspace", "format", "items", "keys", "values", "setdefault", "sort",
            "reverse", "index", "find", "rfind", "encode", "decode", "zfill", "ljust", "rjust",
            "center", "partition", "rpartition", "title", "capitalize", "translate",
            "most_common", "bit_length", "is_integer", "conjugate", "issubset", "issuperset",
            "union", "intersection", "difference", "symmetric_difference", "isdisjoint");

    /** Loops this small are not evidence of CPU-bound work. */
    private static final int SMALL_LITERAL_LOOP = 8;

    private final Project project;
    private final KnowledgeBase knowledge;
    private final Map<Node, Summary> done = Collections.synchronizedMap(new IdentityHashMap<>());

    private Workload(Project project, KnowledgeBase knowledge) {
        this.project = project;
        this.knowledge = knowledge;
    }

    /** The shared classifier of a project, with the built-in knowledge base. */
    public static Workload of(Project project) {
        return project.memo(Workload.class, () -> new Workload(project,
                KnowledgeBase.builtin()));
    }

    /** The summary of a project function. */
    public Summary summarize(CallGraph.Function function) {
        return summarize(function, new ArrayDeque<>());
    }

    private Summary summarize(CallGraph.Function function, Deque<Node> inProgress) {
        Summary known = done.get(function.node());
        if (known != null) {
            return known;
        }
        if (inProgress.stream().anyMatch(n -> n == function.node())) {
            return new Summary(Kind.LIGHT, null, List.of());
        }
        inProgress.push(function.node());
        Summary result = new Scan(function, inProgress).run();
        inProgress.pop();
        done.put(function.node(), result);
        return result;
    }

    /** How far a kind is from CPU-bound: an override further away wins. */
    private static int rank(Kind kind) {
        return switch (kind) {
            case CPU -> 0;
            case LIGHT -> 1;
            case UNKNOWN -> 2;
            case RELEASES -> 3;
            case WAITS -> 4;
        };
    }

    /** True if a function's body is only a docstring, {@code pass}, {@code ...} or a raise. */
    private static boolean isStub(Node function) {
        List<Stmt> body = function instanceof Stmt.FunctionDef f ? f.body()
                : function instanceof Stmt.AsyncFunctionDef f ? f.body() : null;
        if (body == null || body.isEmpty()) {
            return false;
        }
        for (Stmt s : body) {
            boolean empty = s instanceof Stmt.Pass || s instanceof Stmt.Raise
                    || s instanceof Stmt.Expr e && e.value() instanceof Expr.Constant;
            if (!empty) {
                return false;
            }
        }
        return true;
    }

    /** One pass over a function body. */
    private final class Scan {
        private final CallGraph.Function function;
        private final SemanticModel file;
        private final Deque<Node> inProgress;
        private @Nullable Evidence cpu;
        private List<Step> cpuChain = List.of();
        private @Nullable Evidence waits;
        private @Nullable Evidence releases;
        private @Nullable Evidence unknown;
        /** The deepest loop nesting of the CPU evidence, and the deepest of everything else. */
        private int cpuDepth = -1;
        private int otherDepth = -1;

        Scan(CallGraph.Function function, Deque<Node> inProgress) {
            this.function = function;
            this.file = function.file();
            this.inProgress = inProgress;
        }

        Summary run() {
            Node node = function.node();
            if (node instanceof Stmt.FunctionDef f) {
                statements(f.body(), 0);
            } else if (node instanceof Stmt.AsyncFunctionDef f) {
                statements(f.body(), 0);
            } else if (node instanceof Expr.Lambda l) {
                expression(l.body(), 0);
            }
            if (cpu != null && cpuDepth >= DOMINANT_DEPTH && otherDepth <= 0) {
                return new Summary(Kind.CPU, cpu, cpuChain, cpuDepth);
            }
            if (waits != null) {
                return new Summary(Kind.WAITS, waits, List.of(), otherDepth);
            }
            if (releases != null) {
                return new Summary(Kind.RELEASES, releases, List.of(), otherDepth);
            }
            if (unknown != null) {
                return new Summary(Kind.UNKNOWN, unknown, List.of(), otherDepth);
            }
            if (cpu != null) {
                return new Summary(Kind.CPU, cpu, cpuChain, cpuDepth);
            }
            return new Summary(Kind.LIGHT, null, List.of());
        }

        /**
         * What a call does, given every method it may run: {@code self.dispatch_events()} in a
         * base class runs the subclass's override when the object is one, so an override that
         * waits or that gilscan cannot classify makes the call so too. A hook with no body of
         * its own (a docstring, {@code pass}, {@code ...}, {@code raise NotImplementedError})
         * does what its overrides do, and with none in the project (one outside it, perhaps)
         * is unknown.
         */
        private Summary summarizeDispatched(CallGraph.Function callee, Expr.Call call) {
            boolean onSelf = call.func() instanceof Expr.Attribute a
                    && a.value() instanceof Expr.Name n
                    && n.id().equals(file.firstParameter(function.node()));
            if (!onSelf) {
                return summarize(callee, inProgress);
            }
            Summary s = isStub(callee.node()) ? null : summarize(callee, inProgress);
            for (CallGraph.Edge e : project.callGraph().callees(function)) {
                if (e.site() != call || e.callee() == callee
                        || e.kind() != CallGraph.EdgeKind.CALL) {
                    continue;
                }
                Summary override = summarize(e.callee(), inProgress);
                if (s == null || rank(override.kind()) > rank(s.kind())) {
                    s = override;
                }
            }
            return s != null ? s : new Summary(Kind.UNKNOWN, new Evidence(at(call), "`"
                    + file.text(call) + "`, a hook meant to be overridden"), List.of(), 0);
        }

        private Location at(Located node) {
            return new Location(file.path(), node.span());
        }

        private void statements(List<Stmt> body, int loops) {
            for (Stmt s : body) {
                statement(s, loops);
            }
        }

        private void statement(Stmt s, int loops) {
            if (s instanceof Stmt.FunctionDef || s instanceof Stmt.AsyncFunctionDef
                    || s instanceof Stmt.ClassDef) {
                return;
            }
            if (s instanceof Stmt.For f) {
                loop(f, f.iter(), loops);
                expression(f.iter(), loops);
                statements(f.body(), loops + 1);
                statements(f.orelse(), loops);
                return;
            }
            if (s instanceof Stmt.AsyncFor f) {
                waits = waits != null ? waits : new Evidence(at(f), "`async for` awaits");
                return;
            }
            if (s instanceof Stmt.While w) {
                loop(w, null, loops);
                expression(w.test(), loops + 1);
                statements(w.body(), loops + 1);
                statements(w.orelse(), loops);
                return;
            }
            for (Node child : s.children()) {
                if (child instanceof Stmt inner) {
                    statement(inner, loops);
                } else if (child instanceof Expr e) {
                    expression(e, loops);
                } else {
                    other(child, loops);
                }
            }
        }

        private void other(Node node, int loops) {
            for (Node child : node.children()) {
                if (child instanceof Stmt s) {
                    statement(s, loops);
                } else if (child instanceof Expr e) {
                    expression(e, loops);
                } else {
                    other(child, loops);
                }
            }
        }

        /** A for or while loop: evidence of Python work unless it is a loop over a few literals or waits. */
        private void loop(Located loop, @Nullable Expr iter, int loops) {
            if (iter != null && iteratesStream(iter)) {
                waits = waits != null ? waits : new Evidence(at(loop),
                        "the loop at line " + loop.span().line() + " reads a file or stream");
                otherDepth = Math.max(otherDepth, loops + 1);
                return;
            }
            if (iter instanceof Expr.Tuple t && t.elts().size() <= SMALL_LITERAL_LOOP
                    || iter instanceof Expr.List l && l.elts().size() <= SMALL_LITERAL_LOOP) {
                return;
            }
            if (cpu == null) {
                cpu = new Evidence(at(loop), "the loop at line " + loop.span().line());
                cpuChain = List.of();
            }
            cpuDepth = Math.max(cpuDepth, loops + 1);
        }

        private boolean iteratesStream(Expr iter) {
            Values.Value v = file.values().valueOf(iter);
            if (v instanceof Values.Value.CallResult r) {
                KnowledgeBase.Entry e = knowledge.lookup(r.callee());
                return e != null && e.effect() == KnowledgeBase.Effect.WAITS;
            }
            return false;
        }

        private void expression(Expr e, int loops) {
            if (e instanceof Expr.Lambda) {
                return;
            }
            if (e instanceof Expr.Await a) {
                waits = waits != null ? waits : new Evidence(at(a), "`await` at line "
                        + a.span().line());
                otherDepth = Math.max(otherDepth, loops);
                return;
            }
            if (e instanceof Expr.ListComp || e instanceof Expr.SetComp
                    || e instanceof Expr.DictComp || e instanceof Expr.GeneratorExp) {
                comprehension(e, loops);
                return;
            }
            if (e instanceof Expr.Call call) {
                call(call, loops);
            }
            for (Node child : e.children()) {
                if (child instanceof Expr inner) {
                    expression(inner, loops);
                } else {
                    other(child, loops);
                }
            }
        }

        private void comprehension(Expr e, int loops) {
            List<Comprehension> generators = new ArrayList<>();
            for (Node child : e.children()) {
                if (child instanceof Comprehension c) {
                    generators.add(c);
                }
            }
            Expr firstIter = generators.get(0).iter();
            loop((Located) e, firstIter, loops);
            for (Node child : e.children()) {
                if (child instanceof Comprehension c) {
                    expression(c.iter(), c == generators.get(0) ? loops : loops + 1);
                    for (Expr condition : c.ifs()) {
                        expression(condition, loops + 1);
                    }
                } else if (child instanceof Expr inner) {
                    expression(inner, loops + 1);
                }
            }
        }

        private void call(Expr.Call call, int loops) {
            CallGraph.Function callee = project.callGraph().resolveCall(file, call);
            if (callee != null) {
                Summary s = summarizeDispatched(callee, call);
                if (s.kind() == Kind.CPU) {
                    cpuDepth = Math.max(cpuDepth, loops + s.depth());
                } else if (s.kind() != Kind.LIGHT) {
                    otherDepth = Math.max(otherDepth, loops + Math.max(0, s.depth()));
                }
                switch (s.kind()) {
                    case WAITS -> waits = waits != null ? waits : s.evidence();
                    case RELEASES -> releases = releases != null ? releases : s.evidence();
                    case UNKNOWN -> unknown = unknown != null ? unknown : s.evidence();
                    case CPU -> {
                        if (cpu == null) {
                            cpu = s.evidence();
                            List<Step> chain = new ArrayList<>();
                            chain.add(new Step(at(call), "`" + function.name() + "` calls `"
                                    + callee.name() + "`"));
                            chain.addAll(s.chain());
                            cpuChain = chain;
                        }
                    }
                    case LIGHT -> { }
                }
                return;
            }
            KnowledgeBase.Entry entry = entry(call);
            if (entry == null) {
                if (isBuiltinTypeMethod(call)) {
                    return;
                }
                unknown = unknown != null ? unknown : new Evidence(at(call),
                        "`" + file.text(call) + "`, which gilscan cannot classify");
                otherDepth = Math.max(otherDepth, loops);
                return;
            }
            if (entry.effect() == KnowledgeBase.Effect.WAITS
                    || entry.effect() == KnowledgeBase.Effect.RELEASES) {
                otherDepth = Math.max(otherDepth, loops);
            }
            switch (entry.effect()) {
                case WAITS -> waits = waits != null ? waits : new Evidence(at(call),
                        "`" + file.text(call) + "` waits");
                case RELEASES -> releases = releases != null ? releases : new Evidence(at(call),
                        "`" + file.text(call) + "` releases the GIL");
                case PYTHON -> cpuCall(call, "`" + file.text(call) + "` runs Python code");
                case HOLDS -> {
                    if (loops > 0) {
                        cpuCall(call, "`" + file.text(call) + "` in a loop holds the GIL");
                    }
                }
                case NEUTRAL -> { }
            }
        }

        private void cpuCall(Expr.Call call, String what) {
            cpuDepth = Math.max(cpuDepth, 0);
            if (cpu == null) {
                cpu = new Evidence(at(call), what);
                cpuChain = List.of();
            }
        }

        /** The knowledge base entry of a call: by the callee's qualified name, or its receiver's class. */
        private KnowledgeBase.@Nullable Entry entry(Expr.Call call) {
            String name = file.qualifiedName(call.func());
            if (name != null) {
                return knowledge.lookup(name);
            }
            if (call.func() instanceof Expr.Attribute a) {
                if (file.values().valueOf(a.value()) instanceof Values.Value.CallResult r) {
                    return knowledge.lookup(knowledge.classMadeBy(r.callee()) + "." + a.attr());
                }
                String type = builtinType(a.value());
                if (type != null) {
                    return knowledge.lookup(type + "." + a.attr());
                }
            }
            return null;
        }

        /**
         * The builtin type of a literal receiver, or of a name assigned once from one:
         * {@code ", ".join(...)}, {@code counts = {}; counts.get(k)}.
         */
        private @Nullable String builtinType(Expr receiver) {
            Expr value = receiver;
            if (receiver instanceof Expr.Name n) {
                value = file.singleAssignedValue(n);
            }
            if (value instanceof Expr.Dict || value instanceof Expr.DictComp) {
                return "builtins.dict";
            } else if (value instanceof Expr.List || value instanceof Expr.ListComp) {
                return "builtins.list";
            } else if (value instanceof Expr.Set || value instanceof Expr.SetComp) {
                return "builtins.set";
            } else if (value instanceof Expr.JoinedStr || (value instanceof Expr.Constant c
                    && c.value() instanceof dev.gilscan.analyzer.ast.ConstantValue.Str)) {
                return "builtins.str";
            } else if (value instanceof Expr.Constant c
                    && c.value() instanceof dev.gilscan.analyzer.ast.ConstantValue.Bytes) {
                return "builtins.bytes";
            }
            return null;
        }

        private boolean isBuiltinTypeMethod(Expr.Call call) {
            return call.func() instanceof Expr.Attribute a
                    && BUILTIN_TYPE_METHODS.contains(a.attr())
                    && file.qualifiedName(a.value()) == null;
        }
    }
}
