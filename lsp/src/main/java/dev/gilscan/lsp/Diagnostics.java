package dev.gilscan.lsp;

import dev.gilscan.analyzer.ast.Location;
import dev.gilscan.analyzer.ast.Span;
import dev.gilscan.analyzer.files.ProjectLoader;
import dev.gilscan.analyzer.rule.Finding;
import dev.gilscan.rules.fix.TextLines;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** Findings and syntax errors as LSP diagnostics. */
final class Diagnostics {
    static final String SOURCE = "gilscan";
    private static final String DOCS = "https://github.com/gilscan/gilscan/blob/main/docs/rules/";

    private Diagnostics() {}

    /** The diagnostics of an analysis: one per finding, or one for the syntax error. */
    static List<Diagnostic> of(Workspace.Analysis analysis) {
        ProjectLoader.Problem error = analysis.syntaxError();
        if (error != null) {
            return List.of(syntaxError(error, new TextLines(analysis.text())));
        }
        List<Diagnostic> out = new ArrayList<>();
        for (Finding finding : analysis.findings()) {
            out.add(finding(finding));
        }
        return out;
    }

    /** A finding: range, severity, rule id linking to its docs, message, evidence. */
    static Diagnostic finding(Finding finding) {
        Diagnostic d = new Diagnostic(range(finding.location().span()), finding.message(),
                severity(finding), SOURCE, finding.rule().id());
        d.setCodeDescription(new DiagnosticCodeDescription(DOCS + finding.rule().id() + ".md"));
        List<DiagnosticRelatedInformation> related = new ArrayList<>();
        for (Finding.Related r : finding.related()) {
            related.add(new DiagnosticRelatedInformation(location(r.location()), r.message()));
        }
        for (Finding.Related step : finding.flow()) {
            related.add(new DiagnosticRelatedInformation(location(step.location()),
                    step.message()));
        }
        if (!related.isEmpty()) {
            d.setRelatedInformation(related);
        }
        return d;
    }

    /** The LSP range of a span: 0-based lines, UTF-16 columns. */
    static Range range(Span span) {
        return new Range(new Position(span.line() - 1, span.utf16Column()),
                new Position(span.endLine() - 1, span.utf16EndColumn()));
    }

    static org.eclipse.lsp4j.Location location(Location at) {
        return new org.eclipse.lsp4j.Location(Uris.of(at.path()), range(at.span()));
    }

    private static DiagnosticSeverity severity(Finding finding) {
        return switch (finding.rule().severity()) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case NOTE -> DiagnosticSeverity.Information;
        };
    }

    /** The one diagnostic of a buffer that does not parse, on the character at the error. */
    private static Diagnostic syntaxError(ProjectLoader.Problem error, TextLines lines) {
        int line = Math.max(0, Math.min(error.line() - 1, lines.count() - 1));
        int start = lines.column(line, error.column());
        String text = lines.line(line);
        int end = start < text.length()
                ? start + Character.charCount(text.codePointAt(start)) : start;
        Diagnostic d = new Diagnostic(new Range(new Position(line, start),
                new Position(line, end)), error.message(), DiagnosticSeverity.Error, SOURCE);
        return d;
    }
}
