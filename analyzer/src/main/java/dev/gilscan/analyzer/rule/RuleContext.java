package dev.gilscan.analyzer.rule;

import dev.gilscan.analyzer.ast.Located;
import dev.gilscan.analyzer.ast.Location;
import dev.gilscan.analyzer.link.Project;
import dev.gilscan.analyzer.model.SemanticModel;

/**
 * What a rule gets while it looks at one file: the file's semantic model, the project it belongs
 * to, the settings, and a way to report.
 */
public interface RuleContext {
    /** The file being checked. */
    SemanticModel file();

    /** All scanned files, for facts across files (definitions, the call graph). */
    Project project();

    /** The Python version checked for, and whether it is a free-threaded build (3.13t, 3.14t). */
    TargetVersion target();

    /**
     * Reports a finding of this rule at {@code at}, in the current file. Add evidence to the
     * returned report; it is collected when the handler returns.
     */
    Report report(Located at, String message);

    /** The location of a node of the current file. */
    Location locate(Located node);
}
