package fr.fabrikaprojets.view.reunions;

import fr.fabrikaprojets.application.ReferenceDataService;
import fr.fabrikaprojets.application.RegistrationService;
import fr.fabrikaprojets.domain.model.organisation.Organisation;
import fr.fabrikaprojets.domain.model.session.ParticipantKind;
import fr.fabrikaprojets.domain.model.session.Registration;
import fr.fabrikaprojets.view.CurrentPlatform;
import fr.fabrikaprojets.view.Feedback;
import fr.fabrikaprojets.view.FormValues;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The registration form of a session's public page: anyone registers, within the places or on the waiting list. */
@Named
@ViewScoped
public class SessionRegistrationBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PARTNERS = 100;

    @EJB
    private RegistrationService registrations;

    @EJB
    private ReferenceDataService referenceData;

    @Inject
    private CurrentPlatform currentPlatform;

    /** The page's session, read once from its address. */
    @Inject
    private SessionBacking page;

    private Integer placesLeft;
    private List<Organisation> partners;
    private String name;
    private String email;
    private String phone;
    private String kind;
    private Long organisationId;
    private boolean consent;
    private Registration.Status outcome;

    public int getPlacesLeft() {
        Long session = session();
        if (placesLeft == null && session != null) {
            placesLeft = registrations.placesLeft(session);
        }
        return placesLeft == null ? 0 : placesLeft;
    }

    public List<Organisation> getPartners() {
        if (partners == null) {
            partners = referenceData.signatoryPartners(currentPlatform.getCode(), 0, PARTNERS);
        }
        return partners;
    }

    public ParticipantKind[] getKinds() {
        return ParticipantKind.values();
    }

    public void register() {
        Long session = session();
        Registration[] saved = new Registration[1];
        if (session != null && Feedback.attempt(() -> saved[0] = registrations.register(session, name, email, phone,
                FormValues.parse(ParticipantKind.class, kind), organisationId, consent))) {
            outcome = saved[0].getStatus();
            placesLeft = null;
        }
    }

    public Registration.Status getOutcome() {
        return outcome;
    }

    private Long session() {
        return page.getSession() == null ? null : page.getSession().getId();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
