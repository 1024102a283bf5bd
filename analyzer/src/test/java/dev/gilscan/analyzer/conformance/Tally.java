package dev.gilscan.analyzer.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The tally of one conformance run: each file's outcome (identical, differing, rejected by both
 * sides or by one only, or a known difference) and the first details. CPython's and gilscan's
 * payloads are canonical JSON strings; an error object starts with {@code {"error":}.
 */
final class Tally {
    /** Describes a file whose payloads differ, both sides having accepted it. */
    @FunctionalInterface
    interface Difference {
        String describe(String file, String theirs, String ours);
    }

    private final int show;
    private final Map<String, String> known;
    private final Difference difference;
    private int knownDiffer;
    private int identical;
    private int differing;
    private int bothReject;
    private int weRejectOnly;
    private int weAcceptOnly;
    private final List<String> details = new ArrayList<>();

    /** Keeps the first {@code show} details; {@code known} maps relative paths to causes. */
    Tally(int show, Map<String, String> known, Difference difference) {
        this.show = show;
        this.known = known;
        this.difference = difference;
    }

    void compare(String file, String theirs, String ours) {
        if (!theirs.equals(ours) && known.containsKey(file)) {
            knownDiffer++;
            System.out.println("known difference: " + file + ": " + known.get(file));
            return;
        }
        boolean theyReject = theirs.startsWith("{\"error\":");
        boolean weReject = ours.startsWith("{\"error\":");
        if (theyReject && weReject) {
            bothReject++;
        } else if (weReject) {
            weRejectOnly++;
            detail("we reject, CPython accepts: " + file + "\n    " + ours);
        } else if (theyReject) {
            weAcceptOnly++;
            detail("we accept, CPython rejects: " + file + "\n    " + theirs);
        } else if (theirs.equals(ours)) {
            identical++;
        } else {
            differing++;
            detail(difference.describe(file, theirs, ours));
        }
    }

    private void detail(String s) {
        if (details.size() < show) {
            details.add(s);
        }
    }

    /** Whether every file agrees or is a known difference. */
    boolean agree() {
        return differing == 0 && weRejectOnly == 0 && weAcceptOnly == 0;
    }

    /** Prints the details, then {@code corpusLine}, then the counts. */
    void print(String corpusLine, String knownFile) {
        for (String d : details) {
            System.out.println(d);
        }
        System.out.println(corpusLine);
        System.out.printf("  identical %d, differing %d, both reject %d, we reject but CPython"
                + " accepts %d, we accept but CPython rejects %d%n", identical, differing,
                bothReject, weRejectOnly, weAcceptOnly);
        System.out.printf("  known differences (%s) %d%n", knownFile, knownDiffer);
    }
}
