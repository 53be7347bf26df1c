package com.tmip.portal;

import com.tmip.config.TmipProperties;
import com.tmip.files.PrivateFiles;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The upload page: a list (and, for equipment, the signed certificates it names), a folder's worth of certificates
 * alone, or a returns list is written to its own folder as it arrives, its run starts in the background, and the
 * browser moves to the run's page.
 */
@Controller
@ConditionalOnWebApplication
public class UploadController {

    private static final Set<String> LIST_ENDINGS = Set.of(".csv", ".xlsx", ".xls");
    private static final int MAX_NAME = 200;

    private final PortalRuns runs;
    private final Path uploadDir;
    private final Path reportDir;
    private final long maxBytes;

    public UploadController(PortalRuns runs, TmipProperties properties) {
        this.runs = runs;
        this.uploadDir = Path.of(properties.portal().uploadDir()).toAbsolutePath().normalize();
        this.reportDir = Path.of(properties.portal().reportDir()).toAbsolutePath().normalize();
        this.maxBytes = properties.portal().maxUploadSize().toBytes();
    }

    @GetMapping("/upload")
    public String page(@AuthenticationPrincipal PortalUser user,
                       @RequestParam(name = "too-large", required = false) String tooLarge, Model model) {
        if (tooLarge != null) {
            model.addAttribute("problem", PortalErrors.tooLargeMessage(maxBytes));
        }
        model.addAttribute("kinds", UploadKind.offeredTo(user));
        model.addAttribute("maxSize", PortalFormat.bytes(maxBytes));
        return "upload";
    }

    @PostMapping("/upload")
    public String upload(@AuthenticationPrincipal PortalUser user, @RequestParam(defaultValue = "equipment") String kind,
                         @RequestParam(name = "list", required = false) MultipartFile list,
                         @RequestParam(name = "certificates", required = false) List<MultipartFile> certificates,
                         @RequestParam(defaultValue = "false") boolean dryRun,
                         RedirectAttributes redirect) throws IOException {
        UploadKind uploadKind = UploadKind.byId(kind).filter(k -> k.allowed(user))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String back = uploadKind == UploadKind.LEDGER ? "redirect:/finance" : "redirect:/upload";
        boolean hasList = list != null && list.getOriginalFilename() != null && !list.getOriginalFilename().isBlank();
        String listName = null;
        if (uploadKind.list()) {
            if (!hasList) {
                redirect.addFlashAttribute("problem", "Choose the file to upload.");
                return back;
            }
            listName = safeName(list.getOriginalFilename(), "upload.csv");
            if (LIST_ENDINGS.stream().noneMatch(listName.toLowerCase(Locale.ROOT)::endsWith)) {
                redirect.addFlashAttribute("problem", "The list must be a .csv, .xlsx or .xls file.");
                return back;
            }
        } else if (certificates == null || certificates.stream().allMatch(MultipartFile::isEmpty)) {
            redirect.addFlashAttribute("problem", "Choose the certificates to upload.");
            return back;
        }
        String uploadId = UUID.randomUUID().toString().replace("-", "");
        Path dir = PrivateFiles.createDirectories(uploadDir.resolve(uploadId));
        Path listFile = null;
        if (listName != null) {
            listFile = dir.resolve(listName);
            list.transferTo(listFile);
        }
        Path codDir = null;
        List<String> stored = new ArrayList<>();
        if (uploadKind.certificates() && certificates != null) {
            Set<String> names = new HashSet<>();
            for (MultipartFile certificate : certificates) {
                if (certificate.isEmpty()) {
                    continue;
                }
                if (codDir == null) {
                    codDir = PrivateFiles.createDirectories(dir.resolve("cod"));
                }
                String name = safeName(certificate.getOriginalFilename(), "certificate.pdf");
                if (!names.add(name.toLowerCase(Locale.ROOT))) {
                    continue; // the same name twice: the first one counts, as in a folder
                }
                certificate.transferTo(codDir.resolve(name));
                stored.add(name);
            }
        }
        if (uploadKind.certificates() && codDir == null) {
            // an empty folder: rows that name a certificate get COD_FILE_NOT_FOUND, as on the command line
            codDir = PrivateFiles.createDirectories(dir.resolve("cod"));
        }
        Path outDir = PrivateFiles.createDirectories(reportDir.resolve(uploadId));
        String fileName = listFile != null ? listName
                : stored.size() == 1 ? stored.get(0)
                : stored.get(0) + " and " + (stored.size() - 1) + " more certificates";
        runs.start(uploadId, user, new PortalRuns.Files(uploadKind, listFile, codDir, outDir,
                uploadKind.dryRun() && dryRun, fileName));
        return "redirect:/uploads/" + uploadId;
    }

    /**
     * The name the browser gave, without any folder part, control characters or characters a file system refuses;
     * {@code fallback} when nothing is left.
     */
    static String safeName(String original, String fallback) {
        if (original == null) {
            return fallback;
        }
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.replaceAll("[\\p{Cntrl}\\p{Cf}<>:\"|?*]", "_").strip();
        if (name.length() > MAX_NAME) {
            name = name.substring(name.length() - MAX_NAME);
        }
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.startsWith(".")) {
            return fallback;
        }
        return name;
    }
}
