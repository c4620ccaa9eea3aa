package fr.fabrikaprojets.view.reseau;

import fr.fabrikaprojets.application.CommuneChoice;
import fr.fabrikaprojets.application.DirectoryService;
import fr.fabrikaprojets.application.OrganisationPage;
import fr.fabrikaprojets.application.PersonEntry;
import fr.fabrikaprojets.application.ReferenceDataService;
import fr.fabrikaprojets.domain.model.organisation.Offer;
import fr.fabrikaprojets.domain.model.organisation.Organisation;
import fr.fabrikaprojets.domain.model.organisation.OrganisationKind;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.shared.Freshness;
import fr.fabrikaprojets.domain.shared.Roles;
import fr.fabrikaprojets.view.CurrentPlatform;
import fr.fabrikaprojets.view.Feedback;
import fr.fabrikaprojets.web.PageParameters;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An organisation's record ({@code reseau/organisation.xhtml?id=12}): what it is, covers and offers, its people, its
 * resources and the projects it worked with. Its members and the coordinator edit it; without an id the coordinator
 * creates a new one.
 */
@Named
@ViewScoped
public class OrganisationBacking implements Serializable {

    @Inject
    private CurrentPlatform currentPlatform;

    private static final long serialVersionUID = 1L;
    static final int MEMBERS_PAGE = 20;
    /** The forms the page opens ({@code saisir}): the record's, and a new member's. */
    private static final Set<String> FORMS = Set.of("fiche", "membre");

    @EJB
    private DirectoryService directory;

    @EJB
    private ReferenceDataService referenceData;

    private String id;
    private OrganisationPage page;
    private boolean editable;
    private OrganisationForm form = new OrganisationForm();
    private List<CommuneChoice> communes = List.of();
    private OrganisationPage.Member removing;
    private String memberName;
    private String memberEmail;
    private String memberPhone;
    private String memberRole;
    private String opened;

    /**
     * Reads the page's address ({@code id}, {@code membres}, {@code saisir}, {@code retirer}) and the organisation's
     * page, once, when the view is made: read here rather than through view parameters, which took every postback
     * through their conversions (see {@code PageAddress}). The page is the one the service keeps for every reader
     * until the next change; the communes offered are the ones every page shares.
     */
    @PostConstruct
    void load() {
        Map<String, String> address = FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap();
        id = address.get("id");
        String asked = address.get("saisir");
        opened = asked != null && FORMS.contains(asked) ? asked : null;
        communes = referenceData.communeChoices(currentPlatform.getCode());
        Long parsed = PageParameters.id(id);
        if (parsed == null && id == null && isCreating()) {
            editable = true;
            return;
        }
        if (parsed != null) {
            int membersFirst = PageParameters.offset(address.get("membres"));
            Feedback.attempt(() -> page = directory.organisationPage(parsed, membersFirst, MEMBERS_PAGE));
        }
        if (page == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            return;
        }
        editable = directory.mayEdit(page.getId());
        if (isRecordOpen()) {
            form = OrganisationForm.of(page);
        }
        Long leaving = editable ? PageParameters.id(address.get("retirer")) : null;
        removing = page.getMembers().getItems().stream()
                .filter(member -> leaving != null && member.getMembershipId() == leaving).findFirst().orElse(null);
    }

    /**
     * The one form the page shows open ({@code saisir}), for those who may edit; the others are links that open
     * them. With the record's form (thirty-six communes, themes, offers) and a new member's always open, the page cost
     * its editors seven times the empty page (BENCHMARKS.md, run 44), and was long to go through with the keyboard.
     */
    public String getOpened() {
        return editable ? opened : null;
    }

    /** Whether the record's form is open: asked for, or a new organisation. */
    public boolean isRecordOpen() {
        return editable && (page == null || "fiche".equals(opened));
    }

    /** No id and the coordinator: the page creates an organisation. */
    public boolean isCreating() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return page == null && id == null
                && (external.isUserInRole(Roles.COORDINATOR) || external.isUserInRole(Roles.ADMIN));
    }

    public String save() {
        if (page == null) {
            Organisation[] created = new Organisation[1];
            if (Feedback.attempt(() -> created[0] = directory.createOrganisation(currentPlatform.getCode(),
                    form.profile()))) {
                Feedback.info("directory.created", created[0].getShortName());
                return "/reseau/organisation.xhtml?faces-redirect=true&id=" + created[0].getId();
            }
            return null;
        }
        if (Feedback.attempt(() -> directory.updateOrganisation(page.getId(), page.getVersion(), form.profile()))) {
            Feedback.info("directory.saved");
            return reload("");
        }
        return null;
    }

    public String confirm() {
        if (Feedback.attempt(() -> directory.confirmOrganisation(page.getId(), page.getVersion()))) {
            Feedback.info("directory.confirmed");
            return reload("");
        }
        return null;
    }

    public String addMember() {
        if (Feedback.attempt(() -> directory.addMember(page.getId(),
                new PersonEntry(memberName, memberEmail, memberPhone, memberRole)))) {
            Feedback.info("directory.memberAdded", memberName);
            return reload("");
        }
        return null;
    }

    /**
     * Removes the member the page was opened to remove ({@code retirer}, from the link of their row): asked on a page
     * of its own rather than in a dialog, so that the list of members, the same for every editor, is written once.
     */
    public String removeMember() {
        if (removing != null && Feedback.attempt(() -> directory.removeMember(removing.getMembershipId()))) {
            Feedback.info("directory.memberRemoved", removing.getFullName());
            return reload("&membres=" + page.getMembers().getFirst());
        }
        return null;
    }

    private String reload(String more) {
        return "/reseau/organisation.xhtml?faces-redirect=true&id=" + page.getId() + more;
    }

    public boolean isStale() {
        return page != null && page.isStale(Instant.now(), Freshness.configured());
    }

    /** The names of the communes the organisation covers, for reading. */
    public String getCommuneNames() {
        if (page == null) {
            return "";
        }
        Map<String, String> names = communes.stream().collect(Collectors.toMap(CommuneChoice::getInseeCode,
                CommuneChoice::getName));
        return page.getCommunes().stream().map(code -> names.getOrDefault(code, code)).sorted()
                .collect(Collectors.joining(", "));
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public Field[] getThemes() {
        return Field.values();
    }

    public Offer[] getOffers() {
        return Offer.values();
    }

    public List<CommuneChoice> getCommunes() {
        return communes;
    }

    /** The organisation's page, or null for a new organisation or one that does not exist. */
    public OrganisationPage getPage() {
        return page;
    }

    public boolean isEditable() {
        return editable;
    }

    public OrganisationForm getForm() {
        return form;
    }

    /** The member whose removal the page asks to confirm, or null. */
    public OrganisationPage.Member getRemoving() {
        return removing;
    }

    public String getMemberName() {
        return memberName;
    }

    public void setMemberName(String memberName) {
        this.memberName = memberName;
    }

    public String getMemberEmail() {
        return memberEmail;
    }

    public void setMemberEmail(String memberEmail) {
        this.memberEmail = memberEmail;
    }

    public String getMemberPhone() {
        return memberPhone;
    }

    public void setMemberPhone(String memberPhone) {
        this.memberPhone = memberPhone;
    }

    public String getMemberRole() {
        return memberRole;
    }

    public void setMemberRole(String memberRole) {
        this.memberRole = memberRole;
    }
}
