package io.github.essrules.rules.esus;

import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Notice;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.rules.ess.LegalForm;
import io.github.essrules.rules.internal.Conditions;
import io.github.essrules.rules.structure.Organisation;
import io.github.essrules.rules.structure.Qualifications;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The findings of C. trav. L3332-17-1, I, 1°, 4° and 5° and II ({@code esus.I.1}, {@code
 * esus.I.4}, {@code esus.I.5}, {@code esus.II}, {@code esus.route}) and the notices pointing at the
 * route de plein droit: identifiers, references, messages and JSON pointers around the decisions
 * of {@link EsusConditions}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class EsusFindings {
  private EsusFindings() {}

  /** II: the category declared, and whether the list had it on the date. */
  static Finding category(PleinDroitCategory category, LocalDate asOf) {
    boolean listed = EsusConditions.categoryListed(category, asOf);
    MessageArg number = MessageArg.number(category.number());
    MessageArg name = MessageArg.term("category." + category.name());
    return Conditions.decided("esus.II", Outcome.of(listed),
        EsusLaw.L3332_17_1.reference("II, " + category.number() + "°", Confidence.VERIFIED),
        listed ? msg("esus.II", number, name)
            : msg("esus.II.not-yet", number, name, MessageArg.date(EsusLaw.CATEGORY_16_FROM)));
  }

  /** II does not apply: no category declared, the general route of I is taken. */
  static Finding generalRoute() {
    return Conditions.decided("esus.route", Outcome.NOT_APPLICABLE, REF_II, msg("esus.route.general"));
  }

  /**
   * The categories of II the organisation's qualifications point at, when no category was
   * declared: a notice for each, so the user can take the route de plein droit — never chosen for
   * them (the préfet grants it on justification, R3332-21-3, IV).
   */
  static void pleinDroitHints(EsusFacts facts, Map<String, Notice> notices) {
    if (facts.organisation().isEmpty()) {
      return;
    }
    Organisation o = facts.organisation().get();
    List<PleinDroitCategory> hints = new ArrayList<>();
    for (Qualifications.SiaeConvention s : o.qualifications(Qualifications.SiaeConvention.class).orElse(List.of())) {
      switch (s.kind()) {
        case EI:
          hints.add(PleinDroitCategory.ENTREPRISE_INSERTION);
          break;
        case ETTI:
          hints.add(PleinDroitCategory.ENTREPRISE_TRAVAIL_TEMPORAIRE_INSERTION);
          break;
        case AI:
          hints.add(PleinDroitCategory.ASSOCIATION_INTERMEDIAIRE);
          break;
        case ACI:
          hints.add(PleinDroitCategory.ATELIER_CHANTIER_INSERTION);
          break;
        default:
          break;
      }
    }
    if (!o.qualifications(Qualifications.RegieDeQuartierLabel.class).orElse(List.of()).isEmpty()) {
      hints.add(PleinDroitCategory.REGIE_DE_QUARTIER);
    }
    if (!o.qualifications(Qualifications.UtilitePublique.class).orElse(List.of()).isEmpty()) {
      hints.add(PleinDroitCategory.ASSOCIATION_FONDATION_RUP);
    }
    for (PleinDroitCategory c : hints) {
      notices.putIfAbsent("hint." + c, Notice.of("esus.plein-droit-hint",
          EsusLaw.L3332_17_1.reference("II, " + c.number() + "°", Confidence.VERIFIED),
          msg("esus.notice.plein-droit-hint", MessageArg.number(c.number()), MessageArg.term("category." + c.name()))));
    }
  }

  /** I, 1° ({@code esus.I.1}). */
  static Finding mainPurpose(EsusFacts facts, LocalDate asOf) {
    return purpose(facts, "esus.I.1", REF_I_1, asOf);
  }

  /** I, 1°, or the social utility of art. 2 asked of II, 13°: the objectives pursued. */
  private static Finding purpose(EsusFacts facts, String id, LegalReference ref, LocalDate asOf) {
    if (facts.mainPurpose().isEmpty()) {
      return Conditions.missing(id, ref, msg("esus.I.1.missing"), List.of("/mainPurpose"));
    }
    MainPurpose purpose = facts.mainPurpose().get();
    if (purpose.objectives().isEmpty()) {
      return Conditions.missing(id, ref, msg("esus.I.1.missing"), List.of("/mainPurpose/objectives"));
    }
    List<UtilityObjective> pursued = purpose.objectives().get();
    boolean fragile = EsusConditions.fragilePersons(pursued);
    Finding a = Conditions.decided(id + ".a", Outcome.of(fragile), REF_ART_2_1_SECONDARY,
        msg(fragile ? "esus.I.1.a.yes" : "esus.I.1.a.no"));
    List<Finding> others = new ArrayList<>();
    // an EnumSet iterates once per objective, in the order of article 2
    EnumSet<UtilityObjective> objectives = EnumSet.noneOf(UtilityObjective.class);
    objectives.addAll(pursued);
    for (UtilityObjective o : objectives) {
      switch (o) {
        case EXCLUSION_AND_COHESION:
        case CITIZENSHIP_EDUCATION:
          others.add(Conditions.decided(id + ".b." + o.number(), Outcome.SATISFIED,
              EsusLaw.article2(o.number() + "°", Confidence.SECONDARY),
              msg("esus.I.1.b.objective", MessageArg.term("objective." + o.name()))));
          break;
        case SUSTAINABLE_DEVELOPMENT:
          others.add(sustainableDevelopment(purpose, id));
          break;
        case OBJECTIVE_5:
          others.add(EsusConditions.objective5Counts(asOf)
              ? Conditions.decided(id + ".b.5", Outcome.SATISFIED, REF_ART_2_5_UNCONFIRMED,
                  msg("esus.I.1.b.5", MessageArg.text(purpose.objective5Description().orElse("—"))))
              : Conditions.decided(id + ".b.5", Outcome.NOT_SATISFIED, REF_I_1_B,
                  msg("esus.I.1.b.5.not-yet", MessageArg.date(EsusLaw.OBJECTIVE_5_FROM))));
          break;
        default:
          break;
      }
    }
    if (others.isEmpty()) {
      others.add(Conditions.decided(id + ".b.none", Outcome.NOT_SATISFIED, REF_ART_2_SECONDARY, msg("esus.I.1.b.none")));
    }
    Finding b = Conditions.anyOf(id + ".b", REF_ART_2_SECONDARY, msg("esus.I.1.b"), others);
    return Conditions.anyOf(id, ref, msg("esus.I.1"), List.of(a, b));
  }

  /** Art. 2, 4°: counts only through an impact on 1°, 2° or 3°. */
  private static Finding sustainableDevelopment(MainPurpose purpose, String id) {
    if (purpose.sustainableDevelopmentImpactThrough().isEmpty()) {
      return Conditions.missing(id + ".b.4", REF_ART_2_4_SECONDARY, msg("esus.I.1.b.4.unknown"),
          List.of("/mainPurpose/sustainableDevelopmentImpactThrough"));
    }
    EnumSet<UtilityObjective> impact = EnumSet.noneOf(UtilityObjective.class);
    impact.addAll(purpose.sustainableDevelopmentImpactThrough().get());
    StringBuilder through = new StringBuilder();
    for (UtilityObjective t : impact) {
      if (EsusConditions.impactCounts(t)) {
        through.append(through.length() > 0 ? ", " : "").append(t.number()).append('°');
      }
    }
    return Conditions.decided(id + ".b.4", Outcome.of(through.length() > 0), REF_ART_2_4_SECONDARY,
        through.length() == 0 ? msg("esus.I.1.b.4.alone")
            : msg("esus.I.1.b.4.through", MessageArg.text(through.toString())));
  }

  /** II, 13°: an association or fondation reconnue d'utilité publique with a social utility. */
  static Finding recognisedOfPublicUtility(EsusFacts facts, LocalDate asOf) {
    LegalForm form = facts.ess().legalForm();
    boolean formOk = EsusConditions.associationOrFondation(form);
    Finding formFinding = Conditions.decided("esus.II.13.form", Outcome.of(formOk), REF_II_13,
        msg(formOk ? "esus.II.13.form.yes" : "esus.II.13.form.no", MessageArg.term("form." + form.name())));
    Finding utility = purpose(facts, "esus.II.13.utility", REF_ART_2_SECONDARY, asOf);
    return Conditions.allOf("esus.II.13", REF_II_13, msg("esus.II.13"), List.of(formFinding, utility));
  }

  /** I, 4° ({@code esus.I.4}). */
  static Finding equity(EsusFacts facts) {
    if (facts.equitySecurities().isEmpty()) {
      return Conditions.missing("esus.I.4", REF_I_4, msg("esus.I.4.missing"), List.of("/equitySecurities"));
    }
    EquitySecurities e = facts.equitySecurities().get();
    return Conditions.decided("esus.I.4", Outcome.of(EsusConditions.equityNotListed(e)), REF_I_4,
        msg(EQUITY_KEYS[e.ordinal()]));
  }

  /** I, 5° ({@code esus.I.5}): "La condition mentionnée au 1° figure dans les statuts", as stated. */
  static Finding purposeInStatuts(EsusFacts facts) {
    return Conditions.stated("esus.I.5", REF_I_5, facts.purposeInStatuts(), "/purposeInStatuts", "esus.I.5");
  }

  private static final String[] EQUITY_KEYS = equityKeys();

  private static String[] equityKeys() {
    String[] keys = new String[EquitySecurities.values().length];
    for (EquitySecurities e : EquitySecurities.values()) {
      keys[e.ordinal()] = "esus.I.4." + e.name();
    }
    return keys;
  }

  // references cited with fixed parts, built once
  private static final LegalReference REF_ART_2_1_SECONDARY = EsusLaw.article2("1°", Confidence.SECONDARY);
  private static final LegalReference REF_ART_2_4_SECONDARY = EsusLaw.article2("4°", Confidence.SECONDARY);
  private static final LegalReference REF_ART_2_5_UNCONFIRMED = EsusLaw.article2("5°", Confidence.UNCONFIRMED);
  private static final LegalReference REF_ART_2_SECONDARY = EsusLaw.article2("", Confidence.SECONDARY);
  private static final LegalReference REF_II = EsusLaw.L3332_17_1.reference("II", Confidence.VERIFIED);
  private static final LegalReference REF_II_13 = EsusLaw.L3332_17_1.reference("II, 13°", Confidence.VERIFIED);
  private static final LegalReference REF_I_1 = EsusLaw.L3332_17_1.reference("I, 1°", Confidence.VERIFIED);
  private static final LegalReference REF_I_1_B = EsusLaw.L3332_17_1.reference("I, 1°, b", Confidence.VERIFIED);
  private static final LegalReference REF_I_4 = EsusLaw.L3332_17_1.reference("I, 4°", Confidence.VERIFIED);
  private static final LegalReference REF_I_5 = EsusLaw.L3332_17_1.reference("I, 5°", Confidence.VERIFIED);
}
