package com.tmip.portal;

import com.tmip.cases.Disposition;
import com.tmip.cases.ItemState;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * The cases of the user's account (every account's, for Employees): search, filters and paging; a case's page with
 * its items and certificates; a certificate's download. Another account's case or certificate answers 404.
 */
@Controller
@ConditionalOnWebApplication
public class CaseController {

    private final CaseSearch search;

    public CaseController(CaseSearch search) {
        this.search = search;
    }

    @GetMapping("/cases")
    public String cases(@AuthenticationPrincipal PortalUser user,
                        @RequestParam(name = "q", required = false) String text,
                        @RequestParam(required = false) String disposition,
                        @RequestParam(required = false) String state,
                        @RequestParam(defaultValue = "false") boolean overdue,
                        @RequestParam(required = false) String account,
                        @RequestParam(defaultValue = "0") int page, Model model) {
        String dispositionFilter = known(disposition, names(Disposition.values()));
        String stateFilter = known(state, names(ItemState.values()));
        String accountFilter = user.isEmployee() ? (account == null || account.isBlank() ? null : account.strip())
                : user.accountId();
        CaseSearch.Page result = search.search(new CaseSearch.Filter(accountFilter, text, dispositionFilter,
                stateFilter, overdue, page));
        model.addAttribute("result", result);
        model.addAttribute("q", text == null ? "" : text);
        model.addAttribute("disposition", dispositionFilter == null ? "" : dispositionFilter);
        model.addAttribute("state", stateFilter == null ? "" : stateFilter);
        model.addAttribute("overdue", overdue);
        model.addAttribute("account", user.isEmployee() && accountFilter != null ? accountFilter : "");
        model.addAttribute("dispositions", names(Disposition.values()));
        model.addAttribute("states", names(ItemState.values()));
        return "cases";
    }

    @GetMapping("/cases/{caseId}")
    public String caseDetail(@AuthenticationPrincipal PortalUser user, @PathVariable String caseId,
                             @RequestParam(defaultValue = "0") int page, Model model) {
        CaseSearch.Case found = search.find(caseId, user.isEmployee() ? null : user.accountId(), page)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("c", found);
        return "case";
    }

    @GetMapping("/cases/{caseId}/certificates/{sha256}")
    public void certificate(@AuthenticationPrincipal PortalUser user, @PathVariable String caseId,
                            @PathVariable String sha256, HttpServletResponse response) throws IOException {
        if (!sha256.matches("[0-9a-f]{64}")
                || search.find(caseId, user.isEmployee() ? null : user.accountId(), 0).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String[] certificate = search.certificate(caseId, sha256)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String name = UploadController.safeName(certificate[0], "certificate.pdf");
        response.setContentType("application/pdf".equals(certificate[1]) ? "application/pdf"
                : "application/octet-stream");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                .toString());
        search.copyCertificate(sha256, response.getOutputStream());
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static String known(String value, List<String> allowed) {
        return value != null && allowed.contains(value) ? value : null;
    }
}
