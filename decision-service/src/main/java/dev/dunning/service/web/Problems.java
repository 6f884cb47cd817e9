package dev.dunning.service.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Problem details shared by the handler and the filters. */
public final class Problems {
    private Problems() {
    }

    /** A problem of {@code type}. */
    public static ProblemDetail of(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }

    /** 400: a request the server's firewall refuses; the reason is cut short, as it may quote the whole body. */
    public static ProblemDetail rejected(RuntimeException e) {
        String reason = String.valueOf(e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request was rejected: "
                + (reason.length() <= 200 ? reason : reason.substring(0, 200) + "..."));
        problem.setType(ProblemTypes.MALFORMED_REQUEST);
        problem.setTitle("Malformed request");
        return problem;
    }

    /** 413: something larger than {@code limit} bytes, the limit set by {@code property}. */
    public static ProblemDetail tooLarge(String detail, String property, long limit) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, detail);
        problem.setType(ProblemTypes.PAYLOAD_TOO_LARGE);
        problem.setTitle("Payload too large");
        problem.setProperty("limit", property);
        problem.setProperty("maxBytes", limit);
        return problem;
    }
}
