package com.tmip.portal;

import com.tmip.config.TmipProperties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An upload over the size limit, or cut off, goes back to the upload page with a message saying so. */
@ControllerAdvice
@ConditionalOnWebApplication
public class PortalErrors {

    private final long maxBytes;

    public PortalErrors(TmipProperties properties) {
        this.maxBytes = properties.portal().maxUploadSize().toBytes();
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    public String tooLarge(RedirectAttributes redirect) {
        redirect.addFlashAttribute("problem", tooLargeMessage(maxBytes));
        return "redirect:/upload";
    }

    static String tooLargeMessage(long maxBytes) {
        return "The upload is larger than the limit of " + PortalFormat.bytes(maxBytes) + " for the list and its"
                + " certificates together; nothing was imported. Split the list into smaller files.";
    }

    @ExceptionHandler(MultipartException.class)
    public String broken(RedirectAttributes redirect) {
        redirect.addFlashAttribute("problem", "The upload did not arrive whole; nothing was imported. Try again.");
        return "redirect:/upload";
    }
}
