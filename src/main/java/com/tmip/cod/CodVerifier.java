package com.tmip.cod;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.CMSVerifierCertificateNotValidException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;
import org.bouncycastle.operator.OperatorCreationException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.InvalidAlgorithmParameterException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CertificateParsingException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.security.interfaces.DSAPublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Calendar;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Verifies one CoD file of the CoD folder: reads it once (see {@link CodFolderFiles}), measures what its streams
 * decode to before PDFBox loads it ({@link StreamBudget}), checks that it is a PDF carrying a signature that covers
 * the whole file (or, for a scan, that a detached {@code <file>.p7s} sits beside it), verifies the CMS signature with
 * Bouncy Castle, refuses SHA-1 and MD5, refuses a signing time after the job's today, a signer key that is not for
 * signing or too small, checks the signer's certificate was valid at the signing time and chains to a trust anchor,
 * and extracts the serial numbers its visible text lists ({@link VisibleText}, {@link ListedSerials}). Stops at the
 * first problem.
 *
 * <p>Whatever a file does, {@link #verify} ends in a verification, never in an exception: any exception of PDFBox or
 * Bouncy Castle is the file's rejection. So is a {@link StackOverflowError} (recursion in a broken object graph: the
 * stack is unwound to here and nothing outside this file's objects is touched), and an {@link OutOfMemoryError}:
 * with the limits of {@link CodLimits} in place, what remains is a single oversized allocation that a damaged file
 * asks for (an array sized by a number in the file), which fails without using the memory; everything the file's
 * objects hold is unreachable once the error leaves here. A plain class: build it with {@code new}; it keeps no
 * state between files.
 */
public final class CodVerifier {

    /** What verifying one file gave: the verification, and for a verified file the bytes to store. */
    public record Outcome(CodVerification verification, CodAttachment attachment) {
    }

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final Set<String> DETACHED_SUBFILTERS = Set.of("adbe.pkcs7.detached", "ETSI.CAdES.detached");
    /** MD2, MD5, SHA-1 as digests; and signature algorithms built on MD5 or SHA-1. */
    private static final Set<String> WEAK_ALGORITHMS = Set.of("1.2.840.113549.2.2", "1.2.840.113549.2.5",
            "1.3.14.3.2.26", "1.2.840.113549.1.1.4", "1.2.840.113549.1.1.5", "1.2.840.10045.4.1",
            "1.2.840.10040.4.3", "1.3.14.3.2.29");
    /** Extended key usages that allow signing documents: any, e-mail protection (S/MIME), document signing (RFC
     * 9336), Adobe Authentic Documents Trust, Microsoft document signing. */
    private static final Set<String> SIGNING_KEY_PURPOSES = Set.of("2.5.29.37.0", "1.3.6.1.5.5.7.3.4",
            "1.3.6.1.5.5.7.3.36", "1.2.840.113583.1.1.5", "1.3.6.1.4.1.311.10.3.12");
    private static final int MIN_RSA_BITS = 2048;
    private static final int MIN_EC_BITS = 224;

    private final CodFolderFiles files;
    private final TrustAnchors trust;
    private final Clock clock;
    private final CodLimits limits;
    private final StreamBudget streams;
    private final JcaX509CertificateConverter certificates = new JcaX509CertificateConverter();

    /**
     * A verifier with the default limits of {@link CodLimits#defaults} but {@code maxBytes}.
     *
     * @param folder   the CoD folder; nothing outside it is ever opened
     * @param maxBytes the largest CoD (and .p7s) accepted
     * @param clock    the job's clock: today, and the signing time when a signature states none
     */
    public CodVerifier(Path folder, TrustAnchors trust, long maxBytes, Clock clock) {
        this(folder, trust, CodLimits.defaults(maxBytes), clock);
    }

    /**
     * @param folder the CoD folder; nothing outside it is ever opened
     * @param limits what one file may ask for
     * @param clock  the job's clock: today (a signing time may not be later) and the signing time when a
     *               signature states none
     */
    public CodVerifier(Path folder, TrustAnchors trust, CodLimits limits, Clock clock) {
        try {
            this.files = new CodFolderFiles(folder, limits.maxBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the CoD folder " + folder, e);
        }
        this.trust = trust;
        this.clock = clock;
        this.limits = limits;
        this.streams = new StreamBudget(limits.maxStreamBytes(), limits.maxDecodedBytes());
    }

    /** Verifies {@code fileName}, a plain name inside the folder. Never throws for a bad file. */
    public Outcome verify(String fileName) {
        CodRejection rejection;
        try {
            return verified(fileName);
        } catch (CodRejection refused) {
            rejection = refused;
        } catch (VisibleText.Refused refused) {
            rejection = refused.rejection();
        } catch (StackOverflowError | OutOfMemoryError tooComplex) {
            rejection = new CodRejection(CodProblem.FILE_TOO_COMPLEX, "CoD file " + Quote.of(fileName)
                    + " is built too intricately to be read (its objects nest or reference each other without end,"
                    + " or ask for more memory than a certificate needs); send a plain PDF of the certificate");
        } catch (RuntimeException damaged) {
            rejection = unreadable(fileName);
        }
        return new Outcome(CodVerification.rejected(fileName, rejection.problem(), rejection.getMessage()), null);
    }

    private static CodRejection unreadable(String name) {
        return new CodRejection(CodProblem.FILE_UNREADABLE, "CoD file " + Quote.of(name)
                + " is not a readable PDF (damaged or password-protected)");
    }

    private Outcome verified(String name) throws CodRejection {
        byte[] content = files.read(name);
        String sha256 = sha256(content);
        if (!startsWith(content, PDF_MAGIC)) {
            String type = imageType(content);
            Optional<byte[]> p7s = type == null ? Optional.empty() : files.readIfPresent(name + ".p7s");
            if (p7s.isEmpty()) {
                throw new CodRejection(CodProblem.FILE_NOT_PDF, "CoD file " + Quote.of(name) + " is not a PDF"
                        + (type == null ? "" : " and has no detached signature " + Quote.of(name + ".p7s")
                        + " beside it") + "; send the signed PDF Certificate of Destruction");
            }
            CodSigner signer = verifyCms(name, decodeP7s(name, p7s.get()), content, null, CodSigner.Kind.DETACHED_P7S);
            return outcome(new CodDocument(name, sha256, content.length, type, signer, Set.of(), false),
                    content, p7s.get());
        }
        streams.check(name, content);
        try (PDDocument pdf = Loader.loadPDF(content, "", null, null, memory().streamCache)) {
            if (pdf.getNumberOfPages() > limits.maxPages()) {
                throw new CodRejection(CodProblem.TOO_MANY_PAGES, "CoD file " + Quote.of(name) + " has "
                        + pdf.getNumberOfPages() + " pages, more than the " + limits.maxPages() + " a Certificate of"
                        + " Destruction may have; send the certificate on its own");
            }
            List<PDSignature> signatures = pdf.getSignatureDictionaries();
            CodSigner signer;
            byte[] detached = null;
            if (signatures.isEmpty()) {
                Optional<byte[]> p7s = files.readIfPresent(name + ".p7s");
                if (p7s.isEmpty()) {
                    throw new CodRejection(CodProblem.NOT_SIGNED, "CoD file " + Quote.of(name)
                            + " carries no digital signature; the Certificate of Destruction must be digitally signed");
                }
                detached = p7s.get();
                signer = verifyCms(name, decodeP7s(name, detached), content, null, CodSigner.Kind.DETACHED_P7S);
            } else {
                signer = verifyEmbedded(name, content, signatures);
            }
            List<VisibleText.Line> lines = lines(pdf, name);
            String words = CodDocument.words(lines.stream().map(VisibleText.Line::text)
                    .collect(Collectors.joining("\n")));
            return outcome(new CodDocument(name, sha256, content.length, "application/pdf", signer,
                    ListedSerials.of(lines), !words.isEmpty(), words), content, detached);
        } catch (IOException e) {
            throw unreadable(name);
        }
    }

    /** PDFBox buffers up to the memory budget in memory, then in scratch files, up to the decoded-bytes limit. */
    private MemoryUsageSetting memory() {
        MemoryUsageSetting memory = MemoryUsageSetting.setupMixed(
                Math.min(limits.memoryBudgetBytes(), limits.maxDecodedBytes()), limits.maxDecodedBytes());
        return limits.scratchDir() == null ? memory : memory.setTempDir(limits.scratchDir().toFile());
    }

    private static Outcome outcome(CodDocument document, byte[] content, byte[] detached) {
        return new Outcome(CodVerification.verified(document), new CodAttachment(document, content, detached));
    }

    /** Verifies the signature whose byte range ends at the end of the file, after checking that range. */
    private CodSigner verifyEmbedded(String name, byte[] content, List<PDSignature> signatures)
            throws CodRejection, IOException {
        PDSignature covering = null;
        for (PDSignature signature : signatures) {
            int[] range = signature.getByteRange();
            if (range != null && range.length == 4 && (long) range[2] + range[3] == content.length) {
                covering = signature;
            }
        }
        if (covering == null) {
            throw new CodRejection(CodProblem.NOT_FULLY_SIGNED, "CoD file " + Quote.of(name)
                    + " was changed after it was signed: its signature does not cover the end of the file");
        }
        int[] range = covering.getByteRange();
        int gapStart = range[1];
        int gapEnd = range[2];
        if (range[0] != 0 || gapStart <= 0 || gapEnd <= gapStart + 1 || range[3] < 0
                || content[gapStart] != '<' || content[gapEnd - 1] != '>' || !isHex(content, gapStart + 1, gapEnd - 1)) {
            throw new CodRejection(CodProblem.NOT_FULLY_SIGNED, "CoD file " + Quote.of(name)
                    + " is not signed as a whole: its signature leaves out parts of the file");
        }
        String subFilter = covering.getSubFilter();
        if ("adbe.pkcs7.sha1".equals(subFilter)) {
            throw weakDigest(name, "SHA-1");
        }
        if (subFilter == null || !DETACHED_SUBFILTERS.contains(subFilter)) {
            throw new CodRejection(CodProblem.SIGNATURE_INVALID, "CoD file " + Quote.of(name)
                    + " uses an unsupported signature format (" + subFilter + "); sign it as PAdES or PKCS#7 detached");
        }
        byte[] signed = new byte[gapStart + range[3]];
        System.arraycopy(content, 0, signed, 0, gapStart);
        System.arraycopy(content, gapEnd, signed, gapStart, range[3]);
        byte[] cms = hex(content, gapStart + 1, gapEnd - 1);
        Calendar signDate = covering.getSignDate();
        return verifyCms(name, cms, signed, signDate == null ? null : signDate.toInstant(), CodSigner.Kind.PDF_EMBEDDED);
    }

    private CodSigner verifyCms(String name, byte[] cmsBytes, byte[] signedContent, Instant statedTime,
                                CodSigner.Kind kind) throws CodRejection {
        CMSSignedData cms;
        try (ASN1InputStream in = new ASN1InputStream(cmsBytes)) {
            // Read only the first object: the PDF's signature bytes are zero-padded after it.
            ASN1Primitive first = in.readObject();
            cms = new CMSSignedData(new CMSProcessableByteArray(signedContent), ContentInfo.getInstance(first));
        } catch (IOException | CMSException | RuntimeException e) {
            throw invalid(name, "its signature cannot be read");
        }
        Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
        if (signers.size() != 1) {
            throw invalid(name, "it must carry exactly one signature, not " + signers.size());
        }
        SignerInformation signer = signers.iterator().next();
        if (WEAK_ALGORITHMS.contains(signer.getDigestAlgOID())) {
            throw weakDigest(name, algorithmName(signer.getDigestAlgOID()));
        }
        if (WEAK_ALGORITHMS.contains(signer.getEncryptionAlgOID())) {
            throw weakDigest(name, algorithmName(signer.getEncryptionAlgOID()));
        }
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
        if (matches.isEmpty()) {
            throw invalid(name, "its signature does not include the signer's certificate");
        }
        List<X509Certificate> embedded = new ArrayList<>();
        X509Certificate certificate;
        try {
            certificate = certificates.getCertificate(matches.iterator().next());
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> all = cms.getCertificates().getMatches(null);
            for (X509CertificateHolder holder : all) {
                embedded.add(certificates.getCertificate(holder));
            }
        } catch (CertificateException e) {
            throw invalid(name, "the signer's certificate cannot be read");
        }
        Instant signingTime = signingTime(signer).orElse(statedTime != null ? statedTime : clock.instant());
        String subject = certificate.getSubjectX500Principal().getName();
        LocalDate today = LocalDate.now(clock);
        if (!signingTime.isBefore(today.plusDays(1).atStartOfDay(clock.getZone()).toInstant())) {
            throw new CodRejection(CodProblem.SIGNED_IN_FUTURE, "CoD file " + Quote.of(name) + " claims to be signed"
                    + " at " + signingTime + ", after today (" + today + "); a signature cannot come from the future:"
                    + " check the clock of the computer that signed it and sign it again");
        }
        try {
            certificate.checkValidity(Date.from(signingTime));
        } catch (CertificateExpiredException e) {
            throw expired(name, certificate, signingTime);
        } catch (CertificateNotYetValidException e) {
            throw new CodRejection(CodProblem.CERTIFICATE_NOT_YET_VALID, "CoD file " + Quote.of(name)
                    + " is signed with a certificate (" + subject + ") that was not yet valid when it was signed ("
                    + signingTime + "; valid from " + certificate.getNotBefore().toInstant() + ")");
        }
        checkSigningKey(name, certificate);
        boolean verified;
        try {
            verified = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
        } catch (CMSVerifierCertificateNotValidException e) {
            throw expired(name, certificate, signingTime);
        } catch (CMSSignerDigestMismatchException e) {
            verified = false;
        } catch (CMSException | OperatorCreationException | RuntimeException e) {
            throw invalid(name, "its signature cannot be checked");
        }
        if (!verified) {
            throw new CodRejection(CodProblem.SIGNATURE_INVALID, "CoD file " + Quote.of(name)
                    + " does not match its signature: it was changed after it was signed, or the signature is broken");
        }
        checkChain(name, certificate, embedded, signingTime);
        return new CodSigner(subject, certificate.getIssuerX500Principal().getName(),
                certificate.getSerialNumber().toString(16).toUpperCase(Locale.ROOT), signingTime,
                algorithmName(signer.getDigestAlgOID()), kind);
    }

    /**
     * The signer's key must be for signing: key usage (when present) digitalSignature or nonRepudiation, extended key
     * usage (when present) one of {@link #SIGNING_KEY_PURPOSES}; and of a modern size: RSA of 2048 bits or more, or
     * EC (a curve of 224 bits or more) or EdDSA.
     */
    private static void checkSigningKey(String name, X509Certificate certificate) throws CodRejection {
        String subject = certificate.getSubjectX500Principal().getName();
        boolean[] keyUsage = certificate.getKeyUsage();
        List<String> purposes;
        try {
            purposes = certificate.getExtendedKeyUsage();
        } catch (CertificateParsingException e) {
            throw invalid(name, "the signer's certificate (" + subject + ") cannot be read");
        }
        if (keyUsage != null && !(keyUsage.length > 0 && keyUsage[0] || keyUsage.length > 1 && keyUsage[1])
                || purposes != null && purposes.stream().noneMatch(SIGNING_KEY_PURPOSES::contains)) {
            throw new CodRejection(CodProblem.SIGNER_KEY_USAGE, "CoD file " + Quote.of(name) + " is signed with a"
                    + " certificate (" + subject + ") that is not meant for signing documents (its key usage is "
                    + keyUsage(keyUsage, purposes) + "); sign it with a document-signing certificate");
        }
        PublicKey key = certificate.getPublicKey();
        String weak = null;
        if (key instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() < MIN_RSA_BITS) {
            weak = "a " + rsa.getModulus().bitLength() + "-bit RSA key";
        } else if (key instanceof ECPublicKey ec && ec.getParams().getCurve().getField().getFieldSize() < MIN_EC_BITS) {
            weak = "a " + ec.getParams().getCurve().getField().getFieldSize() + "-bit EC key";
        } else if (key instanceof DSAPublicKey) {
            weak = "a DSA key";
        } else if (!(key instanceof RSAPublicKey || key instanceof ECPublicKey
                || key.getAlgorithm().startsWith("Ed"))) {
            weak = "a " + key.getAlgorithm() + " key";
        }
        if (weak != null) {
            throw new CodRejection(CodProblem.WEAK_KEY, "CoD file " + Quote.of(name) + " is signed with " + weak
                    + " (" + subject + "), which is no longer secure; sign it with an RSA key of at least "
                    + MIN_RSA_BITS + " bits or an EC key");
        }
    }

    private static String keyUsage(boolean[] keyUsage, List<String> purposes) {
        String[] names = {"digitalSignature", "nonRepudiation", "keyEncipherment", "dataEncipherment", "keyAgreement",
                "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly"};
        List<String> uses = new ArrayList<>();
        for (int i = 0; keyUsage != null && i < keyUsage.length && i < names.length; i++) {
            if (keyUsage[i]) {
                uses.add(names[i]);
            }
        }
        if (purposes != null) {
            purposes.stream().map(CodVerifier::purpose).forEach(uses::add);
        }
        return uses.isEmpty() ? "empty" : String.join(", ", uses);
    }

    private static String purpose(String oid) {
        return switch (oid) {
            case "1.3.6.1.5.5.7.3.1" -> "serverAuth";
            case "1.3.6.1.5.5.7.3.2" -> "clientAuth";
            case "1.3.6.1.5.5.7.3.3" -> "codeSigning";
            case "1.3.6.1.5.5.7.3.8" -> "timeStamping";
            case "1.3.6.1.5.5.7.3.9" -> "OCSPSigning";
            default -> oid;
        };
    }

    private void checkChain(String name, X509Certificate certificate, List<X509Certificate> embedded,
                            Instant signingTime) throws CodRejection {
        String subject = certificate.getSubjectX500Principal().getName();
        if (trust.isEmpty()) {
            throw new CodRejection(CodProblem.SIGNER_UNTRUSTED, "CoD file " + Quote.of(name) + " is signed by "
                    + subject + ", but no trusted partner or vendor CA certificates are configured (--trust-dir)");
        }
        if (trust.certificates().contains(certificate)) {
            return;
        }
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(certificate);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(trust.anchors(), target);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(signingTime));
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(embedded)));
            CertPathBuilder.getInstance("PKIX").build(parameters);
        } catch (CertPathBuilderException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof CertificateExpiredException) {
                    throw new CodRejection(CodProblem.CERTIFICATE_EXPIRED, "CoD file " + Quote.of(name)
                            + " is signed by " + subject + " whose issuing CA certificate had expired at the signing"
                            + " time (" + signingTime + ")");
                }
            }
            throw new CodRejection(CodProblem.SIGNER_UNTRUSTED, "CoD file " + Quote.of(name) + " is signed by "
                    + subject + ", who is not certified by a trusted partner or vendor CA");
        } catch (NoSuchAlgorithmException | InvalidAlgorithmParameterException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Instant> signingTime(SignerInformation signer) {
        AttributeTable attributes = signer.getSignedAttributes();
        Attribute attribute = attributes == null ? null : attributes.get(CMSAttributes.signingTime);
        if (attribute == null || attribute.getAttrValues().size() == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(Time.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate().toInstant());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The visible lines of the document's pages. */
    private List<VisibleText.Line> lines(PDDocument pdf, String name) throws CodRejection {
        try {
            return new VisibleText(name, limits).lines(pdf, limits.maxPages());
        } catch (IOException e) {
            throw new CodRejection(CodProblem.FILE_UNREADABLE, "the text of CoD file " + Quote.of(name)
                    + " cannot be read (the PDF is damaged)");
        }
    }

    private static byte[] decodeP7s(String name, byte[] p7s) throws CodRejection {
        String start = new String(p7s, 0, Math.min(p7s.length, 11), StandardCharsets.US_ASCII);
        if (!start.equals("-----BEGIN")) {
            return p7s;
        }
        String pem = new String(p7s, StandardCharsets.US_ASCII).replaceAll("-----[A-Z0-9 ]+-----", "");
        try {
            return Base64.getMimeDecoder().decode(pem);
        } catch (IllegalArgumentException e) {
            throw invalid(name, "its detached signature " + Quote.of(name + ".p7s") + " cannot be read");
        }
    }

    private static String imageType(byte[] content) {
        if (startsWith(content, new byte[]{(byte) 0x89, 'P', 'N', 'G'})) {
            return "image/png";
        }
        if (startsWith(content, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "image/jpeg";
        }
        if (startsWith(content, new byte[]{'I', 'I', 42, 0}) || startsWith(content, new byte[]{'M', 'M', 0, 42})) {
            return "image/tiff";
        }
        return null;
    }

    private static String algorithmName(String oid) {
        return new DefaultAlgorithmNameFinder().getAlgorithmName(new ASN1ObjectIdentifier(oid));
    }

    private static CodRejection invalid(String name, String why) {
        return new CodRejection(CodProblem.SIGNATURE_INVALID, "CoD file " + Quote.of(name)
                + " has no valid signature: " + why);
    }

    private static CodRejection weakDigest(String name, String algorithm) {
        return new CodRejection(CodProblem.WEAK_DIGEST, "CoD file " + Quote.of(name) + " is signed with " + algorithm
                + ", which is no longer secure; sign it with SHA-256 or stronger");
    }

    private static CodRejection expired(String name, X509Certificate certificate, Instant signingTime) {
        return new CodRejection(CodProblem.CERTIFICATE_EXPIRED, "CoD file " + Quote.of(name)
                + " is signed with a certificate (" + certificate.getSubjectX500Principal().getName()
                + ") that had expired when it was signed (expired " + certificate.getNotAfter().toInstant()
                + ", signed " + signingTime + ")");
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(byte[] content, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(content[i], 16) < 0 && !Character.isWhitespace(content[i])) {
                return false;
            }
        }
        return true;
    }

    private static byte[] hex(byte[] content, int from, int to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream((to - from) / 2);
        int high = -1;
        for (int i = from; i < to; i++) {
            int digit = Character.digit(content[i], 16);
            if (digit < 0) {
                continue;
            }
            if (high < 0) {
                high = digit;
            } else {
                out.write(high << 4 | digit);
                high = -1;
            }
        }
        if (high >= 0) {
            out.write(high << 4);
        }
        return out.toByteArray();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
