package com.tmip.portal;

import com.tmip.template.Templates;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Sign-in, the start page, the no-account page and the templates. */
@Controller
@ConditionalOnWebApplication
public class PagesController {

    private final Templates templates;

    public PagesController(Templates templates) {
        this.templates = templates;
    }

    @GetMapping("/login")
    public String login() {
        return "login";
    }

    @GetMapping("/")
    public String home() {
        return "redirect:/runs";
    }

    @GetMapping("/no-account")
    public String noAccount(@AuthenticationPrincipal PortalUser user, Model model) {
        if (user.hasAccess()) {
            return "redirect:/";
        }
        return "no-account";
    }

    @GetMapping("/templates")
    public String templates(@AuthenticationPrincipal PortalUser user, Model model) {
        model.addAttribute("kinds", kinds(user));
        return "templates";
    }

    /**
     * The Excel template of {@code kind}. A partner's lists only its own account in the account drop-down: the
     * names of other accounts are not theirs to see.
     */
    @GetMapping("/templates/{kind}.xlsx")
    public ResponseEntity<byte[]> template(@AuthenticationPrincipal PortalUser user, @PathVariable String kind)
            throws IOException {
        if (!kinds(user).contains(kind)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Path dir = Files.createTempDirectory("tmip-template");
        Path file = dir.resolve(kind + "-template.xlsx");
        byte[] bytes;
        try {
            List<String> names = user.isEmployee() ? null : List.of(user.accountName());
            templates.write(kind, file, names);
            bytes = Files.readAllBytes(file);
        } catch (UncheckedIOException e) {
            throw new ResponseStatusException(HttpStatus.INTERNAL_SERVER_ERROR);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(kind + "-template.xlsx").build().toString())
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(bytes);
    }

    static List<String> kinds(PortalUser user) {
        if (user.isEmployee()) {
            return List.of("equipment", "users", "credits");
        }
        return List.of("equipment");
    }
}
