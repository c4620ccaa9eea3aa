package fr.fabrikaprojets.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything Fabrik holds about one person, as an answer to a right-of-access request: sections (their projects,
 * presentations, advice shared with them, orientations, documents, history, session registrations, directory
 * entries), each a list of records labelled in the person's language ("fr", "en"). Printed as a PDF and written as
 * JSON from the same content, so that the two never disagree.
 */
public record PersonalDataReport(String identifier, Instant generatedAt, String language, List<Section> sections)
        implements Serializable {

    /** The document's words: {@code access.properties}, French, and its English twin. */
    public static final String BUNDLE = "fr.fabrikaprojets.privacy.access";

    public PersonalDataReport {
        sections = List.copyOf(sections);
    }

    /** A titled list of records; a record's map keeps its labels in order. */
    public record Section(String title, List<Map<String, String>> records) implements Serializable {

        public Section {
            records = List.copyOf(records);
        }
    }

    public boolean isEmpty() {
        return sections.stream().allMatch(section -> section.records().isEmpty());
    }
}
