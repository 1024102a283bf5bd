/**
 * Fixes, the step after the report: what rules use to build the edits of their
 * {@link dev.gilscan.analyzer.rule.Finding.Fix} ({@link SourceEdits}, {@link Indentation}), the
 * {@code # noqa} edit ({@link NoqaEdit}), and {@link FixApplier}, which applies fixes to a
 * file's text for {@code gilscan check --fix} and the fix tests.
 */
@NullMarked
package dev.gilscan.rules.fix;

import org.jspecify.annotations.NullMarked;
