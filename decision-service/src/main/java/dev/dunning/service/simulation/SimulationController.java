package dev.dunning.service.simulation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Simulations", description = "What a candidate version would change on a portfolio, before it goes live")
class SimulationController {
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private final Simulations simulations;

    SimulationController(Simulations simulations) {
        this.simulations = simulations;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "startSimulation", summary = "Simulate a candidate version on a portfolio CSV",
            description = "The portfolio CSV as the multipart part 'file', the candidate's hash, and a baseline's hash "
                    + "(default: the version in force). Follow the job at its Location.")
    @ApiResponse(responseCode = "202", description = "Started; the job")
    @ApiResponse(responseCode = "404", description = "No stored version has the candidate's or the baseline's hash")
    @ApiResponse(responseCode = "409", description = "The candidate is not an approved version")
    ResponseEntity<SimulationJob> start(@RequestParam(required = false) MultipartFile file,
                                        @RequestParam(required = false) String candidate,
                                        @RequestParam(required = false) String baseline, Principal caller) {
        SimulationJob job = simulations.start(file, candidate, baseline, caller.getName());
        return ResponseEntity.accepted().location(URI.create("/api/v1/simulations/" + job.getId())).body(job);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getSimulation", summary = "A simulation: its state and, when done, its summary")
    SimulationJob job(@PathVariable String id) {
        return simulations.job(id);
    }

    @GetMapping("/{id}/" + Simulation.REPORT_FILE)
    @Operation(operationId = "getSimulationReport", summary = "The report of a finished simulation, as an HTML page")
    @ApiResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = "text/html", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "404", description = "No such simulation, or it has not finished")
    ResponseEntity<Resource> report(@PathVariable String id) {
        return file(id, Simulation.REPORT_FILE, MediaType.parseMediaType("text/html;charset=UTF-8"));
    }

    @GetMapping("/{id}/" + Simulation.CHANGES_FILE)
    @Operation(operationId = "getSimulationChanges", summary = "The accounts a finished simulation changes, as CSV")
    @ApiResponse(responseCode = "200", description = "One row per changed account",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "404", description = "No such simulation, or it has not finished")
    ResponseEntity<Resource> changes(@PathVariable String id) {
        return file(id, Simulation.CHANGES_FILE, CSV);
    }

    private ResponseEntity<Resource> file(String id, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type).body(new FileSystemResource(simulations.file(id, name)));
    }
}
