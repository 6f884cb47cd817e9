package dev.dunning.rules.contact;

/** How insistent a message is: a friendly reminder, or a notice that states what follows if nothing is paid. */
public enum Tone {
    GENTLE, FIRM
}
