package dev.dunning.service.decisions;

import dev.dunning.rules.decision.Decision;
import dev.dunning.rules.request.DecisionRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/decisions")
@Tag(name = "Decisions", description = "What an account owes, what protects it, and what happens next")
class DecisionController {
    static final String REPLAYED = "Idempotent-Replayed";
    private final Decisions decisions;

    DecisionController(Decisions decisions) {
        this.decisions = decisions;
    }

    @PostMapping
    @Operation(operationId = "decide", summary = "Decide for one account",
            description = "Returns 201 with a new decision, or 200 with the stored one when the requestId was already "
                    + "decided for the same request (header Idempotent-Replayed: true). A requestId reused for a "
                    + "different request is refused with 409.")
    @ApiResponse(responseCode = "201", description = "Decided now",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Decision.class)))
    @ApiResponse(responseCode = "200", description = "Decided before for the same request",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Decision.class)))
    @ApiResponse(responseCode = "409", description = "The requestId was decided before for a different request "
            + "(errors names requestId)")
    ResponseEntity<DecisionJson> decide(@Valid @RequestBody DecisionRequest request, Principal caller) {
        Decided decided = decisions.decide(request, caller.getName());
        DecisionJson body = new DecisionJson(decided.json());
        if (decided.replayed()) {
            return ResponseEntity.ok().header(REPLAYED, "true").body(body);
        }
        return ResponseEntity.created(URI.create("/api/v1/decisions/" + decided.decision().decisionId())).body(body);
    }

    @GetMapping("/{decisionId}")
    @Operation(operationId = "getDecision", summary = "A stored decision, exactly as it was answered")
    @ApiResponse(responseCode = "200", description = "The decision, byte for byte as it was answered",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Decision.class)))
    DecisionJson find(@PathVariable String decisionId) {
        return new DecisionJson(decisions.answer(decisionId));
    }
}
