package dev.gilscan.sarif;

import com.contrastsecurity.sarif.ArtifactChange;
import com.contrastsecurity.sarif.ArtifactContent;
import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.CodeFlow;
import com.contrastsecurity.sarif.Fix;
import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.LogicalLocation;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.OriginalUriBaseIds;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.Replacement;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.RunAutomationDetails;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Suppression;
import com.contrastsecurity.sarif.ThreadFlow;
import com.contrastsecurity.sarif.ThreadFlowLocation;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.contrastsecurity.sarif.VersionControlDetails;
import dev.gilscan.analyzer.ast.Span;
import dev.gilscan.analyzer.parser.SourceText;
import dev.gilscan.analyzer.rule.Finding;
import dev.gilscan.analyzer.rule.RuleDescriptor;
import dev.gilscan.analyzer.rule.Severity;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Builds the java-sarif object tree of one run. Every set of the model is a {@link LinkedHashSet}
 * filled with finished objects (the model's hash codes change with its contents), so the output
 * keeps the order in which things are added.
 */
final class ReportModel {
    static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String RULE_DOCS_URI = "https://github.com/gilscan/gilscan/blob/main/docs/rules/";

    private final SourceRoot root;
    private final Function<Path, SourceText> sources;
    private final @Nullable LogicalNames logicalNames;
    private final Map<String, Integer> ruleIndex = new HashMap<>();

    private ReportModel(SourceRoot root, Function<Path, SourceText> sources,
            @Nullable LogicalNames logicalNames) {
        this.root = root;
        this.sources = sources;
        this.logicalNames = logicalNames;
    }

    /**
     * What a run says beyond its findings.
     *
     * @param sources the text of each file with findings, for snippets
     * @param logicalNames the definitions around locations; null to write none
     * @param versionControl the repository and commit scanned; null when unknown
     * @param baselineStates each result's {@code baselineState} ({@code new}, {@code unchanged}),
     *     in the order of the findings; null when the run is not compared with a baseline
     * @param absent the baseline's results that this run no longer finds, written after the
     *     findings as they are (with {@code baselineState} {@code absent}) but for their rule index
     */
    record Context(Function<Path, SourceText> sources, @Nullable LogicalNames logicalNames,
            @Nullable VersionControl versionControl, @Nullable List<String> baselineStates,
            List<Result> absent) {}

    /**
     * The SARIF log of one run.
     *
     * @param findings the results, in output order
     * @param fingerprints the {@code gilscan/v1} fingerprint of each finding
     */
    static SarifSchema210 build(ToolInfo tool, List<RuleDescriptor> rules,
            Function<String, @Nullable String> helpMarkdown, List<Finding> findings,
            List<String> fingerprints, List<dev.gilscan.sarif.Notification> notifications,
            SourceRoot root, @Nullable String automationId, boolean executionSuccessful,
            Context context) {
        ReportModel model = new ReportModel(root, context.sources(), context.logicalNames());
        Run run = new Run()
                .withTool(new Tool().withDriver(model.driver(tool, rules, helpMarkdown)))
                .withInvocations(List.of(model.invocation(notifications, executionSuccessful)))
                .withOriginalUriBaseIds(new OriginalUriBaseIds().withAdditionalProperty(
                        SourceRoot.ID, new ArtifactLocation().withUri(root.uri())))
                .withResults(model.results(findings, fingerprints, context.baselineStates(),
                        context.absent()))
                .withColumnKind(Run.ColumnKind.UTF_16_CODE_UNITS);
        VersionControl vcs = context.versionControl();
        if (vcs != null) {
            VersionControlDetails details = new VersionControlDetails()
                    .withRepositoryUri(URI.create(vcs.repositoryUri()))
                    .withRevisionId(vcs.revisionId())
                    .withBranch(vcs.branch());
            if (root.uri().equals(new SourceRoot(vcs.root()).uri())) {
                details.setMappedTo(new ArtifactLocation().withUriBaseId(SourceRoot.ID));
            }
            run.setVersionControlProvenance(new LinkedHashSet<>(List.of(details)));
        }
        if (automationId != null) {
            run.setAutomationDetails(new RunAutomationDetails().withId(automationId));
        }
        return new SarifSchema210()
                .with$schema(URI.create(SCHEMA_URI))
                .withVersion(SarifSchema210.Version._2_1_0)
                .withRuns(List.of(run));
    }

    private ToolComponent driver(ToolInfo tool, List<RuleDescriptor> rules,
            Function<String, @Nullable String> helpMarkdown) {
        Set<ReportingDescriptor> descriptors = new LinkedHashSet<>();
        for (RuleDescriptor rule : sortedUnique(rules)) {
            ruleIndex.put(rule.id(), descriptors.size());
            descriptors.add(descriptor(rule, helpMarkdown.apply(rule.id())));
        }
        return new ToolComponent()
                .withName(tool.name())
                .withFullName(tool.name() + " " + tool.version())
                .withVersion(tool.version())
                .withSemanticVersion(tool.version())
                .withInformationUri(URI.create(tool.informationUri()))
                .withRules(descriptors);
    }

    /** The rules by id; the same id twice is an error unless both descriptors are equal. */
    private static List<RuleDescriptor> sortedUnique(List<RuleDescriptor> rules) {
        Map<String, RuleDescriptor> byId = new LinkedHashMap<>();
        for (RuleDescriptor rule : rules) {
            RuleDescriptor other = byId.putIfAbsent(rule.id(), rule);
            if (other != null && !other.equals(rule)) {
                throw new IllegalArgumentException("two different descriptors of rule " + rule.id()
                        + ": " + other + " and " + rule);
            }
        }
        return byId.values().stream().sorted(Comparator.comparing(RuleDescriptor::id)).toList();
    }

    private static ReportingDescriptor descriptor(RuleDescriptor rule, @Nullable String docs) {
        String helpUri = RULE_DOCS_URI + rule.id() + ".md";
        MultiformatMessageString help = docs != null
                ? new MultiformatMessageString().withText(RuleDocs.plainText(docs))
                        .withMarkdown(docs)
                : new MultiformatMessageString()
                        .withText(rule.summary() + ". See " + helpUri)
                        .withMarkdown(rule.summary() + ". See [the rule's page](" + helpUri + ").");
        String full = docs != null ? RuleDocs.firstParagraph(docs, rule.summary()) : rule.summary();
        ReportingDescriptor descriptor = new ReportingDescriptor()
                .withId(rule.id())
                .withName(rule.name())
                .withShortDescription(new MultiformatMessageString().withText(rule.summary()))
                .withFullDescription(new MultiformatMessageString().withText(full))
                .withHelpUri(URI.create(helpUri))
                .withHelp(help)
                .withDefaultConfiguration(new ReportingConfiguration().withLevel(
                        ReportingConfiguration.Level.fromValue(rule.severity().sarifLevel())));
        PropertyBag properties = new PropertyBag();
        if (!rule.tags().isEmpty()) {
            properties.setTags(new LinkedHashSet<>(rule.tags()));
        }
        properties.setAdditionalProperty("precision", rule.precision().label());
        properties.setAdditionalProperty("problem.severity", problemSeverity(rule.severity()));
        return descriptor.withProperties(properties);
    }

    /** CodeQL's {@code problem.severity} of a level, which GitHub shows when there is no other. */
    private static String problemSeverity(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "recommendation";
        };
    }

    private List<Result> results(List<Finding> findings, List<String> fingerprints,
            @Nullable List<String> baselineStates, List<Result> absent) {
        List<Result> results = new ArrayList<>(findings.size() + absent.size());
        for (int i = 0; i < findings.size(); i++) {
            Result result = result(findings.get(i), fingerprints.get(i));
            if (baselineStates != null) {
                result.setBaselineState(Result.BaselineState.fromValue(baselineStates.get(i)));
            }
            results.add(result);
        }
        for (Result result : absent) {
            Integer index = ruleIndex.get(result.getRuleId());
            if (index == null) {
                throw new IllegalArgumentException("an absent result of rule "
                        + result.getRuleId() + ", a rule that is not among the rules of the report");
            }
            results.add(result.withRuleIndex(index));
        }
        return results;
    }

    private Result result(Finding finding, String fingerprint) {
        String id = finding.rule().id();
        Integer index = ruleIndex.get(id);
        if (index == null) {
            throw new IllegalArgumentException("a finding of rule " + id + " at "
                    + finding.location().path() + ":" + finding.location().span().line()
                    + ", a rule that is not among the rules of the report");
        }
        Result result = new Result()
                .withRuleId(id)
                .withRuleIndex(index)
                .withLevel(Result.Level.fromValue(finding.rule().severity().sarifLevel()))
                .withMessage(MessageMarkup.of(finding.message(), finding.location().path(),
                        linkTargets(finding)))
                .withLocations(List.of(location(finding.location())))
                .withPartialFingerprints(new PartialFingerprints()
                        .withAdditionalProperty(SarifReport.FINGERPRINT_KEY, fingerprint));
        if (!finding.related().isEmpty()) {
            Set<Location> related = new LinkedHashSet<>();
            for (Finding.Related r : finding.related()) {
                related.add(location(r.location())
                        .withId(related.size() + 1)
                        .withMessage(MessageMarkup.of(r.message())));
            }
            result.setRelatedLocations(related);
        }
        if (!finding.flow().isEmpty()) {
            List<ThreadFlowLocation> steps = new ArrayList<>();
            for (Finding.Related step : finding.flow()) {
                Location location = location(step.location())
                        .withMessage(MessageMarkup.of(step.message()));
                steps.add(new ThreadFlowLocation().withLocation(location));
            }
            result.setCodeFlows(List.of(new CodeFlow()
                    .withThreadFlows(List.of(new ThreadFlow().withLocations(steps)))));
        }
        if (finding.fix() != null) {
            result.setFixes(new LinkedHashSet<>(List.of(fix(finding.fix()))));
        }
        if (finding.suppression() != null) {
            result.setSuppressions(new LinkedHashSet<>(List.of(new Suppression()
                    .withKind(Suppression.Kind.IN_SOURCE)
                    .withJustification(finding.suppression()))));
        }
        return result;
    }

    /**
     * A finding's fix (SARIF 2.1.0 §3.55): its description, and per file (§3.56) the regions it
     * replaces with their new text (§3.57), lines joined with {@code \n}; the property
     * {@code applicability} says whether {@code gilscan check --fix} applies it ({@code safe}) or
     * only {@code --unsafe-fixes} ({@code unsafe}).
     */
    private Fix fix(Finding.Fix fix) {
        Map<Path, List<Replacement>> byFile = new LinkedHashMap<>();
        for (Finding.Edit edit : fix.edits()) {
            byFile.computeIfAbsent(edit.location().path(), p -> new ArrayList<>())
                    .add(new Replacement()
                            .withDeletedRegion(region(edit.location().span()))
                            .withInsertedContent(new ArtifactContent().withText(edit.text())));
        }
        Set<ArtifactChange> changes = new LinkedHashSet<>();
        byFile.forEach((path, replacements) -> changes.add(new ArtifactChange()
                .withArtifactLocation(artifact(path))
                .withReplacements(replacements)));
        PropertyBag properties = new PropertyBag();
        properties.setAdditionalProperty("applicability", fix.applicability().label());
        return new Fix().withDescription(MessageMarkup.of(fix.description()))
                .withArtifactChanges(changes)
                .withProperties(properties);
    }

    private Invocation invocation(List<dev.gilscan.sarif.Notification> notifications,
            boolean executionSuccessful) {
        Invocation invocation = new Invocation().withExecutionSuccessful(executionSuccessful);
        if (!notifications.isEmpty()) {
            List<com.contrastsecurity.sarif.Notification> list = new ArrayList<>();
            for (dev.gilscan.sarif.Notification n : notifications) {
                list.add(notification(n));
            }
            invocation.setToolExecutionNotifications(list);
        }
        return invocation;
    }

    private com.contrastsecurity.sarif.Notification notification(dev.gilscan.sarif.Notification n) {
        var notification = new com.contrastsecurity.sarif.Notification()
                .withMessage(message(n.message()))
                .withLevel(com.contrastsecurity.sarif.Notification.Level.fromValue(n.level()));
        Path path = n.path();
        if (path != null) {
            PhysicalLocation physical = new PhysicalLocation().withArtifactLocation(artifact(path));
            if (n.line() >= 1) {
                Region region = new Region().withStartLine(n.line());
                if (n.column() >= 1) {
                    region.setStartColumn(n.column());
                }
                physical.setRegion(region);
            }
            notification.setLocations(
                    new LinkedHashSet<>(List.of(new Location().withPhysicalLocation(physical))));
        }
        return notification;
    }

    /** The related locations that the message may link, by their ids. */
    private static List<MessageMarkup.Target> linkTargets(Finding finding) {
        List<MessageMarkup.Target> targets = new ArrayList<>();
        for (int i = 0; i < finding.related().size(); i++) {
            dev.gilscan.analyzer.ast.Location at = finding.related().get(i).location();
            targets.add(new MessageMarkup.Target(at.path(), at.span().line(), i + 1));
        }
        return targets;
    }

    /**
     * A location with its region's snippet, the lines around it with theirs, and the definition
     * it is in.
     */
    private Location location(dev.gilscan.analyzer.ast.Location location) {
        SourceText source = sources.apply(location.path());
        Span span = location.span();
        PhysicalLocation physical = new PhysicalLocation()
                .withArtifactLocation(artifact(location.path()))
                .withRegion(Snippets.withSnippet(region(span), span, source));
        Region context = Snippets.context(span, source);
        if (context != null) {
            physical.setContextRegion(context);
        }
        Location result = new Location().withPhysicalLocation(physical);
        LogicalLocation logical = logicalNames != null ? logicalNames.of(location) : null;
        if (logical != null) {
            result.setLogicalLocations(new LinkedHashSet<>(List.of(logical)));
        }
        return result;
    }

    private ArtifactLocation artifact(Path path) {
        ArtifactLocation artifact = new ArtifactLocation().withUri(root.artifactUri(path));
        return root.relative(path) == null ? artifact : artifact.withUriBaseId(SourceRoot.ID);
    }

    /**
     * A span as a SARIF region: 1-based lines, 1-based UTF-16 columns, the end column exclusive
     * as in the span. A span without a line (line 0, the whole file) becomes line 1, since GitHub
     * rejects results without a region.
     */
    static Region region(Span span) {
        if (span.line() < 1) {
            return new Region().withStartLine(1);
        }
        int startColumn = span.utf16Column() + 1;
        Region region = new Region().withStartLine(span.line()).withStartColumn(startColumn);
        if (span.endLine() > span.line()) {
            region.withEndLine(span.endLine()).withEndColumn(span.utf16EndColumn() + 1);
        } else {
            region.withEndLine(span.line())
                    .withEndColumn(Math.max(startColumn, span.utf16EndColumn() + 1));
        }
        return region;
    }

    private static Message message(String text) {
        return new Message().withText(text);
    }
}
