package dev.gilscan.sarif;

import dev.gilscan.analyzer.files.PackageLayout;
import dev.gilscan.analyzer.parser.SourceParser;
import dev.gilscan.analyzer.parser.SourceText;
import dev.gilscan.analyzer.rule.Finding;
import dev.gilscan.analyzer.rule.RuleDescriptor;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Writes gilscan's findings as a SARIF 2.1.0 log of one run for GitHub code scanning, and reads
 * the fingerprints of an earlier log back as a baseline.
 *
 * <pre>
 * String json = SarifReport.builder(new ToolInfo("gilscan", version, homePage), checkoutRoot)
 *         .rules(descriptorsOfEnabledRules, RuleRegistry::docs)
 *         .findings(findings)                  // all of them, suppressed ones too, sorted
 *         .notifications(filesThatDidNotParse)
 *         .sources(path -&gt; textTheAnalyzerRead(path))
 *         .layout(packageLayout, 14)           // module names and syntax for logicalLocations
 *         .versionControl(VersionControl.of(checkoutRoot))
 *         .baseline(SarifReport.fingerprints(baselineFile))
 *         .keepBaseline(false)                 // true: keep known results, baselineState unchanged
 *         .automationId("gilscan/")
 *         .toJson();
 * </pre>
 *
 * <p>Paths are written relative to the source root, the checkout's root, with {@code uriBaseId}
 * {@value #SOURCE_ROOT_ID}; columns are 1-based UTF-16 code units.
 */
public final class SarifReport {
    /** The key of gilscan's fingerprint in each result's {@code partialFingerprints}. */
    public static final String FINGERPRINT_KEY = "gilscan/v1";

    /** The {@code uriBaseId} of every relative path, defined in {@code originalUriBaseIds}. */
    public static final String SOURCE_ROOT_ID = SourceRoot.ID;

    /** The most results GitHub code scanning accepts in one run. */
    public static final int GITHUB_MAX_RESULTS = 25_000;

    private SarifReport() {}

    /**
     * The SARIF log of one run, pretty-printed, ending in a newline.
     *
     * @param tool the tool's name, version and home page
     * @param rules the descriptors of all enabled rules, in any order; each id once
     * @param helpMarkdown the markdown of a rule's docs page by rule id, null when it has none
     * @param findings all findings, suppressed ones included, sorted by {@link Finding#ORDER}
     * @param notifications the files that could not be read or parsed
     * @param sourceRoot the directory that paths are written relative to: the checkout's root
     * @param automationId the run's category for GitHub, such as {@code gilscan/}; null for none
     */
    public static String toJson(ToolInfo tool, List<RuleDescriptor> rules,
            Function<String, @Nullable String> helpMarkdown, List<Finding> findings,
            List<Notification> notifications, Path sourceRoot, @Nullable String automationId) {
        return builder(tool, sourceRoot)
                .rules(rules, helpMarkdown)
                .findings(findings)
                .notifications(notifications)
                .automationId(automationId)
                .toJson();
    }

    /** A report of {@code tool} with paths relative to {@code sourceRoot}. */
    public static Builder builder(ToolInfo tool, Path sourceRoot) {
        return new Builder(tool, sourceRoot);
    }

    /**
     * The {@value #FINGERPRINT_KEY} fingerprints of {@code findings}, in the same order. The
     * fingerprint counts the findings of one rule on lines of the same text in one file, so pass
     * all findings in output order, not a filtered part of them.
     *
     * @param sources the text of a file, as the analyzer read it; called once per file
     */
    public static List<String> fingerprints(List<Finding> findings, Path sourceRoot,
            Function<Path, String> sources) {
        return Fingerprints.of(findings, new SourceRoot(sourceRoot), sources);
    }

    /**
     * The {@value #FINGERPRINT_KEY} fingerprint of one finding.
     *
     * @param sourceText the text of the finding's file
     * @param occurrence 1 for the first finding of its rule in its file on a line of this text
     *     (whitespace aside), 2 for the second, ...; {@link #fingerprints(List, Path, Function)}
     *     counts them
     */
    public static String fingerprint(Finding finding, Path sourceRoot, String sourceText,
            int occurrence) {
        if (occurrence < 1) {
            throw new IllegalArgumentException("occurrences count from 1: " + occurrence);
        }
        String line = Fingerprints.normalizedLine(sourceText, finding.location().span().line());
        return Fingerprints.hash(finding.rule().id(),
                new SourceRoot(sourceRoot).key(finding.location().path()), line) + ":" + occurrence;
    }

    /**
     * The findings whose fingerprint is not in {@code baseline}, in order: what a text report
     * shows when a baseline is given. Fingerprints are computed over all of {@code findings}.
     */
    public static List<Finding> withoutBaseline(List<Finding> findings, Set<String> baseline,
            Path sourceRoot, Function<Path, String> sources) {
        List<String> fingerprints = fingerprints(findings, sourceRoot, sources);
        return IntStream.range(0, findings.size())
                .filter(i -> !baseline.contains(fingerprints.get(i)))
                .mapToObj(findings::get)
                .toList();
    }

    /**
     * The {@value #FINGERPRINT_KEY} fingerprints of the results of an earlier SARIF log, the
     * baseline; results without one are skipped ({@link Baseline#read}).
     *
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if it is not a SARIF 2.1.0 log
     */
    public static Set<String> fingerprints(Path sarifFile) throws IOException {
        return Baseline.read(sarifFile).fingerprints();
    }

    /**
     * A file's text for fingerprints when the caller has none: its bytes as UTF-8, undecodable
     * bytes replaced, a byte order mark dropped; empty if the file cannot be read.
     */
    public static String readSource(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return "";
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder does not fail", e);
        }
    }

    /** The parts of a report; only the tool and the source root are required. */
    public static final class Builder {
        private final ToolInfo tool;
        private final Path sourceRoot;
        private List<RuleDescriptor> rules = List.of();
        private Function<String, @Nullable String> helpMarkdown = id -> null;
        private List<Finding> findings = List.of();
        private List<Notification> notifications = List.of();
        private Function<Path, String> sources = SarifReport::readSource;
        private Set<String> baseline = Set.of();
        private Baseline earlier = Baseline.NONE;
        private Set<Path> checked = Set.of();
        private boolean keepBaseline;
        private PackageLayout layout = new PackageLayout();
        private int minor = SourceParser.LATEST_MINOR;
        private @Nullable VersionControl versionControl;
        private @Nullable String automationId;
        private boolean executionSuccessful = true;
        private boolean includeSuppressed = true;
        private int maxResults = GITHUB_MAX_RESULTS;

        private Builder(ToolInfo tool, Path sourceRoot) {
            this.tool = tool;
            this.sourceRoot = sourceRoot;
        }

        /** The enabled rules, each id once, and their docs pages' markdown by id (or null). */
        public Builder rules(List<RuleDescriptor> rules,
                Function<String, @Nullable String> helpMarkdown) {
            this.rules = List.copyOf(rules);
            this.helpMarkdown = helpMarkdown;
            return this;
        }

        /** All findings, suppressed ones included, sorted by {@link Finding#ORDER}. */
        public Builder findings(List<Finding> findings) {
            this.findings = List.copyOf(findings);
            return this;
        }

        /** What went wrong while running, such as files that could not be parsed. */
        public Builder notifications(List<Notification> notifications) {
            this.notifications = List.copyOf(notifications);
            return this;
        }

        /**
         * The text of a file, for fingerprints; by default {@link SarifReport#readSource}. Pass
         * what the analyzer read, and the same function when filtering text output.
         */
        public Builder sources(Function<Path, String> sources) {
            this.sources = Objects.requireNonNull(sources);
            return this;
        }

        /**
         * Whether suppressed findings are written, with {@code suppressions} of kind
         * {@code inSource} (default true). GitHub code scanning does not act on suppressions: it
         * shows such results as open alerts.
         */
        public Builder includeSuppressed(boolean includeSuppressed) {
            this.includeSuppressed = includeSuppressed;
            return this;
        }

        /**
         * The fingerprints of an earlier report: the findings whose fingerprint is among them are
         * left out, or with {@link #keepBaseline} kept.
         */
        public Builder baseline(Set<String> baseline) {
            this.baseline = Set.copyOf(baseline);
            return this;
        }

        /**
         * An earlier report: its fingerprints as {@link #baseline(Set)}, and with {@link
         * #keepBaseline} its results that no finding has the fingerprint of are written after the
         * findings, as the baseline has them, with {@code baselineState} {@code absent}: those of
         * the report's rules in the {@link #checked} files (a file not checked, or a rule not
         * run, says nothing about them).
         */
        public Builder baseline(Baseline baseline) {
            this.earlier = Objects.requireNonNull(baseline);
            this.baseline = Set.copyOf(baseline.fingerprints());
            return this;
        }

        /**
         * The files this run checked and reports on (default none): only there can a result of
         * the {@link #baseline(Baseline)} be absent. Files that could not be read or parsed (the
         * {@link #notifications} with a path) do not count.
         */
        public Builder checked(Collection<Path> files) {
            this.checked = Set.copyOf(files);
            return this;
        }

        /**
         * Whether the findings of the {@link #baseline} stay in the report, with {@code
         * baselineState} {@code unchanged}, and the others get {@code new} (default false: known
         * findings are left out and no result has a {@code baselineState}).
         */
        public Builder keepBaseline(boolean keepBaseline) {
            this.keepBaseline = keepBaseline;
            return this;
        }

        /**
         * How module names are found and which Python syntax is read when files are parsed again
         * for the definitions around locations ({@code logicalLocations}); by default the default
         * source roots and Python 3.{@value SourceParser#LATEST_MINOR}.
         */
        public Builder layout(PackageLayout layout, int minor) {
            this.layout = Objects.requireNonNull(layout);
            this.minor = minor;
            return this;
        }

        /** The repository and commit scanned, {@code versionControlProvenance}; null for none. */
        public Builder versionControl(@Nullable VersionControl versionControl) {
            this.versionControl = versionControl;
            return this;
        }

        /** The run's {@code automationDetails.id}, GitHub's category; null for none. */
        public Builder automationId(@Nullable String automationId) {
            this.automationId = automationId;
            return this;
        }

        /** Whether the run finished (default true); files that failed to parse do not change it. */
        public Builder executionSuccessful(boolean executionSuccessful) {
            this.executionSuccessful = executionSuccessful;
            return this;
        }

        /**
         * At most this many results (default {@value SarifReport#GITHUB_MAX_RESULTS}, GitHub's
         * limit); beyond it the most severe are kept and a warning notification says how many were
         * left out.
         */
        public Builder maxResults(int maxResults) {
            if (maxResults < 0) {
                throw new IllegalArgumentException("maxResults " + maxResults);
            }
            this.maxResults = maxResults;
            return this;
        }

        /** The SARIF log, pretty-printed with two-space indentation, ending in a newline. */
        public String toJson() {
            SourceRoot root = new SourceRoot(sourceRoot);
            Map<Path, SourceText> texts = new HashMap<>();
            Function<Path, SourceText> text = path -> texts.computeIfAbsent(path,
                    p -> new SourceText(p.toString(), sources.apply(p)));
            List<String> allFingerprints =
                    Fingerprints.of(findings, root, p -> text.apply(p).text());
            List<Integer> kept = IntStream.range(0, findings.size())
                    .filter(i -> keepBaseline || !baseline.contains(allFingerprints.get(i)))
                    .filter(i -> includeSuppressed || findings.get(i).suppression() == null)
                    .boxed()
                    .toList();
            List<Notification> allNotifications = new ArrayList<>(notifications);
            if (kept.size() > maxResults) {
                allNotifications.add(new Notification(null, 0, 0, String.format(
                        "%d of %d results were left out, the least severe first: GitHub code"
                                + " scanning takes at most %d results in one run.",
                        kept.size() - maxResults, kept.size(), maxResults), "warning"));
                kept = mostSevere(kept, maxResults);
            }
            List<Finding> results = kept.stream().map(findings::get).toList();
            List<String> fingerprints = kept.stream().map(allFingerprints::get).toList();
            List<String> states = !keepBaseline ? null : fingerprints.stream()
                    .map(f -> baseline.contains(f) ? "unchanged" : "new").toList();
            ReportModel.Context context = new ReportModel.Context(text,
                    new LogicalNames(layout, minor, text), versionControl, states,
                    keepBaseline ? absent(root, allFingerprints) : List.of());
            return SarifJson.write(ReportModel.build(tool, rules, helpMarkdown, results,
                    fingerprints, allNotifications, root, automationId, executionSuccessful,
                    context));
        }

        /** The baseline's results that this run would have found, and did not. */
        private List<com.contrastsecurity.sarif.Result> absent(SourceRoot root,
                List<String> found) {
            Set<Path> unread = new HashSet<>();
            notifications.stream().map(Notification::path).filter(Objects::nonNull)
                    .forEach(p -> unread.add(p.toAbsolutePath().normalize()));
            Set<String> uris = new HashSet<>();
            for (Path file : checked) {
                if (!unread.contains(file.toAbsolutePath().normalize())) {
                    uris.add(root.artifactUri(file));
                }
            }
            Set<String> ruleIds = new HashSet<>();
            rules.forEach(r -> ruleIds.add(r.id()));
            return earlier.absent(new HashSet<>(found), ruleIds, uris);
        }

        /** The first {@code limit} indexes by severity, then in their original order. */
        private List<Integer> mostSevere(List<Integer> indexes, int limit) {
            Comparator<Integer> bySeverity =
                    Comparator.comparing((Integer i) -> findings.get(i).rule().severity());
            return indexes.stream()
                    .sorted(bySeverity.thenComparing(Comparator.naturalOrder()))
                    .limit(limit)
                    .sorted()
                    .toList();
        }
    }
}
