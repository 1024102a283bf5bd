/**
 * SARIF 2.1.0 reports of gilscan's findings, shaped for GitHub code scanning, and baselines read
 * back from earlier reports.
 *
 * <p>{@link SarifReport} writes one run: the tool with every rule's descriptor (from the rule
 * registry and the rule's docs page), one result per finding with its evidence (related locations,
 * the call chain as a code flow, the fix, the in-source suppression), a stable
 * {@value SarifReport#FINGERPRINT_KEY} partial fingerprint, and the files that could not be read
 * as {@link Notification}s. The output is deterministic: the same findings give the same bytes.
 *
 * @see <a href="https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html">SARIF 2.1.0</a>
 * @see <a href="https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning">SARIF support for code scanning</a>
 */
@NullMarked
package dev.gilscan.sarif;

import org.jspecify.annotations.NullMarked;
