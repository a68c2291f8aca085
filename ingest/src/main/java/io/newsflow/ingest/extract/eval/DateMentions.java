package io.newsflow.ingest.extract.eval;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether a page's HTML mentions a calendar day in any common English or numeric form. A diagnostic of the
 * evaluation only: it tells a date the extractor missed from one the page never states.
 */
public final class DateMentions {

    private DateMentions() {
    }

    /** True when the day appears in the HTML in one of the usual spellings. */
    public static boolean mentioned(LocalDate day, String html) {
        String page = html.toLowerCase(Locale.ROOT);
        return spellings(day).stream().anyMatch(page::contains);
    }

    static List<String> spellings(LocalDate day) {
        List<String> forms = new ArrayList<>();
        for (String pattern : List.of("yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd", "MM/dd/yyyy", "M/d/yyyy", "dd.MM.yyyy",
                "d.M.yyyy", "dd/MM/yyyy", "yyyy/M/d")) {
            forms.add(day.format(DateTimeFormatter.ofPattern(pattern, Locale.ROOT)));
        }
        for (TextStyle style : List.of(TextStyle.FULL, TextStyle.SHORT)) {
            String month = day.getMonth().getDisplayName(style, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            int d = day.getDayOfMonth();
            int y = day.getYear();
            forms.add(month + " " + d + ", " + y);
            forms.add(month + ". " + d + ", " + y);
            forms.add(month + " " + d + " " + y);
            forms.add(d + " " + month + " " + y);
            forms.add(d + " " + month + ", " + y);
        }
        return forms;
    }
}
