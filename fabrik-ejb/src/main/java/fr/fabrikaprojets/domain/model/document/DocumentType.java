package fr.fabrikaprojets.domain.model.document;

import fr.fabrikaprojets.domain.shared.BusinessException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of documents Fabrik keeps, recognised by their first bytes (and, for office files, by the entries of
 * their zip container). A file whose content is none of them, or does not match its extension, is refused: a script
 * renamed "budget.pdf" stays out.
 */
public enum DocumentType {
    PDF("application/pdf", "Document PDF", List.of("pdf")),
    PNG("image/png", "Image PNG", List.of("png")),
    JPEG("image/jpeg", "Image JPEG", List.of("jpg", "jpeg")),
    ODT("application/vnd.oasis.opendocument.text", "Texte OpenDocument", List.of("odt")),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "Tableur OpenDocument", List.of("ods")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Document Word",
            List.of("docx")),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Classeur Excel", List.of("xlsx")),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "Présentation PowerPoint",
            List.of("pptx"));

    private static final int MAX_ZIP_ENTRIES = 2000;

    private final String mediaType;
    private final String label;
    private final List<String> extensions;

    DocumentType(String mediaType, String label, List<String> extensions) {
        this.mediaType = mediaType;
        this.label = label;
        this.extensions = extensions;
    }

    /** The type of {@code content}, refused with a French message when unknown or when its name says otherwise. */
    public static DocumentType of(String filename, byte[] content) {
        DocumentType detected = detect(content);
        if (detected == null) {
            throw BusinessException.invalid("Le fichier « " + filename + " » n’est ni un PDF, ni une image (PNG, "
                    + "JPEG), ni un document bureautique (OpenDocument, Word, Excel, PowerPoint).");
        }
        String extension = extension(filename);
        if (!detected.extensions.contains(extension)) {
            throw BusinessException.invalid("Le contenu du fichier « " + filename + " » (" + detected.label
                    + ") ne correspond pas à son extension « ." + extension + " ».");
        }
        return detected;
    }

    static DocumentType detect(byte[] content) {
        if (starts(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return PDF;
        }
        if (starts(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return PNG;
        }
        if (starts(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return JPEG;
        }
        if (starts(content, new byte[] {'P', 'K', 3, 4})) {
            return officeType(content);
        }
        return null;
    }

    /** OpenDocument files start with a stored "mimetype" entry; Office Open XML ones name their main part. */
    private static DocumentType officeType(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < MAX_ZIP_ENTRIES) {
                String name = entry.getName();
                if (name.equals("mimetype")) {
                    String declared = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
                    return declared.equals(ODT.mediaType) ? ODT : declared.equals(ODS.mediaType) ? ODS : null;
                }
                if (name.startsWith("word/")) {
                    return DOCX;
                }
                if (name.startsWith("xl/")) {
                    return XLSX;
                }
                if (name.startsWith("ppt/")) {
                    return PPTX;
                }
            }
            return null;
        } catch (IOException | IllegalArgumentException unreadable) {
            return null;
        }
    }

    private static boolean starts(byte[] content, byte[] magic) {
        return content != null && content.length >= magic.length
                && Arrays.equals(Arrays.copyOf(content, magic.length), magic);
    }

    private static String extension(String filename) {
        int dot = filename == null ? -1 : filename.lastIndexOf('.');
        return dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    public String mediaType() {
        return mediaType;
    }

    public String label() {
        return label;
    }
}
