package io.github.essrules.rules.aides;

import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.money.RoundedAmount;
import io.github.essrules.core.param.DatedValue;
import io.github.essrules.core.verdict.Comparison;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.LawContext;
import io.github.essrules.core.verdict.Notice;
import io.github.essrules.core.verdict.Operator;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.rules.amounts.LegalParameters;
import io.github.essrules.rules.internal.Conditions;
import io.github.essrules.rules.ville.Qpv;
import io.github.essrules.rules.ville.QpvRegistry;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The findings of {@link AdulteRelais} that read more than one fact: the situation and the
 * residence of the person hired (L5134-102, D5134-151), the form of the contract by employer
 * (L5134-103), the durations at most, and the notice of the aid (D5134-158 to D5134-160). The
 * legal computation of the aid is {@link AdulteRelais#aid}'s.
 *
 * <p>This class is immutable and thread-safe.
 */
final class AdulteRelaisFindings {
  private static final LegalReference D5134_151 = AdulteRelais.ref("D5134-151");
  private static final LegalReference D5134_158 = AdulteRelais.ref("D5134-158");
  private static final LegalReference D5134_160 = AdulteRelais.ref("D5134-160");

  private AdulteRelaisFindings() {}

  static Finding situation(AdulteRelaisFacts f, LegalReference ref) {
    if (f.situation().isEmpty()) {
      return Conditions.missing("ar.situation", ref, msg("ar.situation.missing"), List.of("/situation"));
    }
    AdulteRelaisFacts.Situation s = f.situation().get();
    return Conditions.decided("ar.situation", Outcome.of(s != AdulteRelaisFacts.Situation.EN_EMPLOI), ref,
        msg("ar.situation", MessageArg.term("ar.situation." + s)));
  }

  /** L5134-102 « résidant dans un quartier prioritaire … ou dans un autre territoire prioritaire »; D5134-151, 5°. */
  static Finding residence(AdulteRelaisFacts f, LegalReference ref) {
    Optional<Qpv> qpv = Optional.empty();
    if (f.residenceQpv().isPresent() && !f.signedOn().isBefore(QpvRegistry.LIST_2024_SINCE)) {
      qpv = QpvRegistry.byCode(f.residenceQpv().get());
    }
    if (qpv.isPresent()) {
      return Conditions.decided("ar.residence", Outcome.SATISFIED, ref,
          msg("ar.residence.qpv", MessageArg.text(qpv.get().code()), MessageArg.text(qpv.get().name())));
    }
    Optional<Boolean> stated = f.residesInPriorityTerritory();
    Optional<Boolean> derogation = f.prefectDerogation();
    if (stated.orElse(false)) {
      return Conditions.decided("ar.residence", Outcome.SATISFIED, ref, msg("ar.residence.stated"));
    }
    if (derogation.orElse(false)) {
      return Conditions.decided("ar.residence", Outcome.SATISFIED, D5134_151, msg("ar.residence.derogation"));
    }
    String why = f.residenceQpv().isEmpty() ? "ar.residence.unknown"
        : f.signedOn().isBefore(QpvRegistry.LIST_2024_SINCE) ? "ar.residence.before-2024" : "ar.residence.not-listed";
    MessageArg code = MessageArg.text(f.residenceQpv().orElse(""));
    if (stated.isPresent() && derogation.isPresent()) {
      return Conditions.decided("ar.residence", Outcome.NOT_SATISFIED, ref, msg("ar.residence.outside"));
    }
    List<String> paths = new ArrayList<>(2);
    if (stated.isEmpty()) {
      paths.add("/residesInPriorityTerritory");
    }
    if (derogation.isEmpty()) {
      paths.add("/prefectDerogation");
    }
    return Conditions.missing("ar.residence", ref, msg(stated.isEmpty() ? why : "ar.residence.derogation-missing",
        code), paths);
  }

  /** L5134-103: public-law employers other than EPIC sign only CDD. */
  static Finding contractForm(AdulteRelaisFacts f) {
    boolean publicLaw = f.employer() == AdulteRelaisFacts.Employer.COLLECTIVITE
        || f.employer() == AdulteRelaisFacts.Employer.EPLE
        || f.employer() == AdulteRelaisFacts.Employer.ETABLISSEMENT_PUBLIC_SANTE
        || f.employer() == AdulteRelaisFacts.Employer.OFFICE_HLM;
    if (!publicLaw || f.contract() == AdulteRelaisFacts.Contract.CDD) {
      return Conditions.decided("ar.contract", Outcome.SATISFIED, AdulteRelais.L5134_103,
          msg("ar.contract", MessageArg.text(f.contract().name())));
    }
    if (f.employerIsEpic().isEmpty()) {
      return Conditions.missing("ar.contract", AdulteRelais.L5134_103, msg("ar.contract.epic-missing"), List.of("/employerIsEpic"));
    }
    return Conditions.decided("ar.contract", Outcome.of(f.employerIsEpic().get()), AdulteRelais.L5134_103,
        msg(f.employerIsEpic().get() ? "ar.contract.epic" : "ar.contract.public-cdi"));
  }

  static Finding atMost(String id, LegalReference ref, Optional<Integer> value, String path, int limit) {
    if (value.isEmpty()) {
      return Conditions.missing(id, ref, msg(id + ".missing"), List.of(path));
    }
    Comparison c = Comparison.of(msg(id + ".subject"), MessageArg.number(value.get()), Operator.AT_MOST,
        MessageArg.number(limit));
    return Finding.compared(id, ref, msg(id), c);
  }

  static Notice aidNotice(AdulteRelaisFacts f, AdulteRelaisAidPeriod p, Outcome outcome, LawContext law) {
    if (outcome == Outcome.NOT_SATISFIED) {
      return Notice.of("ar.aid", D5134_158, msg("ar.aid.none"));
    }
    LocalDate next = AdulteRelais.aidYearStart(p.firstDay()).plusYears(1);
    if (p.lastDay().isBefore(p.firstDay()) || !p.lastDay().isBefore(next)) {
      return Notice.of("ar.aid", D5134_160, msg("ar.aid.crosses", MessageArg.date(p.firstDay()),
          MessageArg.date(p.lastDay()), MessageArg.date(next)));
    }
    BigDecimal yearly;
    LegalReference amountRef;
    if (p.yearlyAmount().isPresent()) {
      yearly = p.yearlyAmount().get();
      amountRef = LegalReference.builder().from(D5134_151).confidence(Confidence.SUPPLIED_BY_USER)
          .note("montant annuel indiqué par la convention (fait /aid/yearlyAmount)").build();
    } else {
      try {
        DatedValue<BigDecimal> v = law.value(LegalParameters.decimal(LegalParameters.ADULTE_RELAIS_AIDE_ANNUELLE),
            p.firstDay());
        if (!p.lastDay().isBefore(v.validUntil().orElse(LocalDate.MAX))) {
          return Notice.of("ar.aid", v.reference(), msg("ar.aid.unknown", MessageArg.date(v.validUntil().get())));
        }
        yearly = v.value();
        amountRef = v.reference();
      } catch (NoLawKnownException e) {
        return Notice.of("ar.aid", D5134_160, msg("ar.aid.unknown", MessageArg.date(p.firstDay())));
      }
    }
    BigDecimal share = f.weeklyHours().divide(f.fullTimeWeeklyHours(), MathContext.DECIMAL128);
    RoundedAmount amount = AdulteRelais.aid(yearly, share, p.firstDay(), p.lastDay());
    return Notice.of("ar.aid", amountRef, msg("ar.aid", MessageArg.date(p.firstDay()), MessageArg.date(p.lastDay()),
        MessageArg.euros(yearly), MessageArg.number(f.weeklyHours()), MessageArg.number(f.fullTimeWeeklyHours()),
        MessageArg.number(ChronoUnit.DAYS.between(p.firstDay(), p.lastDay()) + 1),
        MessageArg.number(ChronoUnit.DAYS.between(AdulteRelais.aidYearStart(p.firstDay()), next)), MessageArg.euros(amount.rounded())));
  }
}
