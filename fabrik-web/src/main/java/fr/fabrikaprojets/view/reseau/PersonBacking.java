package fr.fabrikaprojets.view.reseau;

import fr.fabrikaprojets.application.DirectoryService;
import fr.fabrikaprojets.application.PersonEntry;
import fr.fabrikaprojets.application.PersonRecord;
import fr.fabrikaprojets.domain.model.organisation.Person;
import fr.fabrikaprojets.view.Feedback;
import fr.fabrikaprojets.web.PageParameters;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** A person of the network ({@code reseau/personne.xhtml?id=7}): contact, organisations, sessions attended. */
@Named
@ViewScoped
public class PersonBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DirectoryService directory;

    private String id;
    private PersonRecord record;
    private boolean editable;
    private String fullName;
    private String email;
    private String phone;

    public void load() {
        Long parsed = PageParameters.id(id);
        if (parsed != null) {
            Feedback.attempt(() -> record = directory.person(parsed));
        }
        if (record == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            return;
        }
        Person person = record.getPerson();
        fullName = person.getFullName();
        email = person.getEmail();
        phone = person.getPhone();
        editable = directory.mayEditPerson(person.getId());
    }

    public String save() {
        Person person = record.getPerson();
        if (Feedback.attempt(() -> directory.updatePerson(person.getId(), person.getVersion(),
                new PersonEntry(fullName, email, phone, null)))) {
            Feedback.info("directory.saved");
            return "/reseau/personne.xhtml?faces-redirect=true&id=" + person.getId();
        }
        return null;
    }

    public PersonRecord getRecord() {
        return record;
    }

    public boolean isEditable() {
        return editable;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
