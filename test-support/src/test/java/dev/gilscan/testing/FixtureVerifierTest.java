package dev.gilscan.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gilscan.testing.FixtureVerifier.Markers;
import dev.gilscan.testing.FixtureVerifier.Place;
import dev.gilscan.testing.FixtureVerifier.Reported;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verifier's markers for related locations, flow steps and named messages, and its checks. */
class FixtureVerifierTest {
    @TempDir
    Path dir;

    /** Two locks in opposite orders; the finding is on line 7, its evidence on lines 6, 10, 11. */
    private static final String LOCKS = """
            import threading
            A = threading.Lock()
            B = threading.Lock()
            # message[inv]: {{Takes `B` while holding `A`.}}
            def one():
                with A:  # related[a]: {{takes `A` here, first}}
                    with B:  # expect[a]: GIL304 [inv]
                        pass
            def two():
                with B:  # step[a.1]: {{takes `B`}}
                    with A:  # step[a.2]: {{takes `A` while holding `B`}}
                        pass
            """;

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private static Reported finding(Path file, int line, String message, List<Place> related,
            @Nullable List<Place> flow) {
        return new Reported(file, line, "GIL304", message, 8, 9, related, flow);
    }

    private static Place at(Path file, int line, String message) {
        return new Place(file, line, message);
    }

    private void verify(Path fixture, Reported... reported) throws IOException {
        FixtureVerifier.read(fixture).verify("GIL304", List.of(reported), List.of());
    }

    @Test
    void aFindingWithExactlyTheMarkedEvidencePasses() throws IOException {
        Path f = file("locks.py", LOCKS);

        Markers markers = FixtureVerifier.read(f);

        assertThat(markers.problems()).isEmpty();
        assertThat(markers.expected()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(7);
            assertThat(e.message()).isEqualTo("Takes `B` while holding `A`.");
            assertThat(e.related()).containsExactly(at(f, 6, "takes `A` here, first"));
            assertThat(e.steps()).containsExactly(at(f, 10, "takes `B`"),
                    at(f, 11, "takes `A` while holding `B`"));
        });
        assertThatCode(() -> verify(f, finding(f, 7, "Takes `B` while holding `A`.",
                List.of(at(f, 6, "takes `A` here, first")),
                List.of(at(f, 10, "takes `B`"), at(f, 11, "takes `A` while holding `B`")))))
                .doesNotThrowAnyException();
    }

    @Test
    void aMissingRelatedLocationFails() throws IOException {
        Path f = file("locks.py", LOCKS);

        assertThatThrownBy(() -> verify(f, finding(f, 7, "Takes `B` while holding `A`.",
                List.of(), List.of(at(f, 10, "takes `B`"),
                        at(f, 11, "takes `A` while holding `B`")))))
                .hasMessageContaining(":7: GIL304 related location " + f
                        + ":6 {{takes `A` here, first}} is not reported");
    }

    @Test
    void anExtraRelatedLocationFails() throws IOException {
        Path f = file("locks.py", LOCKS);

        assertThatThrownBy(() -> verify(f, finding(f, 7, "Takes `B` while holding `A`.",
                List.of(at(f, 6, "takes `A` here, first"), at(f, 2, "created here")),
                List.of(at(f, 10, "takes `B`"), at(f, 11, "takes `A` while holding `B`")))))
                .hasMessageContaining("unexpected related location " + f + ":2 {{created here}}")
                .hasMessageNotContaining("is not reported");
    }

    @Test
    void aRelatedLocationWithAnotherMessageFailsAndSaysBoth() throws IOException {
        Path f = file("locks.py", LOCKS);

        assertThatThrownBy(() -> verify(f, finding(f, 7, "Takes `B` while holding `A`.",
                List.of(at(f, 6, "takes `A` here")),
                List.of(at(f, 10, "takes `B`"), at(f, 11, "takes `A` while holding `B`")))))
                .hasMessageContaining("related location " + f + ":6 message differs\n"
                        + "  expected: takes `A` here, first\n  actual:   takes `A` here");
    }

    @Test
    void stepsInAnotherOrderOrMissingFail() throws IOException {
        Path f = file("locks.py", LOCKS);
        List<Place> related = List.of(at(f, 6, "takes `A` here, first"));

        assertThatThrownBy(() -> verify(f, finding(f, 7, "Takes `B` while holding `A`.", related,
                List.of(at(f, 11, "takes `A` while holding `B`"), at(f, 10, "takes `B`")))))
                .hasMessageContaining("GIL304 flow differs");
        assertThatThrownBy(() -> verify(f, finding(f, 7, "Takes `B` while holding `A`.", related,
                List.of(at(f, 10, "takes `B`")))))
                .hasMessageContaining("flow differs");
    }

    @Test
    void stepsAreNotCheckedAgainstAnOutputWithoutFlow() throws IOException {
        Path f = file("locks.py", LOCKS);

        assertThatCode(() -> verify(f, finding(f, 7, "Takes `B` while holding `A`.",
                List.of(at(f, 6, "takes `A` here, first")), null)))
                .doesNotThrowAnyException();
    }

    @Test
    void anExpectationWithoutLabelChecksNoEvidence() throws IOException {
        Path f = file("plain.py", """
                import threading
                A = threading.Lock()
                with A:  # expect: GIL304 {{message}}
                    pass
                """);

        assertThatCode(() -> verify(f, finding(f, 3, "message",
                List.of(at(f, 1, "anything")), List.of(at(f, 2, "any step")))))
                .doesNotThrowAnyException();
    }

    @Test
    void relatedLocationsAndStepsInOtherFilesOfAFolderFixture() throws IOException {
        Path a = file("pkg/a.py", """
                import threading
                from pkg import b
                A = threading.Lock()
                def one():
                    with A:
                        b.take()  # expect[x]: GIL304 {{crosses}}
                """);
        Path b = file("pkg/b.py", """
                import threading
                B = threading.Lock()
                def take():
                    # related[x]: {{takes `B` here}}
                    # step[x.1]: {{takes `B`}}
                    with B:
                        pass
                """);

        assertThatCode(() -> verify(dir.resolve("pkg"), finding(a, 6, "crosses",
                List.of(at(b, 6, "takes `B` here")), List.of(at(b, 6, "takes `B`")))))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> verify(dir.resolve("pkg"), finding(a, 6, "crosses",
                List.of(at(a, 6, "takes `B` here")), List.of(at(b, 6, "takes `B`")))))
                .hasMessageContaining("is not reported")
                .hasMessageContaining("unexpected related location " + a + ":6");
    }

    @Test
    void aDanglingLabelIsAProblemOfTheFixture() throws IOException {
        Path f = file("dangling.py", """
                import threading
                A = threading.Lock()
                with A:  # expect[a]: GIL304 {{message}}
                    pass  # related[b]: {{nobody's}}
                x = 1  # related[a]: {{here}}
                """);

        assertThat(FixtureVerifier.read(f).problems()).containsExactly(f + ":4: related[b]"
                + " names no expectation: no `# expect[b]:` in the fixture");
        assertThatThrownBy(() -> verify(f, finding(f, 3, "message", List.of(at(f, 5, "here")),
                List.of()))).hasMessageContaining("related[b] names no expectation");
    }

    @Test
    void labelsUsedTwiceOrNamedByNothingAndStepsNotNumberedOneToNAreProblems()
            throws IOException {
        Path f = file("labels.py", """
                a = 1  # expect[a]: GIL304 {{one}}
                b = 2  # expect[a]: GIL304 {{two}}
                c = 3  # expect[lonely]: GIL304 {{three}}
                d = 4  # expect[s]: GIL304 {{four}}
                e = 5  # step[s.1]: {{first}}
                f = 6  # step[s.3]: {{third}}
                g = 7  # related[a]: {{for both}}
                """);

        assertThat(FixtureVerifier.read(f).problems()).containsExactlyInAnyOrder(
                f + ":2: label [a] is on another expectation too, at " + f + ":1",
                f + ":3: expect[lonely] is labelled but no related or step marker names it",
                f + ":6: step[s.3]: the 2 steps of [s] must be numbered 1 to 2, each once");
    }

    @Test
    void namedMessagesMustBeDefinedOnceInTheFileAndUsed() throws IOException {
        file("pkg/a.py", """
                # message[here]: {{defined in a}}
                # message[twice]: {{one}}
                # message[twice]: {{two}}
                # message[spare]: {{never used}}
                x = 1  # expect: GIL304 [here]
                y = 2  # expect: GIL304 [twice]
                """);
        Path b = file("pkg/b.py", "x = 1  # expect: GIL304 [here]\n");
        Path a = dir.resolve("pkg/a.py");

        assertThat(FixtureVerifier.read(dir.resolve("pkg")).problems()).containsExactlyInAnyOrder(
                a + ":3: message[twice] is defined twice in the file",
                a + ": message[spare] is never used in the file",
                b + ":1: no `# message[here]: {{...}}` in this file");
    }

    @Test
    void malformedEvidenceMarkersAreProblems() throws IOException {
        Path f = file("bad.py", """
                x = 1  # expect[a]: GIL304 {{one}}
                y = 2  # related[a] {{no colon}}
                z = 3  # step[a]: {{no number}}
                w = 4  # message[m]: [not text]
                """);

        assertThat(FixtureVerifier.read(f).problems()).containsExactlyInAnyOrder(
                f + ":2: malformed marker: # related[a] {{no colon}}",
                f + ":3: malformed marker: # step[a]: {{no number}}",
                f + ":4: malformed marker: # message[m]: [not text]",
                f + ":1: expect[a] is labelled but no related or step marker names it");
    }

    @Test
    void theMessageOfAFindingStillHasToMatch() throws IOException {
        Path f = file("locks.py", LOCKS);

        assertThatThrownBy(() -> verify(f, finding(f, 7, "Takes `B`.",
                List.of(at(f, 6, "takes `A` here, first")), null)))
                .hasMessageContaining("GIL304 message differs\n"
                        + "  expected: Takes `B` while holding `A`.\n  actual:   Takes `B`.");
    }
}
