package dev.dunning.service.contact;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/contacts")
@Tag(name = "Contacts", description = "The contact ledger: contacts the decisions planned, and what happened to them")
class ContactController {
    private final ContactLedger ledger;
    private final ContactEvents events;

    ContactController(ContactLedger ledger, ContactEvents events) {
        this.ledger = ledger;
        this.events = events;
    }

    @PostMapping("/{contactId}/events")
    @Operation(operationId = "recordContactEvent", summary = "Record what happened to a contact",
            description = "DELIVERED, OPENED, PAID or FAILED, once per type. The same type again at the same time "
                    + "answers 200 as recorded; at another time, or FAILED beside DELIVERED or OPENED, 409; a time "
                    + "before the contact was decided, 400.")
    @ApiResponse(responseCode = "201", description = "Recorded now; the contact with its events")
    @ApiResponse(responseCode = "200", description = "Recorded before with the same time; the contact with its events")
    @ApiResponse(responseCode = "404", description = "No such contact")
    @ApiResponse(responseCode = "409", description = "The event contradicts what the ledger holds")
    ResponseEntity<ContactView> record(@PathVariable String contactId, @Valid @RequestBody ContactEventRequest event,
                                       Principal caller) {
        ContactEvents.Recorded recorded = events.record(contactId, event, caller.getName());
        if (!recorded.created()) {
            return ResponseEntity.ok(recorded.contact());
        }
        return ResponseEntity.created(URI.create("/api/v1/contacts/" + contactId)).body(recorded.contact());
    }

    @GetMapping("/{contactId}")
    @Operation(operationId = "getContact", summary = "A contact of the ledger with its events (no message text, no name)")
    @ApiResponse(responseCode = "200", description = "The contact with its events")
    @ApiResponse(responseCode = "404", description = "No such contact")
    ContactView find(@PathVariable String contactId) {
        return ledger.find(contactId).orElseThrow(() -> new ContactNotFound(contactId));
    }

    @GetMapping
    @Operation(operationId = "listContacts", summary = "An account's contacts with their events, newest first")
    List<ContactView> byAccount(@Parameter(description = "the account id (required)")
                                @RequestParam(required = false) String accountId) {
        if (accountId == null || accountId.isBlank()) {
            throw new InvalidContactRequest("accountId", "is required");
        }
        return ledger.byAccount(accountId);
    }
}
