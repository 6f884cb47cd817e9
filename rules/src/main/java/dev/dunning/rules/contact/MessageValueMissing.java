package dev.dunning.rules.contact;

/** A template uses a placeholder the caller gave no value for: no customer ever reads a literal "{amount}". */
public final class MessageValueMissing extends IllegalArgumentException {
    public MessageValueMissing(String templateId, String placeholder) {
        super("Template " + templateId + " uses {" + placeholder + "}, but no " + placeholder + " was given");
    }
}
