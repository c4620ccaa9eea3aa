package fr.fabrikaprojets.view.projets;

import fr.fabrikaprojets.application.AdviceService;
import fr.fabrikaprojets.application.PartnerMember;
import fr.fabrikaprojets.application.Upload;
import fr.fabrikaprojets.domain.model.advice.Advice;
import fr.fabrikaprojets.domain.model.advice.AdviceStatus;
import fr.fabrikaprojets.domain.model.advice.Visibility;
import fr.fabrikaprojets.view.Feedback;
import fr.fabrikaprojets.view.FormValues;
import fr.fabrikaprojets.view.Uploads;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The project page's advice: the coordinator asks a partner's member, records advice given live or withdraws a
 * request; the member asked writes their advice here.
 */
@Named
@ViewScoped
public class ProjectAdviceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AdviceService advice;

    @Inject
    private ProjectBacking page;

    private String expert;
    private String introduction;
    private String question;
    private transient Part file;
    private final Map<Long, String> texts = new HashMap<>();
    private final Map<Long, String> answers = new HashMap<>();
    private final Map<Long, String> visibilities = new HashMap<>();

    public List<Advice> getList() {
        return page.getFile() == null ? List.of() : page.getFile().getAdvice();
    }

    public List<PartnerMember> getMembers() {
        return page.getFile() == null ? List.of() : page.getFile().getExperts();
    }

    /** Whether the advice waits on the person reading the page. */
    public boolean isMine(Advice asked) {
        String me = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        return asked.getStatus() == AdviceStatus.REQUESTED && asked.getExpert() != null
                && asked.getExpert().getUsername().equals(me);
    }

    public String request() {
        Upload[] upload = new Upload[1];
        if (!Uploads.read(file, upload)) {
            return null;
        }
        return Feedback.attempt(() -> advice.request(page.getProject().getId(), expert, introduction, question,
                upload[0])) ? reload("advice.requested") : null;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String give(Advice asked) {
        String answer = answers.get(asked.getId());
        Boolean yesNo = answer == null || answer.isEmpty() ? null : Boolean.valueOf(answer);
        return Feedback.attempt(() -> advice.give(asked.getId(), asked.getVersion(), texts.get(asked.getId()), yesNo,
                FormValues.parse(Visibility.class, visibilities.get(asked.getId())))) ? reload("advice.given") : null;
    }

    public String revoke(Advice asked) {
        return Feedback.attempt(() -> advice.revoke(asked.getId(), asked.getVersion())) ? reload("advice.revoked")
                : null;
    }

    private String reload(String message) {
        Feedback.info(message);
        return page.reloadAt(ProjectTab.ADVICE);
    }

    public Visibility[] getVisibilityChoices() {
        return Visibility.values();
    }

    public String getExpert() {
        return expert;
    }

    public void setExpert(String expert) {
        this.expert = expert;
    }

    public String getIntroduction() {
        return introduction;
    }

    public void setIntroduction(String introduction) {
        this.introduction = introduction;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public Map<Long, String> getTexts() {
        return texts;
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }

    public Map<Long, String> getVisibilities() {
        return visibilities;
    }
}
