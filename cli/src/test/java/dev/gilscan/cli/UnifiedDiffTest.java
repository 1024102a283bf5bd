package dev.gilscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The unified diffs of {@code gilscan check --diff}, as {@code diff -u} writes them. */
class UnifiedDiffTest {
    private static final String TEN = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n";

    @Test
    void changesFarApartAreTwoHunksWithThreeLinesOfContext() {
        assertThat(UnifiedDiff.of("a.py", TEN, TEN.replace("2\n", "two\n")
                .replace("10\n", "ten\n"))).isEqualTo("""
                --- a.py
                +++ a.py
                @@ -1,5 +1,5 @@
                 1
                -2
                +two
                 3
                 4
                 5
                @@ -7,4 +7,4 @@
                 7
                 8
                 9
                -10
                +ten
                """);
    }

    @Test
    void changesCloseTogetherShareAHunk() {
        assertThat(UnifiedDiff.of("a.py", TEN, TEN.replace("3\n", "three\n")
                .replace("8\n", "eight\n"))).startsWith("""
                --- a.py
                +++ a.py
                @@ -1,10 +1,10 @@
                """);
    }

    @Test
    void aLastLineWithoutLineBreakIsMarkedAndAnEmptySideStartsAtZero() {
        assertThat(UnifiedDiff.of("a.py", "x = 1", "import os\nx = 1\nprint(x)")).isEqualTo("""
                --- a.py
                +++ a.py
                @@ -1,1 +1,3 @@
                -x = 1
                \\ No newline at end of file
                +import os
                +x = 1
                +print(x)
                \\ No newline at end of file
                """);
        assertThat(UnifiedDiff.of("a.py", "", "x = 1\n")).isEqualTo("""
                --- a.py
                +++ a.py
                @@ -0,0 +1,1 @@
                +x = 1
                """);
    }

    @Test
    void theSameTextHasNoDiff() {
        assertThat(UnifiedDiff.of("a.py", TEN, TEN)).isEmpty();
    }
}
