package com.tmip.cod;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test material built on the fly with Bouncy Castle and PDFBox: CA and signer certificates (EC P-256), text PDFs,
 * PDFs with an embedded PKCS#7 detached signature and detached {@code .p7s} signatures. Keys never leave memory.
 */
public final class TestCods {

    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

    /** A key and its certificate, with the chain to include in signatures (signer first). */
    public record Signer(PrivateKey key, X509Certificate certificate, List<X509Certificate> chain) {
    }

    /** A CA that can issue signer certificates. */
    public record Ca(KeyPair keys, X509Certificate certificate) {

        public Signer issue(String subject, Instant notBefore, Instant notAfter) {
            KeyPair keys = keyPair();
            X509Certificate cert = TestCods.certificate(new X500Name(subject), keys,
                    X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()), this.keys.getPrivate(),
                    notBefore, notAfter, false);
            return new Signer(keys.getPrivate(), cert, List.of(cert, certificate));
        }

        /**
         * A signer with {@code keys}, the given key usage bits ({@link KeyUsage}, 0 for no extension) and extended
         * key usages (none for no extension).
         */
        public Signer issue(String subject, KeyPair keys, int keyUsage, KeyPurposeId... purposes) {
            Instant now = Instant.now();
            X509Certificate cert = TestCods.certificate(new X500Name(subject), keys,
                    X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()), this.keys.getPrivate(),
                    now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(3650)), false, keyUsage, purposes);
            return new Signer(keys.getPrivate(), cert, List.of(cert, certificate));
        }

        public Signer issue(String subject) {
            Instant now = Instant.now();
            return issue(subject, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(3650)));
        }
    }

    private TestCods() {
    }

    public static Ca ca(String subject, Instant notBefore, Instant notAfter) {
        KeyPair keys = keyPair();
        X500Name name = new X500Name(subject);
        return new Ca(keys, certificate(name, keys, name, keys.getPrivate(), notBefore, notAfter, true));
    }

    public static Ca ca(String subject) {
        Instant now = Instant.now();
        return ca(subject, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(3650)));
    }

    /** A self-signed signer certificate (no CA behind it). */
    public static Signer selfSigned(String subject) {
        KeyPair keys = keyPair();
        Instant now = Instant.now();
        X500Name name = new X500Name(subject);
        X509Certificate cert = certificate(name, keys, name, keys.getPrivate(), now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(365)), false);
        return new Signer(keys.getPrivate(), cert, List.of(cert));
    }

    static KeyPair rsaKeyPair(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static X509Certificate certificate(X500Name subject, KeyPair subjectKeys, X500Name issuer, PrivateKey issuerKey,
                                       Instant notBefore, Instant notAfter, boolean ca) {
        return certificate(subject, subjectKeys, issuer, issuerKey, notBefore, notAfter, ca, ca
                ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature | KeyUsage.nonRepudiation);
    }

    static X509Certificate certificate(X500Name subject, KeyPair subjectKeys, X500Name issuer, PrivateKey issuerKey,
                                       Instant notBefore, Instant notAfter, boolean ca, int keyUsage,
                                       KeyPurposeId... purposes) {
        try {
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                    BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(notBefore), Date.from(notAfter),
                    subject, subjectKeys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            if (keyUsage != 0) {
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
            }
            if (purposes.length > 0) {
                builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purposes));
            }
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A one-page PDF whose text is {@code lines}. */
    public static byte[] pdf(String... lines) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.setLeading(16);
                text.newLineAtOffset(60, 720);
                for (String line : lines) {
                    text.showText(line);
                    text.newLine();
                }
                text.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A Certificate of Destruction listing {@code serials}. */
    public static byte[] codPdf(String title, String... serials) {
        List<String> lines = new ArrayList<>(List.of("Certificate of Destruction", title,
                "The equipment with the following serial numbers was destroyed:"));
        for (String serial : serials) {
            lines.add("Serial number: " + serial);
        }
        return pdf(lines.toArray(String[]::new));
    }

    /** {@code pdf} with an embedded adbe.pkcs7.detached signature by {@code signer}, e.g. "SHA256withECDSA". */
    public static byte[] sign(byte[] pdf, Signer signer, String algorithm) {
        return sign(pdf, signer, algorithm, null);
    }

    /** The same, claiming {@code signingTime} (in the PDF and as the signed attribute); null for now. */
    public static byte[] sign(byte[] pdf, Signer signer, String algorithm, Instant signingTime) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setReason("Certificate of Destruction");
            Calendar signDate = Calendar.getInstance();
            if (signingTime != null) {
                signDate.setTimeInMillis(signingTime.toEpochMilli());
            }
            signature.setSignDate(signDate);
            document.addSignature(signature, content -> cms(content.readAllBytes(), signer, algorithm, signingTime));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] sign(byte[] pdf, Signer signer) {
        return sign(pdf, signer, "SHA256withECDSA");
    }

    /** A detached CMS signature (DER) of {@code content}. */
    public static byte[] cms(byte[] content, Signer signer, String algorithm) {
        return cms(content, signer, algorithm, null);
    }

    /** The same with {@code signingTime} as its signing-time attribute; null for now. */
    public static byte[] cms(byte[] content, Signer signer, String algorithm, Instant signingTime) {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            JcaSignerInfoGeneratorBuilder signerInfo = new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build());
            if (signingTime != null) {
                ASN1EncodableVector attributes = new ASN1EncodableVector();
                attributes.add(new Attribute(CMSAttributes.signingTime,
                        new DERSet(new Time(Date.from(signingTime)))));
                signerInfo.setSignedAttributeGenerator(
                        new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)));
            }
            generator.addSignerInfoGenerator(signerInfo
                    .build(new JcaContentSignerBuilder(algorithm).build(signer.key()), signer.certificate()));
            generator.addCertificates(new JcaCertStore(signer.chain()));
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
