package com.tmip.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A signed-in user who is neither an Employee nor tied to an account (or whose role the portal does not know) sees
 * only the page that says so: every other page and download sends them there.
 */
final class NoAccountInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalUser user && !user.hasAccess()) {
            response.sendRedirect(request.getContextPath() + "/no-account");
            return false;
        }
        return true;
    }
}
