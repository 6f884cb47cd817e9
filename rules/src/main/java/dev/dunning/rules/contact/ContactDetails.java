package dev.dunning.rules.contact;

import dev.dunning.rules.compiler.RuleSetSource;

/** What every message may point to, from the pack's {@value #PATH}: where to pay online and the service hotline. */
public record ContactDetails(String paymentLink, String hotline) {
    static final String PATH = "contact/contact.yaml";

    public static ContactDetails from(RuleSetSource pack) {
        PackField root = PackField.root(pack, PATH);
        return new ContactDetails(sourced(root.get("paymentLink")), sourced(root.get("hotline")));
    }

    private static String sourced(PackField field) {
        field.get("source");
        return field.get("value").text();
    }
}
