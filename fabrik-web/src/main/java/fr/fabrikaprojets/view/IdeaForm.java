package fr.fabrikaprojets.view;

import fr.fabrikaprojets.application.IdeaSubmission;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.model.project.HolderKind;
import fr.fabrikaprojets.domain.model.project.Need;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;

/**
 * The fields of the form "Une idée ? Un projet ?", shared by the public page and the coordinator's intake page
 * ({@code WEB-INF/includes/idea-form.xhtml}).
 */
public class IdeaForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private HolderKind holderKind;
    private String holderName;
    private String contactName;
    private String email;
    private String phone;
    private String title;
    private String idea;
    private String collectiveAim;
    private Field[] fields = new Field[0];
    private String communeCode;
    private String neighbourhood;
    private String inhabitantsParticipation;
    private Need[] needs = new Need[0];
    private boolean consent;

    public IdeaSubmission toSubmission() {
        return new IdeaSubmission(holderKind, holderName, contactName, email, phone, title, idea, collectiveAim,
                enumSet(Field.class, fields),
                communeCode, neighbourhood, inhabitantsParticipation,
                enumSet(Need.class, needs), consent);
    }

    /** Faces binds checkbox groups to arrays, which keep their element type; the service takes sets. */
    private static <E extends Enum<E>> EnumSet<E> enumSet(Class<E> type, E[] values) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (values != null) {
            set.addAll(Arrays.asList(values));
        }
        return set;
    }

    public HolderKind[] getHolderKinds() {
        return HolderKind.values();
    }

    public Field[] getAllFields() {
        return Field.values();
    }

    public Need[] getAllNeeds() {
        return Need.values();
    }

    public HolderKind getHolderKind() {
        return holderKind;
    }

    public void setHolderKind(HolderKind holderKind) {
        this.holderKind = holderKind;
    }

    public String getHolderName() {
        return holderName;
    }

    public void setHolderName(String holderName) {
        this.holderName = holderName;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
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

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getIdea() {
        return idea;
    }

    public void setIdea(String idea) {
        this.idea = idea;
    }

    public String getCollectiveAim() {
        return collectiveAim;
    }

    public void setCollectiveAim(String collectiveAim) {
        this.collectiveAim = collectiveAim;
    }

    public Field[] getFields() {
        return fields;
    }

    public void setFields(Field[] fields) {
        this.fields = fields;
    }

    public String getCommuneCode() {
        return communeCode;
    }

    public void setCommuneCode(String communeCode) {
        this.communeCode = communeCode;
    }

    public String getNeighbourhood() {
        return neighbourhood;
    }

    public void setNeighbourhood(String neighbourhood) {
        this.neighbourhood = neighbourhood;
    }

    public String getInhabitantsParticipation() {
        return inhabitantsParticipation;
    }

    public void setInhabitantsParticipation(String inhabitantsParticipation) {
        this.inhabitantsParticipation = inhabitantsParticipation;
    }

    public Need[] getNeeds() {
        return needs;
    }

    public void setNeeds(Need[] needs) {
        this.needs = needs;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
