package dev.dunning.service.batch;

import dev.dunning.service.web.FieldError;
import dev.dunning.service.web.ProblemTypes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Portfolio files too large for one call: upload the CSV (the layout of {@code ./dunning portfolio generate}), follow
 * the job, then download its decisions and rejects.
 */
@RestController
@RequestMapping("/api/v1/batch/jobs")
@Tag(name = "Batch jobs", description = "Decide a whole portfolio CSV in the background, every decision logged")
class BatchJobController {
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private final BatchJobs jobs;

    BatchJobController(BatchJobs jobs) {
        this.jobs = jobs;
    }

    @PostMapping(consumes = {"text/csv", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(operationId = "startBatchJob", summary = "Start a job with the portfolio CSV as the body (text/csv), "
            + "or as the multipart part 'file'",
            description = "202 with the job; follow it at its Location. A file without the portfolio header is a 400.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE,
                            schema = @Schema(type = "string", format = "binary"))}))
    @ApiResponse(responseCode = "202", description = "Started; the job")
    ResponseEntity<BatchJobView> submit(HttpServletRequest request, Principal caller) throws IOException {
        try (InputStream body = request.getInputStream()) {
            return accepted(jobs.submit(body, caller.getName()));
        }
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "startBatchJob", summary = "Start a job with the portfolio CSV as the body (text/csv), "
            + "or as the multipart part 'file'",
            description = "202 with the job; follow it at its Location. A file without the portfolio header is a 400.")
    @ApiResponse(responseCode = "202", description = "Started; the job")
    ResponseEntity<BatchJobView> submit(@RequestParam MultipartFile file, Principal caller) throws IOException {
        try (InputStream body = file.getInputStream()) {
            return accepted(jobs.submit(body, caller.getName()));
        }
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getBatchJob", summary = "A job: its state, rows read, decided and rejected, rate and time left")
    BatchJobView job(@PathVariable String id) {
        return jobs.job(id).view();
    }

    @PostMapping("/{id}/resume")
    @Operation(operationId = "resumeBatchJob", summary = "Resume a FAILED job from its last checkpoint")
    @ApiResponse(responseCode = "202", description = "Resumed; the job")
    @ApiResponse(responseCode = "400", description = "The job is not FAILED (errors names id)")
    ResponseEntity<BatchJobView> resume(@PathVariable String id) {
        return accepted(jobs.resume(id));
    }

    @GetMapping("/{id}/decisions")
    @Operation(operationId = "getBatchJobDecisions",
            summary = "The decisions of a finished job (the columns of ./dunning decide)")
    @ApiResponse(responseCode = "200", description = "The decisions, as CSV",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "404", description = "No such job, or it has not finished")
    ResponseEntity<Resource> decisions(@PathVariable String id) {
        return file(id, BatchJob.DECISIONS);
    }

    @GetMapping("/{id}/rejects")
    @Operation(operationId = "getBatchJobRejects", summary = "The rows a finished job rejected, with their line and reason")
    @ApiResponse(responseCode = "200", description = "The rejected rows, as CSV",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "404", description = "No such job, or it has not finished")
    ResponseEntity<Resource> rejects(@PathVariable String id) {
        return file(id, BatchJob.REJECTS);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(BatchJobNotFound e) {
        return problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", e.getMessage(), null);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalid(InvalidBatchJob e) {
        return problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid request",
                e.field() + ": " + e.getMessage(), List.of(new FieldError(e.field(), e.getMessage())));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, URI type, String title, String detail,
                                                         List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        if (errors != null) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ResponseEntity<BatchJobView> accepted(BatchJob job) {
        return ResponseEntity.accepted().location(URI.create("/api/v1/batch/jobs/" + job.id())).body(job.view());
    }

    private ResponseEntity<Resource> file(String id, String name) {
        return ResponseEntity.ok().contentType(CSV).body(new FileSystemResource(jobs.file(id, name)));
    }
}
