package fr.fabrikaprojets.view.admin;

import fr.fabrikaprojets.application.PlatformMember;
import fr.fabrikaprojets.application.PlatformService;
import fr.fabrikaprojets.application.ReferenceDataService;
import fr.fabrikaprojets.domain.model.commune.Commune;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.view.CurrentPlatform;
import fr.fabrikaprojets.view.Feedback;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The territories of the deployment ({@code admin/plateformes.xhtml}, administrators): the platforms, a new one
 * (Arras, Hénin-Carvin…), and for the platform chosen ({@code ?code=arras}) its communes and the accounts that work
 * on it, which the admin adds or removes.
 */
@Named
@ViewScoped
public class PlatformsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PlatformService platforms;

    @EJB
    private ReferenceDataService referenceData;

    @Inject
    private CurrentPlatform currentPlatform;

    private String code;
    private List<Platform> all = List.of();
    private Platform chosen;
    private List<Commune> communes = List.of();
    private List<PlatformMember> members = List.of();

    private String newCode;
    private String newName;
    private String inseeCode;
    private String communeName;
    private String postalCode;
    private Integer population;
    private String username;

    public void load() {
        all = platforms.platforms();
        chosen = all.stream().filter(platform -> platform.getCode().equals(code)).findFirst().orElse(null);
        if (chosen != null) {
            communes = referenceData.communes(chosen.getCode());
            Feedback.attempt(() -> members = platforms.members(chosen.getCode()));
        }
    }

    public String create() {
        if (Feedback.attempt(() -> platforms.createPlatform(newCode, newName))) {
            Feedback.info("platforms.created", newName);
            currentPlatform.forget();
            return "/admin/plateformes?faces-redirect=true&code=" + newCode.strip();
        }
        return null;
    }

    public void addCommune() {
        if (Feedback.attempt(() -> platforms.addCommune(code, inseeCode, communeName, postalCode,
                population == null ? -1 : population))) {
            Feedback.info("platforms.communeAdded", communeName);
            inseeCode = null;
            communeName = null;
            postalCode = null;
            population = null;
            load();
        }
    }

    public void grant() {
        if (Feedback.attempt(() -> platforms.grantMembership(username, code))) {
            Feedback.info("platforms.granted", username);
            currentPlatform.forget();
            username = null;
            load();
        }
    }

    public void revoke(String member) {
        if (Feedback.attempt(() -> platforms.revokeMembership(member, code))) {
            Feedback.info("platforms.revoked", member);
            currentPlatform.forget();
            load();
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public List<Platform> getAll() {
        return all;
    }

    public Platform getChosen() {
        return chosen;
    }

    public List<Commune> getCommunes() {
        return communes;
    }

    public List<PlatformMember> getMembers() {
        return members;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getInseeCode() {
        return inseeCode;
    }

    public void setInseeCode(String inseeCode) {
        this.inseeCode = inseeCode;
    }

    public String getCommuneName() {
        return communeName;
    }

    public void setCommuneName(String communeName) {
        this.communeName = communeName;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public Integer getPopulation() {
        return population;
    }

    public void setPopulation(Integer population) {
        this.population = population;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }
}
