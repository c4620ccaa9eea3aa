package fr.fabrikaprojets.application.internal;

import fr.fabrikaprojets.domain.model.project.Need;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The French words of the projects' export: its columns and the labels of needs (themes: the directory's). */
final class ProjectColumns {

    static final List<String> EXPORT = List.of("numero", "titre", "etat", "commune", "domaines", "besoins",
            "recu_le", "derniere_activite", "porteur");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Europe/Paris"));
    static final Map<Need, String> NEED_LABELS = new EnumMap<>(Need.class);

    static {
        NEED_LABELS.put(Need.FUNDING, "financement");
        NEED_LABELS.put(Need.PREMISES, "locaux");
        NEED_LABELS.put(Need.SKILLS, "compétences");
        NEED_LABELS.put(Need.NETWORK, "mise en réseau");
        NEED_LABELS.put(Need.COMMUNICATION, "communication");
        NEED_LABELS.put(Need.EQUIPMENT, "matériel");
        NEED_LABELS.put(Need.VOLUNTEERS, "bénévoles");
    }

    private ProjectColumns() {
    }
}
