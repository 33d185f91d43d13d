package org.polymetric.kernel.overview;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A module's texts for its card, from its own message bundle ({@code i18n/<module>.properties},
 * the one its templates read), and the way cards write numbers. A card is built in Java, not in
 * a template, so it cannot use the template resolver; a key missing from the bundle fails at
 * once rather than showing {@code ??key??}.
 */
public final class CardTexts {
    private final ResourceBundle bundle;

    private CardTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The bundle of module {@code moduleId}, found by the class loader of {@code anchor} (a class of the module). */
    public static CardTexts of(String moduleId, Class<?> anchor) {
        return new CardTexts(ResourceBundle.getBundle("i18n/" + moduleId, Locale.ENGLISH, anchor.getClassLoader()));
    }

    /** The text of {@code key}, its {@code {0}}… filled with {@code args}. */
    public String text(String key, Object... args) {
        String text = bundle.getString(key);
        return args.length == 0 ? text : new MessageFormat(text, Locale.ENGLISH).format(args);
    }

    /** A count as cards show it: digits grouped by thousands ({@code 12,345}). */
    public static String count(long n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }

    /** A value with at most one decimal ({@code 3.2}, {@code 12}). */
    public static String decimal(double v) {
        double rounded = Math.round(v * 10) / 10.0;
        return rounded == Math.rint(rounded) ? count((long) rounded) : String.format(Locale.ENGLISH, "%,.1f", rounded);
    }

    /**
     * At most {@code points} values from {@code values}, oldest first: each run of consecutive
     * values folded into one by {@code fold} (the highest for a peak, the sum for a volume), so a
     * day of 5-minute points draws as a sparkline of hours. Fewer values are kept as they are.
     */
    public static List<Double> folded(List<Double> values, int points, Fold fold) {
        if (values.size() <= points) {
            return values;
        }
        int run = (values.size() + points - 1) / points;
        List<Double> out = new ArrayList<>();
        for (int from = 0; from < values.size(); from += run) {
            out.add(fold.of(values.subList(from, Math.min(values.size(), from + run))));
        }
        return out;
    }

    /** How a run of values becomes one point. */
    public enum Fold {
        MAX, SUM;

        double of(List<Double> run) {
            double out = this == MAX ? Double.NEGATIVE_INFINITY : 0;
            for (double v : run) {
                out = this == MAX ? Math.max(out, v) : out + v;
            }
            return out;
        }
    }
}
