package fr.fabrikaprojets.application;

import fr.fabrikaprojets.domain.model.advice.Advice;
import fr.fabrikaprojets.domain.model.organisation.Membership;
import fr.fabrikaprojets.domain.model.organisation.Offer;
import fr.fabrikaprojets.domain.model.organisation.Organisation;
import fr.fabrikaprojets.domain.model.organisation.OrganisationKind;
import fr.fabrikaprojets.domain.model.orientation.Orientation;
import fr.fabrikaprojets.domain.model.orientation.OrientationState;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.model.resource.Resource;
import fr.fabrikaprojets.domain.model.resource.ResourceKind;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What an organisation's page shows, as values: its record, a page of its members, the resources it offers and, for
 * the platform's team and the organisation's own members, the projects it advised or received. Immutable, so that one
 * reading serves every reader who may see the same until the network changes: read part by part, the page made nine
 * statements and wrote a form for each member, eight times the empty page at 100,000 projects (BENCHMARKS.md, run
 * 45). Classes with getters rather than records, because Faces pages read bean properties only.
 */
public final class OrganisationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long version;
    private final String platformCode;
    private final String shortName;
    private final String fullName;
    private final OrganisationKind kind;
    private final LocalDate signatorySince;
    private final Instant confirmedAt;
    private final String siren;
    private final String address;
    private final String email;
    private final String phone;
    private final boolean wholeTerritory;
    private final List<String> communes;
    private final List<Field> themes;
    private final List<Offer> offers;
    private final Page<Member> members;
    private final List<Offered> resources;
    private final List<LinkedOrientation> orientations;
    private final List<LinkedAdvice> advice;

    public OrganisationPage(Organisation organisation, Page<Membership> members, List<Resource> resources,
            List<Orientation> orientations, List<Advice> advice) {
        id = organisation.getId();
        version = organisation.getVersion();
        platformCode = organisation.getPlatform().getCode();
        shortName = organisation.getShortName();
        fullName = organisation.getFullName();
        kind = organisation.getKind();
        signatorySince = organisation.getSignatorySince();
        confirmedAt = organisation.getConfirmedAt();
        siren = organisation.getSiren();
        address = organisation.getAddress();
        email = organisation.getEmail();
        phone = organisation.getPhone();
        wholeTerritory = organisation.isWholeTerritory();
        communes = organisation.getCommunes().stream().sorted().toList();
        themes = organisation.getThemes().stream().sorted().toList();
        offers = organisation.getOffers().stream().sorted().toList();
        this.members = members.map(Member::new);
        this.resources = resources.stream().map(Offered::new).toList();
        this.orientations = orientations.stream().map(LinkedOrientation::new).toList();
        this.advice = advice.stream().map(LinkedAdvice::new).toList();
    }

    public long getId() {
        return id;
    }

    /** The record's version when read, for the changes its editors make from this page. */
    public long getVersion() {
        return version;
    }

    public String getPlatformCode() {
        return platformCode;
    }

    public String getShortName() {
        return shortName;
    }

    public String getFullName() {
        return fullName;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public boolean isSignatory() {
        return signatorySince != null;
    }

    public LocalDate getSignatorySince() {
        return signatorySince;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    /** As {@link Organisation#isStale}: never confirmed, or not for {@code freshness}. */
    public boolean isStale(Instant now, Duration freshness) {
        return Organisation.isStale(confirmedAt, now, freshness);
    }

    public String getSiren() {
        return siren;
    }

    public String getAddress() {
        return address;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public boolean isWholeTerritory() {
        return wholeTerritory;
    }

    /** The INSEE codes of the communes it covers, in code order. */
    public List<String> getCommunes() {
        return communes;
    }

    public List<Field> getThemes() {
        return themes;
    }

    public List<Offer> getOffers() {
        return offers;
    }

    public Page<Member> getMembers() {
        return members;
    }

    public List<Offered> getResources() {
        return resources;
    }

    /** The orientations it received, newest first; empty for a reader who may not see them. */
    public List<LinkedOrientation> getOrientations() {
        return orientations;
    }

    /** The advice asked of it, newest first; empty for a reader who may not see it. */
    public List<LinkedAdvice> getAdvice() {
        return advice;
    }

    /** A person of the organisation, as its list of members shows them. */
    public static final class Member implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long membershipId;
        private final long personId;
        private final String fullName;
        private final String role;
        private final String email;
        private final String phone;

        Member(Membership membership) {
            membershipId = membership.getId();
            personId = membership.getPerson().getId();
            fullName = membership.getPerson().getFullName();
            role = membership.getRole();
            email = membership.getPerson().getEmail();
            phone = membership.getPerson().getPhone();
        }

        public long getMembershipId() {
            return membershipId;
        }

        public long getPersonId() {
            return personId;
        }

        public String getFullName() {
            return fullName;
        }

        public String getRole() {
            return role;
        }

        public String getEmail() {
            return email;
        }

        public String getPhone() {
            return phone;
        }
    }

    /** A resource the organisation offers. */
    public static final class Offered implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final String name;
        private final ResourceKind kind;

        Offered(Resource resource) {
            id = resource.getId();
            name = resource.getName();
            kind = resource.getKind();
        }

        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public ResourceKind getKind() {
            return kind;
        }
    }

    /** A project oriented to the organisation, with the need it was for and where the orientation stands. */
    public static final class LinkedOrientation implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long projectId;
        private final String projectTitle;
        private final String need;
        private final OrientationState state;
        private final Instant proposedAt;

        LinkedOrientation(Orientation orientation) {
            projectId = orientation.getProject().getId();
            projectTitle = orientation.getProject().getTitle();
            need = orientation.getNeed();
            state = orientation.getState();
            proposedAt = orientation.getProposedAt();
        }

        public long getProjectId() {
            return projectId;
        }

        public String getProjectTitle() {
            return projectTitle;
        }

        public String getNeed() {
            return need;
        }

        public OrientationState getState() {
            return state;
        }

        public Instant getProposedAt() {
            return proposedAt;
        }
    }

    /** A project whose advice was asked of the organisation, and where the advice stands. */
    public static final class LinkedAdvice implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long projectId;
        private final String projectTitle;
        private final String status;
        private final Instant requestedAt;

        LinkedAdvice(Advice advice) {
            projectId = advice.getProject().getId();
            projectTitle = advice.getProject().getTitle();
            status = advice.getStatus().label();
            requestedAt = advice.getRequestedAt();
        }

        public long getProjectId() {
            return projectId;
        }

        public String getProjectTitle() {
            return projectTitle;
        }

        /** Where the advice stands, in French as the service words it. */
        public String getStatus() {
            return status;
        }

        public Instant getRequestedAt() {
            return requestedAt;
        }
    }
}
