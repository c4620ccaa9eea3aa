package fr.fabrikaprojets.application;

import fr.fabrikaprojets.domain.model.organisation.Person;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.session.Registration;
import java.io.Serializable;
import java.util.List;

/**
 * What a search by e-mail address or phone number finds about a person: the projects they carry (with their holder
 * record), their session registrations, their entries in the partners' directory. The administrator's page shows it
 * before exporting or anonymising.
 */
public final class PersonalData implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String identifier;
    private final List<Project> projects;
    private final List<Registration> registrations;
    private final List<Person> people;

    public PersonalData(String identifier, List<Project> projects, List<Registration> registrations,
            List<Person> people) {
        this.identifier = identifier;
        this.projects = List.copyOf(projects);
        this.registrations = List.copyOf(registrations);
        this.people = List.copyOf(people);
    }

    public boolean isEmpty() {
        return projects.isEmpty() && registrations.isEmpty() && people.isEmpty();
    }

    /** Whether something is left to anonymise (the directory is kept: it is the partners' own processing). */
    public boolean isAnonymisable() {
        return projects.stream().anyMatch(project -> !project.getHolder().isAnonymised())
                || registrations.stream().anyMatch(registration -> !Registration.ANONYMOUS.equals(
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

    public List<Person> getPeople() {
        return people;
    }
}
