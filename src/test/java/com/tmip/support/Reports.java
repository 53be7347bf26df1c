package com.tmip.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opencsv.CSVReader;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads a run's report files back. */
public final class Reports {

    private final Path dir;

    public Reports(Path outDir, String runId) {
        this.dir = outDir.resolve(runId);
    }

    public Path dir() {
        return dir;
    }

    public JsonNode summary() {
        try {
            return new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All lines of a CSV report, header first, BOM removed. */
    public List<List<String>> csv(String name) {
        try (Reader reader = Files.newBufferedReader(dir.resolve(name), StandardCharsets.UTF_8);
             CSVReader csv = new CSVReader(reader)) {
            List<List<String>> rows = new ArrayList<>();
            for (String[] line : csv) {
                rows.add(Arrays.asList(line));
            }
            if (!rows.isEmpty() && !rows.get(0).isEmpty()) {
                List<String> header = new ArrayList<>(rows.get(0));
                header.set(0, header.get(0).replace("\uFEFF", ""));
                rows.set(0, header);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
