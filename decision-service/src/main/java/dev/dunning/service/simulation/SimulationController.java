package dev.dunning.service.simulation;

import java.net.URI;
import java.security.Principal;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Simulations for analysts and reviewers: upload a portfolio CSV with the hash of a candidate version (and of a
 * baseline, by default the version in force now), follow the run, then read the report and the changed accounts.
 */
@RestController
@RequestMapping("/api/v1/simulations")
class SimulationController {
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private final Simulations simulations;

    SimulationController(Simulations simulations) {
        this.simulations = simulations;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<SimulationJob> start(@RequestParam(required = false) MultipartFile file,
                                        @RequestParam(required = false) String candidate,
                                        @RequestParam(required = false) String baseline, Principal caller) {
        SimulationJob job = simulations.start(file, candidate, baseline, caller.getName());
        return ResponseEntity.accepted().location(URI.create("/api/v1/simulations/" + job.getId())).body(job);
    }

    @GetMapping("/{id}")
    SimulationJob job(@PathVariable String id) {
        return simulations.job(id);
    }

    @GetMapping("/{id}/" + Simulation.REPORT_FILE)
    ResponseEntity<Resource> report(@PathVariable String id) {
        return file(id, Simulation.REPORT_FILE, MediaType.parseMediaType("text/html;charset=UTF-8"));
    }

    @GetMapping("/{id}/" + Simulation.CHANGES_FILE)
    ResponseEntity<Resource> changes(@PathVariable String id) {
        return file(id, Simulation.CHANGES_FILE, CSV);
    }

    private ResponseEntity<Resource> file(String id, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type).body(new FileSystemResource(simulations.file(id, name)));
    }
}
