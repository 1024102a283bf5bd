/**
 * What the tests of the rules and of the {@code check} command share: where the rule fixtures
 * are ({@link dev.gilscan.testing.Fixtures}) and the one verifier of their markers
 * ({@link dev.gilscan.testing.FixtureVerifier}). Test scope only.
 */
@NullMarked
package dev.gilscan.testing;

import org.jspecify.annotations.NullMarked;
