package dev.gilscan.analyzer.parser;

import java.util.Locale;

/**
 * Looks up a {@code \N{...}} name as Python's {@code unicodedata.lookup} does: the character
 * names Java knows, plus the names Unicode derives by rule, which Java spells differently
 * ({@code CJK UNIFIED IDEOGRAPH-4E00}, {@code HANGUL SYLLABLE GAG}, ...).
 */
final class UnicodeNames {
    private static final String[] DERIVED_PREFIXES = {"CJK UNIFIED IDEOGRAPH-",
        "CJK COMPATIBILITY IDEOGRAPH-", "TANGUT IDEOGRAPH-", "KHITAN SMALL SCRIPT CHARACTER-",
        "NUSHU CHARACTER-", "EGYPTIAN HIEROGLYPH-"};
    private static final String[] LEADS = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
        "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
    private static final String[] VOWELS = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O",
        "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] TAILS = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG",
        "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T",
        "P", "H"};
    private static final String HANGUL = "HANGUL SYLLABLE ";

    private UnicodeNames() {}

    /** The code point of a character name, or -1 if there is none. */
    static int lookup(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        for (String prefix : DERIVED_PREFIXES) {
            if (upper.startsWith(prefix)) {
                try {
                    int cp = Integer.parseInt(upper.substring(prefix.length()), 16);
                    return Character.isValidCodePoint(cp) && Character.getName(cp) != null ? cp : -1;
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        if (upper.startsWith(HANGUL)) {
            return hangul(upper.substring(HANGUL.length()));
        }
        try {
            return Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private static int hangul(String syllable) {
        for (int l = 0; l < LEADS.length; l++) {
            if (!syllable.startsWith(LEADS[l])) {
                continue;
            }
            for (int v = 0; v < VOWELS.length; v++) {
                String lv = LEADS[l] + VOWELS[v];
                if (!syllable.startsWith(lv)) {
                    continue;
                }
                for (int t = 0; t < TAILS.length; t++) {
                    if (syllable.equals(lv + TAILS[t])) {
                        return 0xAC00 + (l * VOWELS.length + v) * TAILS.length + t;
                    }
                }
            }
        }
        return -1;
    }
}
