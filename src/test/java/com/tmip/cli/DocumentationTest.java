package com.tmip.cli;

import com.tmip.account.AccountRuleCode;
import com.tmip.attach.AttachRuleCode;
import com.tmip.cases.ItemState;
import com.tmip.credits.CreditRuleCode;
import com.tmip.credits.ReconciliationOutcome;
import com.tmip.equipment.rules.EquipmentRuleCode;
import com.tmip.input.InputRule;
import com.tmip.returns.ReturnRuleCode;
import com.tmip.row.RuleCode;
import com.tmip.run.FileStatus;
import com.tmip.users.rules.UserRuleCode;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documentation against the code: every option the documents name exists in {@code --help}, and every option
 * of {@code --help} is documented; every rule code the documents name is a {@link RuleCode} of some job, and every
 * rule code of every job is documented.
 */
class DocumentationTest {

    /** README.md, docs/*.md and the job and sample READMEs. */
    private static final List<Path> DOCUMENTS = documents();

    /** {@code --option}, not a property ({@code --tmip.x=…}, {@code --spring.x=…}, {@code --name=value}). */
    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--([a-z][a-z0-9-]*[a-z0-9])(?![\\w.=-])");
    /** An upper-case identifier in backticks, such as {@code `SERIAL_FORMAT`}. */
    private static final Pattern CODE = Pattern.compile("`([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)`");

    /**
     * Upper-case names the documents use that are not rule codes: SQL and JDK names, the platform MX480, CoD
     * verification states, words a certificate may hold that are not serials, and environment variables ({@code TMIP_…}, {@code SPRING_…}, {@code POSTGRES_…}).
     */
    private static final Set<String> NOT_RULE_CODES = Set.of("BLOB", "BYTEA", "CACHED", "COPY", "DESTROYED", "MX",
            "MX480", "NOFOLLOW_LINKS", "SERIAL", "VERIFIED", "VERIFIED_NO_TEXT");
    private static final Pattern ENVIRONMENT = Pattern.compile("(TMIP|SPRING|POSTGRES)_[A-Z0-9_]+");

    @Test
    void everyDocumentedOptionIsInTheHelp() {
        assertThat(documentedOptions()).as("options named in %s", DOCUMENTS).isSubsetOf(helpOptions());
    }

    @Test
    void everyOptionOfTheHelpIsDocumented() {
        assertThat(helpOptions()).as("options of --help").isSubsetOf(documentedOptions());
    }

    @Test
    void everyDocumentedRuleCodeExists() {
        Set<String> known = new TreeSet<>(ruleCodes());
        Arrays.stream(ReconciliationOutcome.values()).forEach(o -> known.add(o.name()));
        Arrays.stream(FileStatus.values()).forEach(s -> known.add(s.name()));
        Arrays.stream(ItemState.values()).forEach(s -> known.add(s.name()));
        known.addAll(NOT_RULE_CODES);
        Set<String> unknown = new TreeSet<>(documentedCodes());
        unknown.removeAll(known);
        unknown.removeIf(name -> ENVIRONMENT.matcher(name).matches());
        assertThat(unknown).as("upper-case codes in %s that no RuleCode, outcome or status defines", DOCUMENTS)
                .isEmpty();
    }

    @Test
    void everyRuleCodeIsDocumented() {
        assertThat(ruleCodes()).as("rule codes of the jobs").isSubsetOf(documentedCodes());
    }

    @Test
    void theReadmeIsReadInFiveMinutes() {
        assertThat(read(Path.of("README.md"))).as("README.md lines").hasSizeLessThanOrEqualTo(150);
    }

    /** A relative link, {@code [text](path#anchor)}: the file exists and, for a Markdown file, so does the heading. */
    @Test
    void everyRelativeLinkLeadsSomewhere() {
        Pattern link = Pattern.compile("\\]\\(([^)\\s]+)\\)");
        List<String> broken = new ArrayList<>();
        for (Path document : DOCUMENTS) {
            Matcher matcher = link.matcher(String.join("\n", read(document)));
            while (matcher.find()) {
                String target = matcher.group(1);
                if (target.matches("^[a-z]+:.*")) {
                    continue; // http:, https:, mailto:
                }
                String[] parts = target.split("#", 2);
                Path file = parts[0].isEmpty() ? document : document.resolveSibling(parts[0]).normalize();
                if (!Files.exists(file)) {
                    broken.add(document + ": " + target);
                } else if (parts.length == 2 && file.toString().endsWith(".md")
                        && read(file).stream().filter(l -> l.startsWith("#")).map(DocumentationTest::anchor)
                        .noneMatch(parts[1]::equals)) {
                    broken.add(document + ": " + target + " (no such heading)");
                }
            }
        }
        assertThat(broken).as("links to files or headings that do not exist").isEmpty();
    }

    /** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
    private static String anchor(String heading) {
        return heading.replaceFirst("^#+\\s*", "").toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }

    /** Every code of every job's RuleCode enums (equipment with its CoD codes, users, accounts, credits, files). */
    private static Set<String> ruleCodes() {
        List<RuleCode> all = new ArrayList<>(EquipmentRuleCode.all());
        all.addAll(List.of(UserRuleCode.values()));
        all.addAll(List.of(AccountRuleCode.values()));
        all.addAll(List.of(CreditRuleCode.values()));
        all.addAll(List.of(AttachRuleCode.values()));
        all.addAll(List.of(InputRule.values()));
        all.addAll(List.of(ReturnRuleCode.values()));
        Set<String> codes = new TreeSet<>();
        all.forEach(code -> codes.add(code.code()));
        return codes;
    }

    /** The options of {@code tmip --help} and of every {@code tmip COMMAND --help}. */
    private static Set<String> helpOptions() {
        return options(String.join("\n", CommandLine.helpTexts()));
    }

    private static Set<String> documentedOptions() {
        Set<String> options = new TreeSet<>();
        for (Path document : DOCUMENTS) {
            for (String line : read(document)) {
                if (!line.contains("did you mean")) { // the example of a mistyped option
                    options.addAll(options(line));
                }
            }
        }
        return options;
    }

    private static Set<String> documentedCodes() {
        Set<String> codes = new TreeSet<>();
        for (Path document : DOCUMENTS) {
            Matcher matcher = CODE.matcher(String.join("\n", read(document)));
            while (matcher.find()) {
                codes.add(matcher.group(1));
            }
        }
        return codes;
    }

    private static Set<String> options(String text) {
        Set<String> options = new TreeSet<>();
        Matcher matcher = OPTION.matcher(text);
        while (matcher.find()) {
            options.add("--" + matcher.group(1));
        }
        return options;
    }

    private static List<Path> documents() {
        List<Path> documents = new ArrayList<>(List.of(Path.of("README.md"), Path.of("jobs/README.md"),
                Path.of("samples/README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    private static List<String> read(Path document) {
        try {
            return Files.readAllLines(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
