package com.tmip.portal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Finance (Employees only, see {@link PortalSecurity}): upload a credits ledger and run the reconciliation; its
 * run page shows the totals per outcome, currency and account, a chart, and reconciliation.xlsx.
 */
@Controller
@ConditionalOnWebApplication
public class FinanceController {

    private final UploadStore uploads;

    public FinanceController(UploadStore uploads) {
        this.uploads = uploads;
    }

    @GetMapping("/finance")
    public String finance(Model model) {
        model.addAttribute("reconciliations", uploads.recent(null, 200).stream()
                .filter(u -> u.kind() == UploadKind.LEDGER).limit(20).toList());
        return "finance";
    }
}
