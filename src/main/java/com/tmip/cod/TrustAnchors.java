package com.tmip.cod;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The CA certificates (partner and vendor) a CoD signer must chain to: every {@code .pem}, {@code .crt},
 * {@code .cer} or {@code .der} file of a folder (PEM files may hold several certificates). Files that are not
 * certificates are skipped with a warning naming the file.
 */
public final class TrustAnchors {

    private static final Logger log = LoggerFactory.getLogger(TrustAnchors.class);
    private static final Set<String> EXTENSIONS = Set.of("pem", "crt", "cer", "der");

    private final Set<TrustAnchor> anchors;
    private final String source;

    private TrustAnchors(Set<TrustAnchor> anchors, String source) {
        this.anchors = Set.copyOf(anchors);
        this.source = source;
    }

    /** Trust anchors from certificates already loaded (tests, or a keystore read elsewhere). */
    public static TrustAnchors of(Collection<X509Certificate> certificates) {
        Set<TrustAnchor> anchors = new HashSet<>();
        certificates.forEach(c -> anchors.add(new TrustAnchor(c, null)));
        return new TrustAnchors(anchors, "the given certificates");
    }

    /** The certificates of {@code folder}; none when it does not exist (every CoD is then untrusted). */
    public static TrustAnchors load(Path folder) {
        if (!Files.isDirectory(folder)) {
            log.warn("trust anchor folder {} does not exist: no CoD signer will be trusted", folder);
            return new TrustAnchors(Set.of(), "the trust folder " + folder + " (missing)");
        }
        Set<TrustAnchor> anchors = new HashSet<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                int dot = name.lastIndexOf('.');
                if (dot < 0 || !EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))
                        || !Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                try {
                    for (var certificate : factory.generateCertificates(
                            new ByteArrayInputStream(Files.readAllBytes(entry)))) {
                        anchors.add(new TrustAnchor((X509Certificate) certificate, null));
                    }
                } catch (CertificateException e) {
                    log.warn("trust anchor file {} is not a certificate; skipped", name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the trust anchor folder " + folder, e);
        } catch (CertificateException e) {
            throw new IllegalStateException(e);
        }
        if (anchors.isEmpty()) {
            log.warn("trust anchor folder {} holds no certificate: no CoD signer will be trusted", folder);
        }
        return new TrustAnchors(anchors, "the trust folder " + folder);
    }

    public Set<TrustAnchor> anchors() {
        return anchors;
    }

    public boolean isEmpty() {
        return anchors.isEmpty();
    }

    /** The anchor certificates. */
    public List<X509Certificate> certificates() {
        List<X509Certificate> certificates = new ArrayList<>();
        anchors.forEach(a -> certificates.add(a.getTrustedCert()));
        return certificates;
    }

    @Override
    public String toString() {
        return anchors.size() + " trust anchor(s) from " + source;
    }
}
