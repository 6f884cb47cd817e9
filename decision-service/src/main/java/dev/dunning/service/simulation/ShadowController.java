package dev.dunning.service.simulation;

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
class ShadowController {
    private final ShadowMode shadow;

    ShadowController(ShadowMode shadow) {
        this.shadow = shadow;
    }

    record ShadowRequest(String candidate) {
    }

    @PutMapping
    ShadowView start(@RequestBody ShadowRequest request, Principal caller) {
        return shadow.start(request.candidate(), caller.getName());
    }

    /** The current shadow run; 204 when no candidate is in shadow. */
    @GetMapping
    ResponseEntity<ShadowView> view() {
        return shadow.view().map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
    }

    @DeleteMapping
    ResponseEntity<Void> stop() {
        shadow.stop();
        return ResponseEntity.noContent().build();
    }
}
