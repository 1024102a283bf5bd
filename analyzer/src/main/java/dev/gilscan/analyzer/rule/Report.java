package dev.gilscan.analyzer.rule;

import dev.gilscan.analyzer.ast.Located;
import dev.gilscan.analyzer.ast.Location;

/** A finding being reported: add the evidence that explains it. */
public interface Report {
    /** A secondary location in the current file, with what it shows. */
    Report related(Located node, String message);

    /** A secondary location anywhere, with what it shows. */
    Report related(Location location, String message);

    /** The next step of the path that leads to the finding (a call chain), in order. */
    Report step(Location location, String message);

    /**
     * The finding's mechanical fix (one per finding; a later call replaces it). The editor's
     * quick fix, {@code gilscan check --fix} and SARIF {@code fixes} all come from it.
     */
    Report fix(Finding.Fix fix);
}
