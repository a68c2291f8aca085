package io.newsflow.enrich.actors;

import java.time.LocalDate;
import java.util.List;

/**
 * What a dictionary name stands for.
 *
 * @param name    the canonical name of the actor, place or role
 * @param type    COUNTRY, PERSON, ORGANIZATION, IGO or GROUP (null for roles and discards)
 * @param country ISO3 of the actor's country, null for IGOs, roles and discards
 * @param kind    how the name is used, which decides actor, place, role or noise
 * @param dated   codes valid between two dates, checked in order before the default
 * @param code    the default code: the CAMEO-style code of an actor, the suffix of a role ({@code ~GOV}, or
 *                {@code NGO~} for a prefix), null when the actor is coded only within its dates
 * @param person  for a surname, the person it re-mentions; else null
 * @param alone   for a surname, whether it codes its person without an earlier full mention
 */
record DictionaryEntry(String name, String type, String country, Kind kind, List<DatedCode> dated, String code,
                       DictionaryEntry person, boolean alone) {

    DictionaryEntry {
        dated = List.copyOf(dated);
    }

    /** An entry with a single code and no dates. */
    static DictionaryEntry of(String name, String type, String country, Kind kind, String code) {
        return new DictionaryEntry(name, type, country, kind, List.of(), code, null, false);
    }

    /** The code on a day: the first dated code whose range holds it, else the default (possibly null). */
    String codeOn(LocalDate day) {
        for (DatedCode dc : dated) {
            if (dc.holds(day)) {
                return dc.code();
            }
        }
        return code;
    }

    /** A surname entry re-mentioning this person. */
    DictionaryEntry surname(String surname, boolean codesAlone) {
        return new DictionaryEntry(surname, type, country, Kind.SURNAME, List.of(), null, this, codesAlone);
    }

    /** A code valid from one day to another, both inclusive; null for an open end. */
    record DatedCode(String code, LocalDate from, LocalDate to) {
        boolean holds(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
        }
    }

    /** How a name refers to what it stands for. */
    enum Kind {
        /** A country's name or a short form: "Japan", "U.S."; always an actor. */
        COUNTRY,
        /** Another name a shared dictionary folds into a country (often a city): a place after "in", "at". */
        COUNTRY_ALIAS,
        /** A demonym or adjective: "Japanese". */
        DEMONYM,
        /** A capital city: the government when it acts, a place when something happens there. */
        CAPITAL,
        /** A seat of government that only ever stands for the government: "the Kremlin". */
        SEAT,
        /** A city or region that is only ever a place: "Kherson". */
        CITY,
        /** A person with dated codes. */
        PERSON,
        /** A person's surname: codes the person when the full name came earlier in the same text. */
        SURNAME,
        /** An organisation (IGO, party, armed group, company). */
        ORGANIZATION,
        /** A role noun that adds a suffix to a country's code: "troops" → MIL. */
        AGENT,
        /** A phrase whose sentence is not coded (sports, entertainment). */
        DISCARD
    }
}
