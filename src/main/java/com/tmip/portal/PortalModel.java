package com.tmip.portal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's model has {@code me}: the signed-in user (name, role, account; never the password hash), or null. */
@ControllerAdvice
@ConditionalOnWebApplication
public class PortalModel {

    @ModelAttribute("me")
    public PortalUser me(@AuthenticationPrincipal PortalUser user) {
        return user;
    }
}
