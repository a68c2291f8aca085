package io.newsflow.aggregate;

import static io.newsflow.aggregate.EnrichedArticles.article;

import io.newsflow.model.EnrichedArticle;

/** Two reports each of two earthquakes on one day: one event kind, told in the same words, two events. */
public final class Quakes {

    public static final EnrichedArticle CHILE_1 = article("chile-1", "andes.example", "2026-03-11T02:00:00Z",
            "Earthquake shakes northern Chile near Antofagasta",
            "A magnitude 6.8 earthquake struck near Antofagasta in northern Chile, damaging roads and cutting "
                    + "power to copper mines around Calama. No tsunami warning was issued.", "CHL");
    public static final EnrichedArticle CHILE_2 = article("chile-2", "wire.example", "2026-03-11T04:00:00Z",
            "Antofagasta earthquake cuts power to Chile copper mines",
            "Copper mines around Calama lost power after the magnitude 6.8 earthquake near Antofagasta in "
                    + "northern Chile; roads were damaged and no tsunami warning was issued.", "CHL");
    public static final EnrichedArticle JAPAN_1 = article("japan-1", "pacific.example", "2026-03-11T05:00:00Z",
            "Earthquake shakes Miyagi, Sendai trains halted",
            "A magnitude 5.9 earthquake struck off Miyagi in Japan, halting Shinkansen trains to Sendai while "
                    + "engineers checked the Onagawa reactors. A tsunami advisory was lifted.", "JPN");
    public static final EnrichedArticle JAPAN_2 = article("japan-2", "tokyo.example", "2026-03-11T06:00:00Z",
            "Sendai Shinkansen resumes after Miyagi earthquake",
            "Shinkansen trains to Sendai resumed after the magnitude 5.9 earthquake off Miyagi, and the "
                    + "Onagawa reactors were found undamaged. Japan lifted its tsunami advisory.", "JPN");


    private Quakes() {
    }
}
