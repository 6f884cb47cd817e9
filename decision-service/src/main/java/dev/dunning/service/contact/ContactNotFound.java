package dev.dunning.service.contact;

/** No contact of the ledger has this id. */
public class ContactNotFound extends RuntimeException {
    public ContactNotFound(String contactId) {
        super("No contact " + contactId + " in the contact ledger");
    }
}
