package fr.fabrikaprojets.application;

import fr.fabrikaprojets.domain.model.event.EventDocument;
import jakarta.ejb.Local;
import java.util.List;

/**
 * What an event leaves for the library: slides, photos (with the consent of those shown), handouts, added by the team
 * once the event is held; readable by whoever may see the event.
 */
@Local
public interface EventDocumentService {

    /** Keeps a file with a held event; a photo only when {@code peopleConsented}. */
    EventDocument attach(long eventId, Upload upload, boolean peopleConsented);

    /** The documents of an event, for whom may see it. */
    List<EventDocument> documents(long eventId);

    DocumentContent download(long documentId);

    /** Removes a document, for instance a photo whose subject withdrew their consent. */
    void remove(long documentId, long version);
}
