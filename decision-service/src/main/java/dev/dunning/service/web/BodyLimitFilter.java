package dev.dunning.service.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds every request body by its {@link BodyLimits}: a declared length above the limit is answered 413 at once,
 * without reading the body; a body without a declared length stops being read at the limit, and is answered 413 too.
 * Multipart bodies are parsed by the server within the multipart limits, and policy uploads are checked by part. Runs
 * before every other filter (security, form content), so that none of them reads an unbounded body.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
@EnableConfigurationProperties(BodyLimits.class)
class BodyLimitFilter extends OncePerRequestFilter {
    private final BodyLimits limits;
    private final ObjectMapper json;

    BodyLimitFilter(BodyLimits limits, ObjectMapper json) {
        this.limits = limits;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        boolean multipart = contentType != null && contentType.toLowerCase().startsWith("multipart/");
        BodyLimits.Limit limit = limits.of(request.getRequestURI().substring(request.getContextPath().length()), multipart);
        if (request.getContentLengthLong() > limit.bytes()) {
            refuse(request, response, new BodyTooLarge(limit));
            return;
        }
        try {
            chain.doFilter(multipart ? request : new LimitedBody(request, limit), response);
        } catch (BodyTooLarge tooLarge) {
            if (response.isCommitted()) {
                throw tooLarge;
            }
            response.reset();
            refuse(request, response, tooLarge);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, BodyTooLarge tooLarge) throws IOException {
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        response.setHeader(HttpHeaders.CONNECTION, "close");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        var problem = Problems.tooLarge(tooLarge.getMessage(), tooLarge.limit().property(), tooLarge.limit().bytes());
        problem.setInstance(URI.create(request.getRequestURI()));
        json.writeValue(response.getOutputStream(), problem);
    }
}
