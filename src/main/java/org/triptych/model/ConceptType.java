package org.triptych.model;

import java.util.Locale;

/** What a glossary concept names; decides how names are matched (persons' surnames inflect by gender). */
public enum ConceptType {
    PERSON,
    ORGANISATION,
    PLACE,
    EVENT,
    OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a type name leniently (British or American spelling, a few synonyms); unknown or empty values are OTHER. */
    public static ConceptType parse(String value) {
        if (value == null) {
            return OTHER;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "person", "people", "name", "per" -> PERSON;
            case "organisation", "organization", "org", "institution", "agency" -> ORGANISATION;
            case "place", "location", "loc", "country", "city", "gpe" -> PLACE;
            case "event" -> EVENT;
            default -> OTHER;
        };
    }
}
