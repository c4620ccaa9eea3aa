package fr.fabrikaprojets.application;

import fr.fabrikaprojets.domain.model.organisation.DirectoryFilter;
import fr.fabrikaprojets.domain.model.organisation.Membership;
import fr.fabrikaprojets.domain.model.organisation.Organisation;
import fr.fabrikaprojets.domain.model.organisation.OrganisationProfile;
import fr.fabrikaprojets.domain.model.organisation.Person;

/**
 * The directory of the partner network: organisations and the people in them. Every signed-in user reads it; the
 * coordinator edits every record, a partner's member only their own organisation's (and its people). Records not
 * confirmed for {@code fabrik.freshness.days} (365 by default) are listed and their members reminded.
 */
public interface DirectoryService {

    Page<Organisation> organisations(DirectoryFilter filter, int first, int size);

    /**
     * A page of the directory as its list shows it. Until the next recorded change commits (and a few minutes at
     * most), every reader of the same page is answered with the same page, read once.
     */
    Page<OrganisationSummary> directoryPage(DirectoryFilter filter, int first, int size);

    /** An organisation with its communes, themes and offers. */
    Organisation organisation(long organisationId);

    /**
     * An organisation's page: its record, a page of its members by name (probed, not counted), the resources it offers
     * and, for the platform's team and the organisation's own members, the projects it advised or received. Until the
     * next recorded change commits (and a few minutes at most), every reader who may see the same is answered with the
     * same page, read once.
     */
    OrganisationPage organisationPage(long organisationId, int membersFirst, int membersSize);

    /** Whether the caller may edit this organisation's record and people. */
    boolean mayEdit(long organisationId);

    Organisation createOrganisation(String platformCode, OrganisationProfile profile);

    Organisation updateOrganisation(long organisationId, long version, OrganisationProfile profile);

    /** "Ces informations sont à jour": confirms the record as it stands. */
    Organisation confirmOrganisation(long organisationId, long version);

    /** A page of the organisation's members by name; probed (one row more), not counted. */
    Page<Membership> members(long organisationId, int first, int size);

    /** Adds a person to an organisation; a person already known by this e-mail is reused (one person, many organisations). */
    Membership addMember(long organisationId, PersonEntry entry);

    /**
     * Whether the caller may edit a person's contact details: the coordinator always; a partner's member when every
     * organisation of the person is their own (a contact shared with another organisation is the coordinator's).
     */
    boolean mayEditPerson(long personId);

    Person updatePerson(long personId, long version, PersonEntry entry);

    void removeMember(long membershipId);

    /** A person, their organisations and the sessions they attended. */
    PersonRecord person(long personId);

    /** Records not confirmed for the configured time, oldest first. */
    Page<Organisation> toConfirm(String platformCode, int first, int size);

    /** E-mails the members of stale organisations (at most once a month each); returns how many organisations. */
    int remindToConfirm();
}
