package io.github.essrules.rules.scic;

import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.param.DatedValue;
import io.github.essrules.core.verdict.Comparison;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Operator;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.rules.internal.Conditions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The associés of a SCIC: loi n° 47-1775, art. 19 septies (LEGIARTI000006288886, version in force
 * since 23 February 2022, read in a copy of Légifrance; Légifrance gives its number after
 * renumbering as art. 19 octodecies).
 *
 * <p>This class is immutable and thread-safe.
 */
final class ScicAssociates {
  private ScicAssociates() {}

  // ---- the law ---------------------------------------------------------------------------------

  /**
   * Art. 19 septies, second alinéa: "La société coopérative d'intérêt collectif comprend au moins
   * trois catégories d'associés […]".
   *
   * @param categories the number of categories
   * @return whether at least three
   */
  static boolean enoughCategories(int categories) {
    return categories >= ScicRule.MINIMUM_CATEGORIES;
  }

  /**
   * Art. 19 septies, second alinéa (base rule): "[…] parmi lesquelles figurent obligatoirement les
   * personnes qui bénéficient habituellement, à titre gratuit ou onéreux, des activités de la
   * coopérative et les salariés […]".
   *
   * @param present the categories present
   * @return whether the habitual beneficiaries are among them
   */
  static boolean hasBeneficiaries(Set<ScicCategory> present) {
    return present.contains(ScicCategory.BENEFICIARIES);
  }

  /**
   * The exception of the same alinéa: "[…] ou, en l'absence de personnes salariées au sein de la
   * société, les producteurs de biens ou de services de la coopérative."
   *
   * @param present the categories present
   * @return whether the producers stand in for the absent salariés
   */
  static boolean producersInsteadOfSalaries(Set<ScicCategory> present) {
    return present.contains(ScicCategory.PRODUCERS);
  }

  /**
   * Art. 19 septies, fourth alinéa: "Les collectivités territoriales, leurs groupements et les
   * établissements publics territoriaux peuvent détenir ensemble jusqu'à 50 % du capital de chacune
   * des sociétés coopératives d'intérêt collectif." (20 % before loi n° 2014-856: a dated
   * parameter.) "Jusqu'à" is ≤, compared exactly: public capital ≤ cap × total capital.
   *
   * @param publicCapital the capital held together by the collectivités publiques
   * @param totalCapital the whole capital
   * @param cap the cap in force
   * @return whether within
   */
  static boolean publicCapitalWithinCap(BigDecimal publicCapital, BigDecimal totalCapital, BigDecimal cap) {
    return publicCapital.compareTo(totalCapital.multiply(cap)) <= 0;
  }

  // ---- the findings ------------------------------------------------------------------------------

  static Finding categories(ScicCase c) {
    LegalReference ref = ScicRule.loi1947("19 septies", Confidence.VERIFIED);
    if (c.associateCategories().isEmpty()) {
      return Conditions.missing("scic.categories", ref, msg("scic.categories.unknown"), List.of("/associateCategories"));
    }
    List<AssociateCategory> categories = c.associateCategories().get();
    Set<ScicCategory> present = EnumSet.noneOf(ScicCategory.class);
    for (AssociateCategory a : categories) {
      present.add(a.category());
    }
    List<Finding> children = new ArrayList<>();
    Comparison count = Comparison.of(msg("scic.categories.count"), MessageArg.number(categories.size()),
        Operator.AT_LEAST, MessageArg.number(ScicRule.MINIMUM_CATEGORIES));
    children.add(Finding.decided("scic.categories.three", Outcome.of(enoughCategories(categories.size())), ref,
        msg("scic.categories.three"), count));
    boolean beneficiaries = hasBeneficiaries(present);
    children.add(Conditions.decided("scic.categories.beneficiaries", Outcome.of(beneficiaries), ref,
        msg(beneficiaries ? "scic.categories.beneficiaries.yes" : "scic.categories.beneficiaries.no")));
    children.add(workers(c, present, ref));
    return Conditions.allOf("scic.categories", ref, msg("scic.categories"), children);
  }

  private static Finding workers(ScicCase c, Set<ScicCategory> present, LegalReference ref) {
    if (present.contains(ScicCategory.SALARIES)) {
      return Conditions.decided("scic.categories.workers", Outcome.SATISFIED, ref, msg("scic.categories.salaries"));
    }
    if (c.hasSalaries().isEmpty()) {
      return Conditions.missing("scic.categories.workers", ref, msg("scic.categories.workers.unknown"),
          List.of("/hasSalaries"));
    }
    if (c.hasSalaries().get()) {
      return Conditions.decided("scic.categories.workers", Outcome.NOT_SATISFIED, ref,
          msg("scic.categories.salaries.missing"));
    }
    boolean producers = producersInsteadOfSalaries(present);
    return Conditions.decided("scic.categories.workers", Outcome.of(producers), ref,
        msg(producers ? "scic.categories.producers" : "scic.categories.producers.missing"));
  }

  static Finding publicCapital(ScicCase c, DatedValue<BigDecimal> cap) {
    LegalReference ref = cap.reference();
    if (c.associateCategories().isEmpty()) {
      return Conditions.missing("scic.public-capital", ref, msg("scic.categories.unknown"),
          List.of("/associateCategories"));
    }
    List<AssociateCategory> categories = c.associateCategories().get();
    boolean anyPublic = categories.stream()
        .anyMatch(a -> a.category() == ScicCategory.COLLECTIVITES_PUBLIQUES);
    if (!anyPublic) {
      return Conditions.decided("scic.public-capital", Outcome.NOT_APPLICABLE, ref, msg("scic.public-capital.none"));
    }
    List<String> missing = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal publicCapital = BigDecimal.ZERO;
    for (int i = 0; i < categories.size(); i++) {
      AssociateCategory a = categories.get(i);
      if (a.capital().isEmpty()) {
        missing.add("/associateCategories/" + i + "/capital");
        continue;
      }
      total = total.add(a.capital().get());
      if (a.category() == ScicCategory.COLLECTIVITES_PUBLIQUES) {
        publicCapital = publicCapital.add(a.capital().get());
      }
    }
    if (!missing.isEmpty()) {
      return Conditions.missing("scic.public-capital", ref, msg("scic.public-capital.missing"), missing);
    }
    Comparison cmp = Comparison.of(msg("scic.public-capital.subject"), MessageArg.euros(publicCapital),
        Operator.AT_MOST, MessageArg.euros(total.multiply(cap.value())));
    return Finding.decided("scic.public-capital", Outcome.of(publicCapitalWithinCap(publicCapital, total, cap.value())),
        ref, msg("scic.public-capital", MessageArg.rate(cap.value()), MessageArg.euros(total)), cmp);
  }
}
