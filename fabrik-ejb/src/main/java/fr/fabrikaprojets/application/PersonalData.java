package fr.fabrikaprojets.application;

import fr.fabrikaprojets.domain.model.event.EventRegistration;
import fr.fabrikaprojets.domain.model.organisation.Person;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.session.Enrolment;
import fr.fabrikaprojets.domain.model.session.Registration;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What a search by e-mail address or phone number finds about a person: the projects they carry (with their holder
 * record), their registrations to sessions and events, their entries in the partners' directory. The administrator's page shows it
 * before exporting or anonymising.
 */
public final class PersonalData implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String identifier;
    private final List<Project> projects;
    private final List<Registration> registrations;
    private final List<EventRegistration> eventRegistrations;
    private final List<Person> people;

    public PersonalData(String identifier, List<Project> projects, List<Registration> registrations,
            List<EventRegistration> eventRegistrations, List<Person> people) {
        this.identifier = identifier;
        this.projects = List.copyOf(projects);
        this.registrations = List.copyOf(registrations);
        this.eventRegistrations = List.copyOf(eventRegistrations);
        this.people = List.copyOf(people);
    }

    public boolean isEmpty() {
        return projects.isEmpty() && registrations.isEmpty() && eventRegistrations.isEmpty() && people.isEmpty();
    }

    /** Registrations to sessions and to the temps forts' events alike. */
    public List<Enrolment> getEnrolments() {
        List<Enrolment> all = new ArrayList<>(registrations);
        all.addAll(eventRegistrations);
        return all;
    }

    /** Whether something is left to anonymise (the directory is kept: it is the partners' own processing). */
    public boolean isAnonymisable() {
        return projects.stream().anyMatch(project -> !project.getHolder().isAnonymised())
                || getEnrolments().stream().anyMatch(registration -> !Enrolment.ANONYMOUS.equals(
                        registration.getName()));
    }

    public String getIdentifier() {
        return identifier;
    }

    public List<Project> getProjects() {
        return projects;
    }

    public List<Registration> getRegistrations() {
        return registrations;
    }

    public List<EventRegistration> getEventRegistrations() {
        return eventRegistrations;
    }

    public List<Person> getPeople() {
        return people;
    }
}
