package fr.fabrikaprojets.view.reseau;

import fr.fabrikaprojets.application.CommuneChoice;
import fr.fabrikaprojets.application.DirectoryService;
import fr.fabrikaprojets.application.NetworkService;
import fr.fabrikaprojets.application.Page;
import fr.fabrikaprojets.application.PartnerLinks;
import fr.fabrikaprojets.application.PersonEntry;
import fr.fabrikaprojets.application.ReferenceDataService;
import fr.fabrikaprojets.application.ResourceService;
import fr.fabrikaprojets.domain.model.organisation.Membership;
import fr.fabrikaprojets.domain.model.organisation.Offer;
import fr.fabrikaprojets.domain.model.organisation.Organisation;
import fr.fabrikaprojets.domain.model.organisation.OrganisationKind;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.model.resource.Resource;
import fr.fabrikaprojets.domain.model.resource.ResourceFilter;
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
    private static final int RESOURCES_SHOWN = 50;

    @EJB
    private DirectoryService directory;

    @EJB
    private NetworkService network;

    @EJB
    private ResourceService resources;

    @EJB
    private ReferenceDataService referenceData;

    private String id;
    private int membersFirst;
    private Organisation organisation;
    private boolean editable;
    private OrganisationForm form = new OrganisationForm();
    private Page<Membership> members;
    private PartnerLinks links;
    private List<Resource> offered = List.of();
    private List<CommuneChoice> communes = List.of();
    private String memberName;
    private String memberEmail;
    private String memberPhone;
    private String memberRole;
    private String opened;

    /**
     * Reads the page's address ({@code id}, {@code membres}) and the record, once, when the view is made: read here
     * rather than through view parameters, which took every postback through their conversions (see {@code
     * PageAddress}). The communes offered are the ones every page shares, read once between changes.
     */
    @PostConstruct
    void load() {
        Map<String, String> address = FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap();
        id = address.get("id");
        membersFirst = PageParameters.offset(address.get("membres"));
        String asked = address.get("saisir");
        opened = asked != null && FORMS.contains(asked) ? asked : null;
        communes = referenceData.communeChoices(currentPlatform.getCode());
        Long parsed = PageParameters.id(id);
        if (parsed == null && id == null && isCreating()) {
            editable = true;
            return;
        }
        if (parsed != null) {
            Feedback.attempt(() -> organisation = directory.organisation(parsed));
        }
        if (organisation == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            return;
        }
        editable = directory.mayEdit(organisation.getId());
        form = OrganisationForm.of(organisation);
        members = directory.members(organisation.getId(), membersFirst, MEMBERS_PAGE);
        links = network.links(organisation.getId());
        offered = resources.catalogue(new ResourceFilter(currentPlatform.getCode(), null, null, false,
                organisation.getId()), 0, RESOURCES_SHOWN).getItems();
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
        return editable && (organisation == null || "fiche".equals(opened));
    }

    /** No id and the coordinator: the page creates an organisation. */
    public boolean isCreating() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return organisation == null && id == null
                && (external.isUserInRole(Roles.COORDINATOR) || external.isUserInRole(Roles.ADMIN));
    }

    public String save() {
        if (organisation == null) {
            Organisation[] created = new Organisation[1];
            if (Feedback.attempt(() -> created[0] = directory.createOrganisation(currentPlatform.getCode(),
                    form.profile()))) {
                Feedback.info("directory.created", created[0].getShortName());
                return "/reseau/organisation.xhtml?faces-redirect=true&id=" + created[0].getId();
            }
            return null;
        }
        if (Feedback.attempt(() -> organisation = directory.updateOrganisation(organisation.getId(),
                organisation.getVersion(), form.profile()))) {
            Feedback.info("directory.saved");
            return reload();
        }
        return null;
    }

    public String confirm() {
        if (Feedback.attempt(() -> organisation = directory.confirmOrganisation(organisation.getId(),
                organisation.getVersion()))) {
            Feedback.info("directory.confirmed");
            return reload();
        }
        return null;
    }

    public String addMember() {
        if (Feedback.attempt(() -> directory.addMember(organisation.getId(),
                new PersonEntry(memberName, memberEmail, memberPhone, memberRole)))) {
            Feedback.info("directory.memberAdded", memberName);
            return reload();
        }
        return null;
    }

    public String removeMember(Membership membership) {
        if (Feedback.attempt(() -> directory.removeMember(membership.getId()))) {
            Feedback.info("directory.memberRemoved", membership.getPerson().getFullName());
            return reload();
        }
        return null;
    }

    private String reload() {
        return "/reseau/organisation.xhtml?faces-redirect=true&id=" + organisation.getId();
    }

    public boolean isStale() {
        return organisation != null && organisation.isStale(java.time.Instant.now(), Freshness.configured());
    }

    /** The names of the communes the organisation covers, for reading. */
    public String getCommuneNames() {
        if (organisation == null) {
            return "";
        }
        Map<String, String> names = communes.stream().collect(Collectors.toMap(CommuneChoice::getInseeCode,
                CommuneChoice::getName));
        return organisation.getCommunes().stream().map(code -> names.getOrDefault(code, code)).sorted()
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

    public Organisation getOrganisation() {
        return organisation;
    }

    public boolean isEditable() {
        return editable;
    }

    public OrganisationForm getForm() {
        return form;
    }

    public Page<Membership> getMembers() {
        return members;
    }

    public PartnerLinks getLinks() {
        return links;
    }

    public List<Resource> getOffered() {
        return offered;
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
