package dev.dunning.service.audit;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A plain-language explanation of one decision for the customer (PIPL Art 24), in one language: its sections, and
 * {@code text}, the whole explanation as plain text ready to send.
 */
public record CustomerExplanation(String decisionId, String language, String title, List<Section> sections,
                                  String text) {

    public CustomerExplanation {
        sections = List.copyOf(sections);
    }

    /** The explanation with its text: the title, then each section's heading and paragraphs, one per line. */
    public static CustomerExplanation of(String decisionId, String language, String title, List<Section> sections) {
        String body = sections.stream().map(Section::text).collect(Collectors.joining("\n\n"));
        return new CustomerExplanation(decisionId, language, title, sections, title + "\n\n" + body + "\n");
    }

    /** One part of the explanation: a heading and its paragraphs. */
    public record Section(String heading, List<String> paragraphs) {

        public Section {
            paragraphs = List.copyOf(paragraphs);
        }

        public String text() {
            return Stream.concat(Stream.of(heading), paragraphs.stream()).collect(Collectors.joining("\n"));
        }
    }
}
