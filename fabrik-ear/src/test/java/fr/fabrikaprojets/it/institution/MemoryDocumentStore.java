package fr.fabrikaprojets.it.institution;

import fr.fabrikaprojets.domain.model.document.DocumentStore;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** An institution's document management system, standing in for Fabrik's directory of files. */
@Alternative
@Priority(100)
@ApplicationScoped
public class MemoryDocumentStore implements DocumentStore {

    public static final Map<String, byte[]> CONTENTS = new ConcurrentHashMap<>();

    @Override
    public String put(byte[] content) {
        String key = "ged-" + UUID.randomUUID();
        CONTENTS.put(key, content.clone());
        return key;
    }

    @Override
    public byte[] get(String key) {
        byte[] content = CONTENTS.get(key);
        if (content == null) {
            throw new IllegalStateException("Document inconnu de la GED : " + key);
        }
        return content.clone();
    }

    @Override
    public void delete(String key) {
        CONTENTS.remove(key);
    }
}
