package dev.dunning.service.contact;

/** An event that contradicts what the ledger already holds for the contact (answered 409). */
public class ContactEventRefused extends RuntimeException {
    ContactEventRefused(String message) {
        super(message);
    }
}
