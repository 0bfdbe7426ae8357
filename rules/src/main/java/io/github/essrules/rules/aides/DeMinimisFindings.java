package io.github.essrules.rules.aides;

import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.Message;
import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.verdict.Comparison;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Notice;
import io.github.essrules.core.verdict.Operator;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.aides.DeMinimis.Count;
import io.github.essrules.rules.aides.DeMinimis.Headroom;
import io.github.essrules.rules.aides.DeMinimis.Line;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The verdict of {@link DeMinimis} from its {@link Headroom}: one finding per aid saying whether
 * it counts and why, the sum against the ceiling (« ne peut excéder »: at most), and the notices —
 * the headroom, an aid on the first day of the period (its inclusion unconfirmed [?]) and aids of
 * the other regulation (cumulation not modelled). The legal computation is
 * {@link DeMinimis#headroom}'s; nothing here decides a point of law.
 *
 * <p>This class is immutable and thread-safe.
 */
final class DeMinimisFindings {
  private DeMinimisFindings() {}

  /**
   * The verdict.
   *
   * @param v the verdict begun (rule and date)
   * @param h the headroom
   * @param ref the ceiling's text
   * @return the verdict
   */
  static Verdict verdict(Verdict.Builder v, Headroom h, LegalReference ref) {
    LocalDate d = h.periodEnd();
    List<Finding> children = new ArrayList<>(h.lines().size());
    boolean otherRegime = false;
    boolean boundary = false;
    for (Line l : h.lines()) {
      otherRegime |= l.count() == Count.OTHER_REGIME && !l.aid().grantedOn().isBefore(h.periodStart())
          && !l.aid().grantedOn().isAfter(d);
      boundary |= l.firstDayOfPeriod();
      children.add(Finding.decided("dm.aid", l.count() == Count.COUNTED ? Outcome.SATISFIED : Outcome.NOT_APPLICABLE,
          ref, aidMessage(l, h)).about("aid:" + l.index()));
    }
    Comparison cmp = Comparison.of(msg("dm.ceiling.subject"), MessageArg.euros(h.used().add(h.planned())),
        Operator.AT_MOST, MessageArg.euros(h.ceiling().value()));
    Finding sum = Finding.decided("dm.ceiling", Outcome.of(h.fits()), ref,
        msg(h.fits() ? "dm.ceiling" : "dm.ceiling.exceeded", MessageArg.term("dm.regime." + h.regime()),
            MessageArg.date(h.periodStart()), MessageArg.date(h.periodEnd())),
        children, cmp);
    v.outcome(sum.outcome()).addFindings(sum)
        .addNotices(Notice.of("dm.headroom", ref, msg("dm.notice.headroom", MessageArg.euros(h.ceiling().value()),
            MessageArg.date(h.periodStart()), MessageArg.date(h.periodEnd()),
            MessageArg.term("dm.period." + h.periodKind()), MessageArg.euros(h.used()),
            MessageArg.euros(h.headroom()), MessageArg.euros(h.headroomAfterPlanned()))));
    if (boundary) {
      v.addNotices(Notice.of("dm.boundary", LegalReference.builder().from(ref).confidence(Confidence.UNCONFIRMED)
          .build(), msg("dm.notice.boundary", MessageArg.date(h.periodStart()))));
    }
    if (otherRegime) {
      v.addNotices(Notice.of("dm.cumulation", LegalReference.builder().from(ref).confidence(Confidence.UNCONFIRMED)
          .build(), msg("dm.notice.cumulation")));
    }
    return v.build();
  }

  private static Message aidMessage(Line l, Headroom h) {
    DeMinimisAid a = l.aid();
    MessageArg amount = MessageArg.euros(a.amount());
    MessageArg date = MessageArg.date(a.grantedOn());
    MessageArg grantor = MessageArg.text(a.grantor());
    MessageArg recipient = MessageArg.text(a.recipient());
    switch (l.count()) {
      case COUNTED:
        return msg(l.firstDayOfPeriod() ? "dm.aid.first-day" : "dm.aid.counted", amount, date, grantor, recipient);
      case BEFORE_PERIOD:
        return msg("dm.aid.before", amount, date, grantor, recipient, MessageArg.date(h.periodStart()));
      case AFTER_PLANNED:
        return msg("dm.aid.after", amount, date, grantor, recipient, MessageArg.date(h.periodEnd()));
      case OTHER_REGIME:
        return msg("dm.aid.other-regime", amount, date, grantor, recipient, MessageArg.term("dm.regime." + a.regime()));
      default:
        return msg("dm.aid.outside", amount, date, grantor, recipient);
    }
  }
}
