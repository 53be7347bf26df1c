package com.tmip.account;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AccountDirectoryTest {

    private final AccountDirectory directory = new AccountDirectory(List.of(
            new Account("A-100", "ACME Corporation"),
            new Account("A-200", "Société Générale"),
            new Account("A-300", "Globex Ltd."),
            new Account("A-301", "Globex, Ltd"),
            new Account("B-1", "Initech")));

    @Test
    void keyIgnoresCaseSpacingPunctuationAndAccents() {
        assertThat(AccountDirectory.key("Société Générale, S.A.")).isEqualTo("societegeneralesa");
        assertThat(AccountDirectory.key("  ACME   corp. ")).isEqualTo("acmecorp");
        assertThat(AccountDirectory.key("")).isEmpty();
        assertThat(AccountDirectory.key(null)).isEmpty();
    }

    @Test
    void findsByNameWithoutCaseSpacingPunctuationOrAccents() {
        assertThat(directory.find("acme corporation")).map(Account::accountId).contains("A-100");
        assertThat(directory.find(" ACME-Corporation ")).map(Account::accountId).contains("A-100");
        assertThat(directory.find("societe generale")).map(Account::accountId).contains("A-200");
        assertThat(directory.find("SOCIÉTÉ GÉNÉRALE")).map(Account::accountId).contains("A-200");
    }

    @Test
    void findsById() {
        assertThat(directory.find("A-100")).map(Account::accountName).contains("ACME Corporation");
        assertThat(directory.find("a100")).map(Account::accountName).contains("ACME Corporation");
        assertThat(directory.find(" b-1 ")).map(Account::accountName).contains("Initech");
    }

    @Test
    void nothingForBlankUnknownOrOverlongText() {
        assertThat(directory.find("")).isEmpty();
        assertThat(directory.find("   ")).isEmpty();
        assertThat(directory.find(null)).isEmpty();
        assertThat(directory.find("--")).isEmpty();
        assertThat(directory.find("Acme Corp")).isEmpty();
        assertThat(directory.find("ACME Corporation" + " ".repeat(190))).isEmpty();
    }

    @Test
    void aNameOfSeveralAccountsIsAmbiguous() {
        assertThat(directory.find("Globex Ltd")).isEmpty();
        assertThat(directory.matches("globex ltd")).extracting(Account::accountId).containsExactly("A-300", "A-301");
        assertThat(directory.find("A-301")).map(Account::accountName).contains("Globex, Ltd");
    }

    @Test
    void suggestsTheNearestName() {
        assertThat(directory.suggest("Acme Corporaton")).contains("ACME Corporation");
        assertThat(directory.suggest("Initek")).contains("Initech");
        assertThat(directory.suggest("Societe Generali")).contains("Société Générale");
        assertThat(directory.suggest("Acme Corp")).contains("ACME Corporation"); // an abbreviation
        assertThat(directory.suggest("Acme")).contains("ACME Corporation");
        assertThat(directory.suggest("Initech Holdings Inc")).contains("Initech"); // an extension
        assertThat(directory.suggest("Acme Corproation")).contains("ACME Corporation"); // a swap is one edit
    }

    @Test
    void suggestsNothingWhenNothingIsNear() {
        assertThat(directory.suggest("Umbrella Corporation")).isEmpty();
        assertThat(directory.suggest("Acm")).isEmpty(); // too short to count as an abbreviation
        assertThat(directory.suggest("xy")).isEmpty();
        assertThat(directory.suggest("")).isEmpty();
        assertThat(directory.suggest(null)).isEmpty();
    }

    @Test
    void cachedSuggestionsGiveTheSameAnswers() {
        List<String> texts = List.of("Acme Corporaton", "Initek", "Umbrella", "Globex Lt", "Societe Generali");
        List<Optional<String>> first = new ArrayList<>();
        texts.forEach(t -> first.add(directory.suggest(t)));
        List<Optional<String>> second = new ArrayList<>();
        texts.forEach(t -> second.add(directory.suggest(t)));
        AccountDirectory fresh = new AccountDirectory(List.of(
                new Account("A-100", "ACME Corporation"), new Account("A-200", "Société Générale"),
                new Account("A-300", "Globex Ltd."), new Account("A-301", "Globex, Ltd"),
                new Account("B-1", "Initech")));
        List<Optional<String>> uncached = new ArrayList<>();
        texts.forEach(t -> uncached.add(fresh.suggest(t)));
        assertThat(second).isEqualTo(first).isEqualTo(uncached);
    }

    @Test
    void theCacheStaysCorrectPastItsBound() {
        List<Account> many = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            many.add(new Account("ID" + i, "Customer number " + i));
        }
        AccountDirectory large = new AccountDirectory(many);
        for (int i = 0; i < AccountDirectory.SUGGESTION_CACHE_SIZE + 500; i++) {
            large.suggest("unknown text " + i);
        }
        assertThat(large.suggest("Customer numbr 1234")).contains("Customer number 1234");
        assertThat(large.suggest("Customer numbr 1234")).contains("Customer number 1234");
        assertThat(large.size()).isEqualTo(2_000);
    }
}
