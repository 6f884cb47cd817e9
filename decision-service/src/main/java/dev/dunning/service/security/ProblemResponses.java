package dev.dunning.service.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dunning.service.web.ProblemTypes;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** Answers 401, 403 and 429 (logins locked) as RFC 9457 problem details, like every other error of the API. */
@Component
class ProblemResponses {
    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    AuthenticationEntryPoint unauthenticated() {
        return (request, response, e) -> {
            if (e instanceof LoginLocked locked) {
                tooManyFailures(response, locked, request.getRequestURI());
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"dunning\"");
            String detail = request.getHeader(ApiKeyAuthentication.HEADER) != null
                    ? "The API key is not known" : "Send HTTP Basic credentials of a user, or the API key of a billing"
                    + " system in " + ApiKeyAuthentication.HEADER + ", with a role for " + request.getRequestURI();
            write(response, HttpStatus.UNAUTHORIZED, "Authentication required", detail, request.getRequestURI());
        };
    }

    AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(response, HttpStatus.FORBIDDEN, "Forbidden",
                "Your roles do not allow " + request.getMethod() + " " + request.getRequestURI(), request.getRequestURI());
    }

    /** 429 with Retry-After: logins of this name or from this address are locked; no password was checked. */
    private void tooManyFailures(HttpServletResponse response, LoginLocked locked, String instance) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(locked.retryAfterSeconds()));
        write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed logins", "Too many failed logins for this user "
                + "name or from this address: logins are refused for " + locked.retryAfterSeconds() + " s. API keys are "
                + "not affected.", instance, ProblemTypes.LOGIN_LOCKED);
    }

    private void write(HttpServletResponse response, HttpStatus status, String title, String detail, String instance)
            throws IOException {
        write(response, status, title, detail, instance, null);
    }

    private void write(HttpServletResponse response, HttpStatus status, String title, String detail, String instance,
                       URI type) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (type != null) {
            problem.setType(type);
        }
        problem.setTitle(title);
        problem.setInstance(URI.create(instance));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
