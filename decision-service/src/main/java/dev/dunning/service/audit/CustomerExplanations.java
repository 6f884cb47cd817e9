package dev.dunning.service.audit;

import dev.dunning.rules.decision.Decision;
import dev.dunning.service.audit.CustomerExplanation.Section;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Explains a stored decision to the customer in plain language (PIPL Art 24): what is owed and why, which rules and
 * sources led to it, what happens next, how to dispute it and the customer's rights. Simplified Chinese and English;
 * the words are in the {@code explanations/explanation} bundles. Only the account id and bill ids are shown of the
 * customer's data (PIPL Art 6).
 */
@Component
public class CustomerExplanations {

    public CustomerExplanation explain(Decision decision, Locale language) {
        Locale locale = supported(language.toLanguageTag());
        Wording words = new Wording(locale);
        List<Section> sections = Stream.of(
                        Optional.of(OwedSection.of(decision, words)),
                        GroundsSections.protections(decision, words),
                        GroundsSections.reasons(decision, words),
                        NextStepSection.of(decision, words),
                        RiskSection.of(decision, words),
                        Optional.of(RightsSections.dispute(decision, words)),
                        Optional.of(RightsSections.rights(decision, words)))
                .flatMap(Optional::stream).toList();
        String title = words.text("title", decision.accountId(), words.date(decision.asOf().toLocalDate()));
        return CustomerExplanation.of(decision.decisionId(), locale.toLanguageTag(), title, sections);
    }

    /**
     * The supported language of a language tag: "zh", "zh-CN" and "zh-Hans" are Simplified Chinese (zh-CN), "en" and
     * "en-*" English.
     *
     * @throws IllegalArgumentException naming the tag, for any other language
     */
    public static Locale supported(String tag) {
        Locale locale = tag == null ? Locale.ROOT : Locale.forLanguageTag(tag.replace('_', '-'));
        if (locale.getLanguage().equals("en")) {
            return Locale.ENGLISH;
        }
        if (locale.getLanguage().equals("zh") && isSimplified(locale)) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        throw new IllegalArgumentException("Unsupported language '" + tag + "': explanations are in zh-CN and en");
    }

    private static boolean isSimplified(Locale chinese) {
        String script = chinese.getScript();
        String country = chinese.getCountry();
        return (script.isEmpty() || script.equals("Hans")) && (country.isEmpty() || country.equals("CN"));
    }
}
