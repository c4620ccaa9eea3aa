package fr.fabrikaprojets.domain.model.resource;

import fr.fabrikaprojets.domain.model.organisation.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;

/** Something a partner shares with the projects of the network. */
@Entity
@Table(name = "resources")
public class Resource implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "resources_seq", sequenceName = "resources_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resources_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ResourceKind kind;

    @Column(nullable = false, length = 150)
    private String name;

    @Column(length = 2000)
    private String description;

    @Column(name = "insee_code", length = 5)
    private String inseeCode;

    private Integer capacity;

    @Column(name = "wheelchair_accessible", nullable = false)
    private boolean wheelchairAccessible;

    @Column(name = "amount_min")
    private Integer amountMin;

    @Column(name = "amount_max")
    private Integer amountMax;

    private LocalDate deadline;

    @Column(length = 1000)
    private String eligibility;

    /** A withdrawn resource stays for the history of its bookings but is no longer offered. */
    @Column(nullable = false)
    private boolean active = true;

    protected Resource() {
    }

    public Resource(Organisation organisation, ResourceDetails details) {
        this.organisation = organisation;
        describe(details);
    }

    public final void describe(ResourceDetails details) {
        this.kind = details.kind();
        this.name = details.name();
        this.description = details.description();
        this.inseeCode = details.inseeCode();
        this.capacity = details.capacity();
        this.wheelchairAccessible = details.wheelchairAccessible();
        this.amountMin = details.amountMin();
        this.amountMax = details.amountMax();
        this.deadline = details.deadline();
        this.eligibility = details.eligibility();
    }

    public void withdraw() {
        this.active = false;
    }

    public ResourceDetails details() {
        return new ResourceDetails(kind, name, description, inseeCode, capacity, wheelchairAccessible, amountMin,
                amountMax, deadline, eligibility);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public ResourceKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getInseeCode() {
        return inseeCode;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public boolean isWheelchairAccessible() {
        return wheelchairAccessible;
    }

    public Integer getAmountMin() {
        return amountMin;
    }

    public Integer getAmountMax() {
        return amountMax;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getEligibility() {
        return eligibility;
    }

    public boolean isActive() {
        return active;
    }
}
