package dev.gilscan.rules;

import dev.gilscan.analyzer.rule.Check;
import dev.gilscan.testing.FixtureVerifier;
import dev.gilscan.testing.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every built-in rule against every one of its fixtures under test-fixtures/rules/<ID>/. */
class RuleFixturesTest {

    @TestFactory
    Stream<DynamicTest> everyRuleMatchesItsFixtures() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Check check : BuiltinRules.all()) {
            String id = check.descriptor().id();
            for (Path fixture : Fixtures.of(id)) {
                tests.add(DynamicTest.dynamicTest(id + " " + fixture.getFileName(),
                        () -> FixtureVerifier.verify(check, fixture)));
            }
        }
        return tests.stream();
    }
}
