package fr.fabrikaprojets.view;

import fr.fabrikaprojets.application.Upload;
import fr.fabrikaprojets.domain.model.document.Document;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Files received by forms. A file over the size limit is refused before being read into memory; the service then
 * checks its type by content.
 */
public final class Uploads {

    private Uploads() {
    }

    /** The part as an upload, or null when no file was chosen. */
    public static Upload of(Part part) {
        if (part == null || part.getSize() == 0 && (part.getSubmittedFileName() == null
                || part.getSubmittedFileName().isBlank())) {
            return null;
        }
        if (part.getSize() > Document.MAX_BYTES) {
            throw Document.tooLarge(part.getSubmittedFileName());
        }
        try (InputStream in = part.getInputStream()) {
            return new Upload(part.getSubmittedFileName(), in.readNBytes((int) Document.MAX_BYTES + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For pages: the refusal's message, as {@link Feedback#attempt} shows service refusals. */
    public static boolean read(Part part, Upload[] into) {
        try {
            into[0] = of(part);
            return true;
        } catch (BusinessException refused) {
            Feedback.error(refused.getMessage());
            return false;
        }
    }
}
