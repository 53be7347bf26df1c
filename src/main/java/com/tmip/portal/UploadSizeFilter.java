package com.tmip.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Locale;

/**
 * Refuses an upload larger than {@code tmip.portal.max-upload-size} by its declared length, before anything reads
 * it (the sign-in and CSRF checks read a form's fields): the browser is sent back to the upload page, which says
 * why. An upload without a declared length that goes over the limit gets the 413 error page instead.
 */
final class UploadSizeFilter extends OncePerRequestFilter {

    private final long maxBytes;

    UploadSizeFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if ("POST".equals(request.getMethod()) && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("multipart/") && request.getContentLengthLong() > maxBytes) {
            response.sendRedirect(request.getContextPath() + "/upload?too-large");
            return;
        }
        chain.doFilter(request, response);
    }
}
