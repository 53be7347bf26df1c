package com.tmip.cod;

import com.tmip.db.KeyLookup;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code cod_attachment}: each verified CoD once, keyed by the SHA-256 of its bytes, with the bytes that were
 * verified, the signer, the signing time and the verification result. Items point at it by
 * {@code equipment_item.cod_sha256}. Called by the registration writer inside the chunk's transaction.
 */
@Repository
public class CodAttachmentStore {

    private static final KeyLookup.Query STORED = KeyLookup.Query.of("sha256", "cod_attachment", "sha256");

    private final JdbcTemplate jdbc;
    private final KeyLookup lookup;

    public CodAttachmentStore(JdbcTemplate jdbc, KeyLookup lookup) {
        this.jdbc = jdbc;
        this.lookup = lookup;
    }

    /** Stores those attachments whose hash is not stored yet; returns how many were new. */
    public int attach(List<CodAttachment> attachments, String runId, LocalDateTime now) {
        if (attachments.isEmpty()) {
            return 0;
        }
        Map<String, CodAttachment> byHash = new LinkedHashMap<>();
        attachments.forEach(a -> byHash.putIfAbsent(a.document().sha256(), a));
        Set<String> stored = new HashSet<>();
        lookup.forEach(STORED, byHash.keySet(), rs -> {
            stored.add(rs.getString(1));
        });
        int added = 0;
        for (CodAttachment attachment : byHash.values()) {
            if (stored.contains(attachment.document().sha256())) {
                continue;
            }
            CodDocument d = attachment.document();
            CodSigner s = d.signer();
            jdbc.update("""
                    INSERT INTO cod_attachment (sha256, file_name, size_bytes, content_type, content,
                                                detached_signature, signature_kind, signer_subject, signer_issuer,
                                                signer_serial, signing_time, digest_algorithm, verification,
                                                verified_at, run_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
                ps.setString(1, d.sha256());
                ps.setString(2, d.fileName());
                ps.setLong(3, d.sizeBytes());
                ps.setString(4, d.contentType());
                ps.setBinaryStream(5, new ByteArrayInputStream(attachment.content()), attachment.content().length);
                if (attachment.detachedSignature() == null) {
                    ps.setNull(6, Types.BINARY);
                } else {
                    ps.setBinaryStream(6, new ByteArrayInputStream(attachment.detachedSignature()),
                            attachment.detachedSignature().length);
                }
                ps.setString(7, s.kind().name());
                ps.setString(8, truncate(s.subject()));
                ps.setString(9, truncate(s.issuer()));
                ps.setString(10, s.serialNumber());
                ps.setTimestamp(11, Timestamp.valueOf(LocalDateTime.ofInstant(s.signingTime(), ZoneOffset.UTC)));
                ps.setString(12, s.digestAlgorithm());
                ps.setString(13, d.verificationResult());
                ps.setTimestamp(14, Timestamp.valueOf(now));
                ps.setString(15, runId);
            });
            added++;
        }
        return added;
    }

    private static String truncate(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
