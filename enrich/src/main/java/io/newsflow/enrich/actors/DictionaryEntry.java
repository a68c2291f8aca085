package io.newsflow.enrich.actors;

/**
 * What a dictionary name stands for.
 *
 * @param code    the CAMEO-style code it is tagged with
 * @param name    the canonical name of the actor
 * @param type    COUNTRY, PERSON, ORGANIZATION, IGO or GROUP
 * @param country ISO3 of the actor's country, null for IGOs
 * @param role    the role suffix (GOV, MIL, ...), null for a bare country
 * @param kind    how the name is used, which decides actor or place
 * @param place   the place a capital names ("Seoul"), null for other names
 */
record DictionaryEntry(String code, String name, String type, String country, String role, NameKind kind,
                       String place) {

    /** How a name refers to its actor. */
    enum NameKind {
        /** The country's name or a short form: "Japan", "U.S.". */
        COUNTRY_NAME,
        /** A demonym or adjective: "Japanese". */
        DEMONYM,
        /** A capital city: the government when it acts, a place when something happens there. */
        CAPITAL,
        /** A seat of government that only ever stands for the government: "the Kremlin". */
        SEAT
    }
}
