package dev.dunning.service.simulation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Shadow mode for analysts and reviewers: put a stored version in shadow, read what it would change, take it out. */
@RestController
@RequestMapping("/api/v1/shadow")
@Tag(name = "Shadow mode", description = "A candidate version decides beside the one in force, answering nothing")
class ShadowController {
    private final ShadowMode shadow;

    ShadowController(ShadowMode shadow) {
        this.shadow = shadow;
    }

    record ShadowRequest(String candidate) {
    }

    @PutMapping
    @Operation(operationId = "startShadow", summary = "Put a stored version in shadow, replacing any other")
    @ApiResponse(responseCode = "200", description = "The shadow run")
    @ApiResponse(responseCode = "404", description = "No stored version has the candidate's hash")
    @ApiResponse(responseCode = "409", description = "The candidate is not an approved version")
    ShadowView start(@RequestBody ShadowRequest request, Principal caller) {
        return shadow.start(request.candidate(), caller.getName());
    }

    /** The current shadow run; 204 when no candidate is in shadow. */
    @GetMapping
    @Operation(operationId = "getShadow", summary = "What the version in shadow would change so far")
    @ApiResponse(responseCode = "200", description = "The shadow run")
    @ApiResponse(responseCode = "204", description = "No version is in shadow")
    ResponseEntity<ShadowView> view() {
        return shadow.view().map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
    }

    @DeleteMapping
    @Operation(operationId = "stopShadow", summary = "Take the version out of shadow")
    @ApiResponse(responseCode = "204", description = "No version is in shadow now")
    ResponseEntity<Void> stop() {
        shadow.stop();
        return ResponseEntity.noContent().build();
    }
}
